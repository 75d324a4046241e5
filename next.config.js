/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pg-boss", "postgres", "bcryptjs", "nodemailer"],
  agentRules: false,
  // Lets two builds (two people's browser tests on one machine) keep separate output folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // `npm test` type-checks the whole project with tsc first; doing it again inside every build only costs time.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;

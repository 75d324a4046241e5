/**
 * `npm start`: the whole demo from one command. Builds the app when the build is missing or older
 * than the source, starts the Workday stand-in on :4010, then serves the app on :3000 (PORT) on the
 * embedded database, which the app creates, migrates and seeds on first start.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startWorkdaySim } from "../lib/workday/sim";

const root = path.resolve(import.meta.dirname, "..");
const port = process.env.PORT || "3000";
const nextBin = path.join(root, "node_modules", ".bin", "next");

function newestSourceMtime(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  for (const dir of ["app", "components", "lib", "db", "public"]) if (fs.existsSync(path.join(root, dir))) walk(path.join(root, dir));
  return newest;
}

const buildId = path.join(root, ".next", "BUILD_ID");
if (!fs.existsSync(buildId) || fs.statSync(buildId).mtimeMs < newestSourceMtime()) {
  console.log("Building the app (first start or changed source; about a minute)…");
  const build = spawnSync(nextBin, ["build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const sim = process.env.WORKDAY_SIM === "false" ? null : await startWorkdaySim({ port: 4010, host: "127.0.0.1" });
if (sim) console.log(`Workday stand-in on ${sim.baseUrl} (ISU ${sim.username} / ${sim.password})`);

const app = spawn(nextBin, ["start", "-p", port], { cwd: root, stdio: "inherit", env: { ...process.env, PORT: port } });
const stop = async () => {
  app.kill("SIGTERM");
  await sim?.close();
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
app.on("exit", async (code) => {
  await sim?.close();
  process.exit(code ?? 0);
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// Playwright cannot download its own browser here: use Debian's Chromium.
const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!fs.existsSync(chromium)) {
  throw new Error(
    `No Chromium at ${chromium}. Install one with "apt-get install -y chromium" or set CHROMIUM_PATH to a Chromium binary.`,
  );
}

const APP_PORT = Number(process.env.E2E_APP_PORT || 3100);
export const SIM_PORT = Number(process.env.E2E_SIM_PORT || 4110);
// The browser suite gets an embedded database of its own, fresh each run, unless DATABASE_URL names a server.
const pgliteDir = path.join(os.tmpdir(), `wc-e2e-${process.pid}`);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${APP_PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: [
    {
      command: `npx tsx scripts/workday-sim.ts --port ${SIM_PORT}`,
      url: `http://127.0.0.1:${SIM_PORT}/_sim/health`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `npx next start -p ${APP_PORT}`,
      url: `http://localhost:${APP_PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      env: {
        E2E_TEST_HOOKS: "1",
        SCHEDULER_TICK_MS: "1000",
        SEED_DEMO: "false",
        PGLITE_DIR: pgliteDir,
        APP_URL: `http://localhost:${APP_PORT}`,
        WORKDAY_EXTRA_HOSTS: `127.0.0.1:${SIM_PORT},localhost:${SIM_PORT}`,
        AUTH_SECRET: process.env.AUTH_SECRET || "e2e-auth-secret-that-is-long-enough-0123456789",
        ENCRYPTION_KEY: process.env.ENCRYPTION_KEY || "e2e:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
      },
    },
  ],
});

import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll } from "vitest";
import { startWorkdaySim, type WorkdaySim } from "@/lib/workday/sim";

const run = promisify(execFile);

/**
 * A Workday stand-in and an embedded database directory of this test file's own, and `cli()`, which
 * runs the command line as a user would (a child process) against them.
 */
export function useCli(prefix: string) {
  let sim: WorkdaySim;
  let dataDir: string;
  beforeAll(async () => {
    sim = await startWorkdaySim({ port: 0 });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  });
  afterAll(async () => {
    await sim?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function cli(args: string[], env: Record<string, string> = {}) {
    try {
      const { stdout, stderr } = await run("npx", ["tsx", "scripts/cli.ts", ...args], {
        env: { ...process.env, PGLITE_DIR: path.join(dataDir, "pglite"), WORKDAY_EXTRA_HOSTS: new URL(sim.baseUrl).host, ...env },
      });
      return { code: 0, stdout, stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, stdout: err.stdout, stderr: err.stderr };
    }
  }

  return { cli, sim: () => sim, dataDir: () => dataDir };
}

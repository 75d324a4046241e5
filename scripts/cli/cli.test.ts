import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useCli } from "./cli.test-helpers";

const { cli, sim, dataDir } = useCli("wc-cli");

const users = () => sim().reportUrl("clitest", "Workers_for_10KC");
const groups = () => sim().reportUrl("clitest", "Groups_for_10KC");

describe("cli check", () => {
  it("prints the contract JSON and exits 0 when both reports work", async () => {
    const r = await cli(["check", "--users-url", users(), "--groups-url", groups(), "--username", "ISU_10KC"], { WORKDAY_PASSWORD: sim().password });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.ok).toBe(true);
    expect(Object.keys(out.users).sort()).toEqual(["columns", "mapping", "ok", "problems", "rows"]);
    expect(out.users.mapping.firstName).toBe("Legal_Name_-_First_Name");
    expect(out.groups.mapping.groupName).toBe("group_name");
  });

  it("exits 1 with the step-1 problem for a wrong password, never printing it", async () => {
    const r = await cli(["check", "--users-url", users(), "--username", "ISU_10KC"], { WORKDAY_PASSWORD: "Wrong-Pass-123" });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.users.problems[0]).toMatchObject({ code: "auth_failed", step: 1 });
    expect(out.groups).toBeNull();
    expect(r.stdout + r.stderr).not.toContain("Wrong-Pass-123");
  });

  it("exits 2 for missing arguments", async () => {
    const r = await cli(["check", "--username", "x"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--users-url is required");
  });
});

describe("cli connect and map", () => {
  it("creates the organization, saves the connection and the suggested mapping", async () => {
    // Unique, because with DATABASE_URL the CLI writes to a shared server database.
    const slug = `cli-org-${Date.now().toString(36)}`;
    const r = await cli(["connect", "--org", slug, "--name", "CLI Org", "--users-url", users(), "--groups-url", groups(), "--username", "ISU_10KC"], {
      WORKDAY_PASSWORD: sim().password,
    });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ org: slug, ok: true });
    const map = await cli(["map", "--org", slug]);
    const saved = JSON.parse(map.stdout);
    expect(saved.version).toBe(1);
    expect(saved.columns.email).toBe("primary_work_email");
  });
});

describe("cli on an embedded database the app holds", () => {
  it.skipIf(!!process.env.DATABASE_URL)("says so and exits instead of opening it", async () => {
    const held = path.join(dataDir(), "held");
    fs.mkdirSync(held, { recursive: true });
    // This test process stands in for the running app: a live pid in the lock file.
    fs.writeFileSync(path.join(dataDir(), "held.pid"), String(process.pid));
    const r = await cli(["map", "--org", "anything"], { PGLITE_DIR: held });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/in use by process \d+/);
    expect(fs.readdirSync(held)).toEqual([]);
  });
});

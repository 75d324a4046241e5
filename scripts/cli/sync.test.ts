import { describe, expect, it } from "vitest";
import { useCli } from "./cli.test-helpers";

const { cli, sim } = useCli("wc-cli-sync");

describe("cli sync and members", () => {
  it("previews, applies, lists members, and a second sync finds nothing to change", async () => {
    const slug = `cli-sync-${Date.now().toString(36)}`;
    const tenant = slug;
    const users = sim().reportUrl(tenant, "Workers_for_10KC", { workers: 120 });
    const groups = sim().reportUrl(tenant, "Groups_for_10KC", { workers: 120 });
    const connected = await cli(
      ["connect", "--org", slug, "--name", "CLI Sync", "--users-url", users, "--groups-url", groups, "--username", sim().username],
      { WORKDAY_PASSWORD: sim().password },
    );
    expect(connected.code).toBe(0);

    const preview = await cli(["sync", "--org", slug]);
    expect(preview.code).toBe(0);
    const planned = JSON.parse(preview.stdout);
    expect(Object.keys(planned).sort()).toEqual(["counts", "heldReason", "problems", "runId", "status"]);
    expect(planned.status).toBe("previewed");
    expect(Object.keys(planned.counts).sort()).toEqual(
      ["create", "deactivate", "groupsCreate", "groupsRemove", "membershipsAdd", "membershipsRemove", "reactivate", "rejected", "remove", "update"].sort(),
    );
    expect(planned.counts.create).toBeGreaterThan(100);

    const applied = JSON.parse((await cli(["sync", "--org", slug, "--apply"])).stdout);
    expect(applied).toMatchObject({ status: "applied", counts: { create: planned.counts.create } });

    const listed = JSON.parse((await cli(["members", "--org", slug])).stdout);
    expect(listed).toHaveLength(planned.counts.create);
    expect(Object.keys(listed[0])).toEqual(
      expect.arrayContaining(["workdayId", "email", "firstName", "lastName", "managementLevel", "managerEmail", "status", "groups", "state"]),
    );
    expect(listed[0].state).toBe("active");

    const again = JSON.parse((await cli(["sync", "--org", slug])).stdout);
    expect(Object.values(again.counts).every((n) => n === 0)).toBe(true);
  });

  it("exits 1 with the fetch's problem when Workday refuses", async () => {
    const slug = `cli-sync-bad-${Date.now().toString(36)}`;
    const users = sim().reportUrl(slug, "Workers_for_10KC", { fault: "500" });
    await cli(["connect", "--org", slug, "--name", "Bad", "--users-url", users, "--username", sim().username], { WORKDAY_PASSWORD: sim().password });
    const r = await cli(["sync", "--org", slug, "--apply"]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.status).toBe("failed");
    expect(out.problems[0].code).toBe("not_authorized");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { createTestDb } from "@/db/testing";
import type { HealthState } from "@/db/schema";
import { listAllOrganizationsHealth, saveConnectionHealth } from "./health";
import { createOrganization } from "./organizations";

let handle: DbHandle;
const now = new Date("2025-05-01T12:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);

async function org(slug: string, state: HealthState | null, since = hoursAgo(1), lastSuccessAt: Date | null = null) {
  const o = await createOrganization(handle.db, { slug, name: slug.replace(/-/g, " ") });
  if (state) {
    await saveConnectionHealth(handle.db, { organizationId: o.id, state, reason: `${state} reason`, since, lastSuccessAt, lastAttemptAt: since });
  }
  return o;
}

beforeAll(async () => {
  handle = await createTestDb();
  await org("zeta-healthy", "healthy", hoursAgo(10), hoursAgo(1));
  await org("alpha-failing-new", "failing", hoursAgo(1), hoursAgo(30));
  await org("beta-failing-old", "failing", hoursAgo(5), null);
  await org("gamma-held", "held", hoursAgo(2), hoursAgo(3));
  await org("delta-never", null);
  await org("epsilon_paused", "paused", hoursAgo(4), hoursAgo(6));
});
afterAll(async () => {
  await handle?.close();
});

const slugs = (rows: { slug: string }[]) => rows.map((r) => r.slug);

describe("listAllOrganizationsHealth (the support console)", () => {
  it("puts the most urgent first: failing (longest first), held, paused, not connected, healthy", async () => {
    expect(slugs(await listAllOrganizationsHealth(handle.db))).toEqual([
      "beta-failing-old",
      "alpha-failing-new",
      "gamma-held",
      "epsilon_paused",
      "delta-never",
      "zeta-healthy",
    ]);
  });

  it("an organization with no health row yet reads as not connected, with words", async () => {
    const [row] = await listAllOrganizationsHealth(handle.db, { search: "delta" });
    expect(row).toMatchObject({ slug: "delta-never", state: "not_connected", since: null, lastSuccessAt: null });
    expect(row.reason).toMatch(/No Workday connection/);
  });

  it("filters by state and searches name or address, treating % and _ as plain characters", async () => {
    expect(slugs(await listAllOrganizationsHealth(handle.db, { state: "failing" }))).toEqual(["beta-failing-old", "alpha-failing-new"]);
    expect(slugs(await listAllOrganizationsHealth(handle.db, { state: "not_connected" }))).toEqual(["delta-never"]);
    expect(slugs(await listAllOrganizationsHealth(handle.db, { search: "FAILING" }))).toEqual(["beta-failing-old", "alpha-failing-new"]);
    expect(slugs(await listAllOrganizationsHealth(handle.db, { search: "n_p" }))).toEqual(["epsilon_paused"]);
    expect(slugs(await listAllOrganizationsHealth(handle.db, { search: "%" }))).toEqual([]);
    expect(slugs(await listAllOrganizationsHealth(handle.db, { search: "failing", state: "healthy" }))).toEqual([]);
  });

  it("sorts by name, by oldest success (never first) and by newest change", async () => {
    expect(slugs(await listAllOrganizationsHealth(handle.db, { sort: "name" }))[0]).toBe("alpha-failing-new");
    expect(slugs(await listAllOrganizationsHealth(handle.db, { sort: "last_success" })).slice(0, 3)).toEqual([
      "beta-failing-old",
      "delta-never",
      "alpha-failing-new",
    ]);
    expect(slugs(await listAllOrganizationsHealth(handle.db, { sort: "since" }))[0]).toBe("alpha-failing-new");
  });

  it("returns at most `limit` rows, in the same order", async () => {
    expect(slugs(await listAllOrganizationsHealth(handle.db, { limit: 2 }))).toEqual(["beta-failing-old", "alpha-failing-new"]);
    expect(await listAllOrganizationsHealth(handle.db, { limit: 0 })).toEqual([]);
  });
});

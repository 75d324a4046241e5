import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { rowsOf, type DbHandle } from "@/db";
import { createTestDb } from "@/db/testing";
import { listMembers } from "@/db/queries/members";
import { getSyncRun, getSyncRunProgress, listSyncChanges, updateSyncSettings } from "@/db/queries/sync-runs";
import { applySync, memorySource, planCsv, previewSync, restoreMember, SyncError, type ReportSource } from "./index";
import { ACTOR, MAPPING, membersOf, newOrg, worker, workers } from "./fixtures.test-helpers";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle?.close();
});

const preview = (orgId: string, source: ReportSource) => previewSync(handle.db, { orgId, mapping: MAPPING, source, actor: ACTOR });
const apply = (orgId: string, runId: string, confirmHeld?: boolean) => applySync(handle.db, { orgId, runId, actor: ACTOR, confirmHeld });

async function firstSync(count: number) {
  const org = await newOrg(handle.db);
  const p = await preview(org.id, memorySource(workers(count)));
  await apply(org.id, p.runId);
  return org;
}

/** Everything a sync may write, to compare before and after a refused or failed apply. */
async function storeSnapshot(orgId: string) {
  const groups = rowsOf(await handle.db.execute(sql`select name from member_groups where organization_id = ${orgId} order by name`));
  return { members: await membersOf(handle.db, orgId), groups };
}

describe("applying a plan", () => {
  test("twice changes nothing the second time, and a fresh preview shows no changes", async () => {
    const org = await newOrg(handle.db);
    const rows = workers(30);
    rows[4].Manager = "worker30@example.com";
    rows[5].group_name = "Mentors";
    const p = await preview(org.id, memorySource(rows, [{ group_name: "Mentors" }]));
    const applied = await apply(org.id, p.runId);
    expect(applied).toMatchObject({ runId: p.runId, status: "applied", counts: { create: 30 } });
    const after = await storeSnapshot(org.id);
    await expect(apply(org.id, p.runId)).rejects.toMatchObject({ code: "already_applied" });
    expect(await storeSnapshot(org.id)).toEqual(after);

    const again = await preview(org.id, memorySource(rows, [{ group_name: "Mentors" }]));
    expect(again.status).toBe("previewed");
    expect(Object.values(again.counts).every((n) => n === 0)).toBe(true);

    const run = await getSyncRun(handle.db, { orgId: org.id, runId: p.runId });
    expect(run).toMatchObject({ status: "applied", appliedByEmail: ACTOR.email, stage: "done" });
  });

  test("a stale plan is refused with a message to preview again", async () => {
    const org = await firstSync(10);
    const older = await preview(org.id, memorySource(workers(11)));
    const newer = await preview(org.id, memorySource(workers(12)));
    await apply(org.id, newer.runId);
    const refusal = await apply(org.id, older.runId).catch((e: SyncError) => e);
    expect(refusal).toBeInstanceOf(SyncError);
    expect(refusal).toMatchObject({ code: "stale_plan" });
    expect((refusal as SyncError).message).toMatch(/Preview again/);
  });

  test("a restore by support makes an earlier preview stale", async () => {
    const org = await firstSync(10);
    await apply(org.id, (await preview(org.id, memorySource(workers(9)))).runId);
    const p = await preview(org.id, memorySource(workers(9)));
    const removed = (await membersOf(handle.db, org.id)).find((m) => m.removed_at !== null)!;
    await restoreMember(handle.db, { orgId: org.id, memberId: removed.id, actor: ACTOR });
    await expect(apply(org.id, p.runId)).rejects.toMatchObject({ code: "stale_plan" });
  });

  test("a fault in the middle leaves the store as it was, and the same plan applies afterwards", async () => {
    const org = await firstSync(20);
    const rows = workers(22);
    rows[0].Business_Title = "Lead";
    rows[1].Work_Email = "moved@example.com";
    rows.splice(5, 1);
    const p = await preview(org.id, memorySource(rows, [{ group_name: "Mentors" }]));
    const before = await storeSnapshot(org.id);
    const failing = applySync(handle.db, {
      orgId: org.id,
      runId: p.runId,
      actor: ACTOR,
      afterStep: (step) => {
        if (step === "applyRemovals") throw new Error("injected fault");
      },
    });
    await expect(failing).rejects.toThrow("injected fault");
    expect(await storeSnapshot(org.id)).toEqual(before);
    expect((await getSyncRun(handle.db, { orgId: org.id, runId: p.runId }))!.status).toBe("previewed");

    await apply(org.id, p.runId);
    const after = await membersOf(handle.db, org.id);
    expect(after.filter((m) => m.removed_at === null)).toHaveLength(21);
    expect(after.find((m) => m.email === "moved@example.com")?.workday_id).toBe("E0002");
  });

  test.skipIf(!process.env.DATABASE_URL)("two applies at once on a server: exactly one wins", async () => {
    const org = await firstSync(10);
    const p = await preview(org.id, memorySource(workers(12)));
    const results = await Promise.allSettled([apply(org.id, p.runId), apply(org.id, p.runId), apply(org.id, p.runId)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) {
      if (r.status === "rejected") expect(["busy", "already_applied"]).toContain((r.reason as SyncError).code);
    }
    expect((await membersOf(handle.db, org.id)).length).toBe(12);

    // Two different plans of the same organization: the loser is busy or stale, never both applied.
    const a = await preview(org.id, memorySource(workers(13)));
    const b = await preview(org.id, memorySource(workers(14)));
    const both = await Promise.allSettled([apply(org.id, a.runId), apply(org.id, b.runId)]);
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });
});

describe("safeguards", () => {
  test("an empty user report is held as a probable connector fault, and applies only when confirmed", async () => {
    const org = await firstSync(10);
    const p = await preview(org.id, memorySource([]));
    expect(p.status).toBe("held");
    expect(p.heldReason).toMatch(/empty/);
    expect(p.counts.remove).toBe(10);
    const before = await storeSnapshot(org.id);
    await expect(apply(org.id, p.runId)).rejects.toMatchObject({ code: "held" });
    expect(await storeSnapshot(org.id)).toEqual(before);
    await apply(org.id, p.runId, true);
    expect((await membersOf(handle.db, org.id)).every((m) => m.removed_at !== null)).toBe(true);
    expect((await getSyncRun(handle.db, { orgId: org.id, runId: p.runId }))!.heldConfirmedBy).toBe(ACTOR.email);
  });

  test("a report with fewer rows than half the active members is held", async () => {
    const org = await firstSync(10);
    const p = await preview(org.id, memorySource(workers(4)));
    expect(p.status).toBe("held");
    expect(p.heldReason).toMatch(/fewer than half/);
  });

  test("removals plus deactivations above the threshold are held; the threshold is settable as a percentage and a count", async () => {
    const org = await firstSync(20);
    const rows = workers(16).map((r, i) => (i === 0 ? { ...r, Worker_Status: "Terminated" } : r));
    const p = await preview(org.id, memorySource(rows)); // 4 removed + 1 deactivated = 25% of 20
    expect(p).toMatchObject({ status: "held", counts: { remove: 4, deactivate: 1 } });
    expect(p.heldReason).toMatch(/20%/);

    await updateSyncSettings(handle.db, { orgId: org.id, deleteThresholdPercent: 30, actorId: null });
    expect((await preview(org.id, memorySource(rows))).status).toBe("previewed");
    await updateSyncSettings(handle.db, { orgId: org.id, deleteThresholdCount: 3, actorId: null });
    const byCount = await preview(org.id, memorySource(rows));
    expect(byCount.status).toBe("held");
    expect(byCount.heldReason).toMatch(/3 members/);
    await apply(org.id, byCount.runId, true);
  });
});

describe("what the pages read", () => {
  test("changes paged and searched, CSV of the plan, progress, and the member directory", async () => {
    const org = await newOrg(handle.db);
    const rows = [...workers(120), worker(500, { Work_Email: "bad" })];
    const p = await preview(org.id, memorySource(rows));
    const page2 = await listSyncChanges(handle.db, { orgId: org.id, runId: p.runId, action: "create", page: 2, pageSize: 50 });
    expect(page2).toMatchObject({ total: 120, page: 2 });
    expect(page2.items).toHaveLength(50);
    const found = await listSyncChanges(handle.db, { orgId: org.id, runId: p.runId, search: "WORKER77@" });
    expect(found.items.map((c) => c.email)).toEqual(["worker77@example.com"]);
    const rejected = await listSyncChanges(handle.db, { orgId: org.id, runId: p.runId, action: "reject" });
    expect(rejected.items[0]).toMatchObject({ reason: "invalid_email", workdayId: "E0500" });

    const csv = await planCsv(handle.db, { orgId: org.id, runId: p.runId });
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("action,workday_id,email,name,fields,before,after,reason,message,row_number");
    expect(lines).toHaveLength(122);
    expect(csv).toContain("invalid_email");

    expect(await getSyncRunProgress(handle.db, { orgId: org.id, runId: p.runId })).toMatchObject({
      status: "previewed",
      stage: "done",
      rowsRead: 121,
    });

    await apply(org.id, p.runId);
    const directory = await listMembers(handle.db, { orgId: org.id, search: "last11", page: 1, pageSize: 5 });
    expect(directory.total).toBe(11); // Last11, Last110..Last119
    expect(directory.items).toHaveLength(5);
    expect(directory.items[0]).toMatchObject({ state: "active", lastChangeAction: "create" });
    const other = await newOrg(handle.db);
    expect((await listMembers(handle.db, { orgId: other.id, page: 1 })).total).toBe(0);
  });
});

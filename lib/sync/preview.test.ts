import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DbHandle } from "@/db";
import { createTestDb } from "@/db/testing";
import { listSyncChanges } from "@/db/queries/sync-runs";
import { RaasError, problems } from "@/lib/workday";
import { applySync, memorySource, previewSync, restoreMember, type ReportSource } from "./index";
import { ACTOR, MAPPING, memberByEmail, membersOf, newOrg, worker, workers } from "./fixtures.test-helpers";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle?.close();
});

async function sync(orgId: string, source: ReportSource) {
  const preview = await previewSync(handle.db, { orgId, mapping: MAPPING, source, actor: ACTOR });
  return preview;
}

async function syncAndApply(orgId: string, source: ReportSource) {
  const preview = await sync(orgId, source);
  expect(preview.status).toBe("previewed");
  await applySync(handle.db, { orgId, runId: preview.runId, actor: ACTOR });
  return preview;
}

async function changes(orgId: string, runId: string, action?: Parameters<typeof listSyncChanges>[1]["action"]) {
  return (await listSyncChanges(handle.db, { orgId, runId, action, pageSize: 200 })).items;
}

describe("the first sync", () => {
  test("creates every worker, links managers listed later in the report, and places members in groups", async () => {
    const org = await newOrg(handle.db);
    const rows = workers(6);
    // Worker 1's manager is worker 6 (by email), worker 2's is worker 5 (by Workday ID descriptor): both rows come later.
    rows[0].Manager = "worker6@example.com";
    rows[1].Manager = "First5 Last5 (E0005)";
    rows[2].group_name = "Mentors; New Hires";
    const preview = await syncAndApply(org.id, memorySource(rows, [{ group_name: "Mentors" }, { group_name: "Toronto Office" }]));

    expect(preview.counts).toMatchObject({ create: 6, update: 0, remove: 0, rejected: 0, groupsCreate: 3, membershipsAdd: 2 });
    const byEmail = new Map((await membersOf(handle.db, org.id)).map((m) => [m.email, m]));
    expect(byEmail.get("worker1@example.com")!.manager_id).toBe(byEmail.get("worker6@example.com")!.id);
    expect(byEmail.get("worker2@example.com")!.manager_email).toBe("worker5@example.com");
    expect(byEmail.get("worker2@example.com")!.manager_id).toBe(byEmail.get("worker5@example.com")!.id);
    expect(byEmail.get("worker3@example.com")!.groups).toEqual(["Mentors", "New Hires"]);
  });
});

describe("each kind of change", () => {
  test("update, deactivate, reactivate and remove, each with before and after", async () => {
    const org = await newOrg(handle.db);
    await syncAndApply(org.id, memorySource([...workers(19), worker(20, { Worker_Status: "Terminated" })]));
    // Terminated on a first sync: no profile is created for someone who already left.
    expect(await memberByEmail(handle.db, org.id, "worker20@example.com")).toBeUndefined();

    const next = workers(18);
    next[0].Business_Title = "Senior Analyst";
    next[1].Worker_Status = "Terminated";
    const preview = await syncAndApply(org.id, memorySource(next));
    expect(preview.counts).toMatchObject({ create: 0, update: 1, deactivate: 1, remove: 1, reactivate: 0 });
    const [update] = await changes(org.id, preview.runId, "update");
    expect(update).toMatchObject({ fields: ["jobTitle"], before: { jobTitle: "Analyst" }, after: { jobTitle: "Senior Analyst" } });
    const [deactivate] = await changes(org.id, preview.runId, "deactivate");
    expect(deactivate).toMatchObject({ email: "worker2@example.com", before: { status: "active" }, after: { status: "inactive" } });
    const [remove] = await changes(org.id, preview.runId, "remove");
    expect(remove.email).toBe("worker19@example.com");

    const removed = (await memberByEmail(handle.db, org.id, "worker19@example.com"))!;
    expect(removed.removed_at).not.toBeNull();
    expect((await memberByEmail(handle.db, org.id, "worker2@example.com"))!.status).toBe("inactive");

    // Back in the report: worker 2 active again, worker 19 rehired under the same Workday ID.
    const back = await syncAndApply(org.id, memorySource(workers(19).map((r, i) => (i === 0 ? { ...r, Business_Title: "Senior Analyst" } : r))));
    expect(back.counts).toMatchObject({ reactivate: 2, create: 0, remove: 0 });
    const rehired = (await memberByEmail(handle.db, org.id, "worker19@example.com"))!;
    expect(rehired.id).toBe(removed.id);
    expect(rehired.removed_at).toBeNull();
  });

  test("a removed member is kept and support can restore it", async () => {
    const org = await newOrg(handle.db);
    await syncAndApply(org.id, memorySource(workers(10)));
    await syncAndApply(org.id, memorySource(workers(9)));
    const removed = (await memberByEmail(handle.db, org.id, "worker10@example.com"))!;
    expect(removed.removed_at).not.toBeNull();
    await restoreMember(handle.db, { orgId: org.id, memberId: removed.id, actor: ACTOR });
    expect((await memberByEmail(handle.db, org.id, "worker10@example.com"))!.removed_at).toBeNull();
  });

  test("groups no report names any more are removed, memberships follow the rows", async () => {
    const org = await newOrg(handle.db);
    const rows = workers(3);
    rows[0].group_name = "Mentors; Toronto";
    await syncAndApply(org.id, memorySource(rows, [{ group_name: "Mentors" }, { group_name: "Old Club" }]));
    rows[0].group_name = "Mentors; Montreal";
    const preview = await syncAndApply(org.id, memorySource(rows, [{ group_name: "Mentors" }]));
    expect(preview.counts).toMatchObject({ update: 1, groupsCreate: 1, groupsRemove: 2, membershipsAdd: 1, membershipsRemove: 1 });
    expect((await memberByEmail(handle.db, org.id, "worker1@example.com"))!.groups).toEqual(["Mentors", "Montreal"]);
  });
});

describe("matching", () => {
  test("an email change on the same Workday ID is an update of the same member", async () => {
    const org = await newOrg(handle.db);
    await syncAndApply(org.id, memorySource(workers(5)));
    const before = (await memberByEmail(handle.db, org.id, "worker3@example.com"))!;
    const rows = workers(5);
    rows[2].Work_Email = "Renamed.Worker@Example.com";
    const preview = await syncAndApply(org.id, memorySource(rows));
    expect(preview.counts).toMatchObject({ update: 1, create: 0, remove: 0 });
    const after = (await memberByEmail(handle.db, org.id, "renamed.worker@example.com"))!;
    expect(after.id).toBe(before.id);
  });

  test("manager links follow a manager's new email, a manager who leaves, and one who returns", async () => {
    const org = await newOrg(handle.db);
    const rows = workers(10);
    rows[0].Manager = "worker4@example.com";
    rows[1].Manager = "worker3@example.com";
    await syncAndApply(org.id, memorySource(rows));
    const managerId = (await memberByEmail(handle.db, org.id, "worker4@example.com"))!.id;
    expect((await memberByEmail(handle.db, org.id, "worker1@example.com"))!.manager_id).toBe(managerId);

    // The manager's email changes in Workday, and so does the manager column of their report.
    rows[3].Work_Email = "boss@example.com";
    rows[0].Manager = "boss@example.com";
    await syncAndApply(org.id, memorySource(rows));
    expect((await memberByEmail(handle.db, org.id, "worker1@example.com"))!.manager_id).toBe(managerId);

    // Worker 3 leaves: worker 2 has no manager among the members until worker 3 returns.
    await syncAndApply(org.id, memorySource(rows.filter((_, i) => i !== 2)));
    expect((await memberByEmail(handle.db, org.id, "worker2@example.com"))!.manager_id).toBeNull();
    await syncAndApply(org.id, memorySource(rows));
    const returned = (await memberByEmail(handle.db, org.id, "worker3@example.com"))!;
    expect((await memberByEmail(handle.db, org.id, "worker2@example.com"))!.manager_id).toBe(returned.id);
  });

  test("two members swapping emails in one sync", async () => {
    const org = await newOrg(handle.db);
    await syncAndApply(org.id, memorySource(workers(3)));
    const rows = workers(3);
    rows[0].Work_Email = "worker2@example.com";
    rows[1].Work_Email = "worker1@example.com";
    const preview = await syncAndApply(org.id, memorySource(rows));
    expect(preview.counts).toMatchObject({ update: 2, rejected: 0 });
    expect((await memberByEmail(handle.db, org.id, "worker1@example.com"))!.workday_id).toBe("E0002");
  });

  test("a member created before the first sync is adopted by email", async () => {
    const org = await newOrg(handle.db);
    await handle.db.execute(
      sql`insert into members (organization_id, email, first_name, last_name) values (${org.id}, 'worker2@example.com', 'Early', 'Bird')`,
    );
    const early = (await memberByEmail(handle.db, org.id, "worker2@example.com"))!;
    const preview = await syncAndApply(org.id, memorySource(workers(3)));
    expect(preview.counts).toMatchObject({ create: 2, update: 1, remove: 0 });
    const adopted = (await memberByEmail(handle.db, org.id, "worker2@example.com"))!;
    expect(adopted).toMatchObject({ id: early.id, workday_id: "E0002", first_name: "First2" });
  });
});

describe("rejected rows", () => {
  test("each reason is reported and a bad row never touches its member", async () => {
    const org = await newOrg(handle.db);
    await syncAndApply(org.id, memorySource(workers(8)));
    const rows = [
      worker(1, { Last_Name: undefined, Business_Title: "Changed" }), // missing required field
      worker(2, { Work_Email: "not-an-email", Business_Title: "Changed" }), // bad email
      worker(3, { Management_Level: "Mystery", Business_Title: "Changed" }), // value the admin left unassigned
      worker(4, { Business_Title: "Changed" }),
      worker(4, { Business_Title: "Changed again" }), // duplicate Workday ID
      worker(5, { Work_Email: "worker8@example.com" }), // email of another member, who keeps it
      worker(6),
      worker(7),
      worker(20, { Work_Email: "twin@example.com" }),
      worker(21, { Work_Email: "twin@example.com" }), // duplicate email in the report
    ];
    const preview = await syncAndApply(org.id, memorySource(rows));
    expect(preview.counts).toMatchObject({ rejected: 8, update: 0, remove: 0, create: 0 });
    const rejected = await changes(org.id, preview.runId, "reject");
    const reasons = rejected.map((c) => c.reason).sort();
    expect(reasons).toEqual([
      "duplicate_email",
      "duplicate_email",
      "duplicate_workday_id",
      "duplicate_workday_id",
      "email_in_use",
      "invalid_email",
      "invalid_value",
      "missing_field",
    ]);
    expect(rejected.every((c) => typeof c.message === "string" && c.message.length > 0)).toBe(true);
    for (const m of await membersOf(handle.db, org.id)) {
      expect(m.job_title).toBe("Analyst");
      expect(m.removed_at).toBeNull();
    }
  });
});

describe("a failed fetch", () => {
  test("yields a failed run with the fetch's problem and no plan", async () => {
    const org = await newOrg(handle.db);
    await syncAndApply(org.id, memorySource(workers(3)));
    const problem = problems.authFailed("ISU_TEST");
    const source: ReportSource = {
      users: async (onRow) => {
        for (const r of workers(2)) await onRow(r);
        throw new RaasError(problem);
      },
    };
    const preview = await sync(org.id, source);
    expect(preview).toMatchObject({ status: "failed", problems: [problem] });
    expect(await changes(org.id, preview.runId)).toHaveLength(0);
    const staged = await handle.db.execute(sql`select 1 from sync_staged_rows where run_id = ${preview.runId}`);
    expect(Array.isArray(staged) ? staged : (staged as { rows: unknown[] }).rows).toHaveLength(0);
    await expect(applySync(handle.db, { orgId: org.id, runId: preview.runId, actor: ACTOR })).rejects.toMatchObject({ code: "not_found" });
  });

  test("a failure in the group report fails the whole run too", async () => {
    const org = await newOrg(handle.db);
    const source: ReportSource = {
      users: memorySource(workers(3)).users,
      groups: async () => {
        throw new RaasError(problems.notAuthorized());
      },
    };
    const preview = await sync(org.id, source);
    expect(preview.status).toBe("failed");
    expect(preview.problems[0].code).toBe("not_authorized");
  });
});

import { afterAll, beforeAll, expect, test } from "vitest";
import type { DbHandle } from "@/db";
import { createTestDb } from "@/db/testing";
import { applySync, memorySource, previewSync } from "@/lib/sync";
import { ACTOR, MAPPING, newOrg, worker } from "@/lib/sync/fixtures.test-helpers";
import { countManagerLinkChanges } from "./sync-runs";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle?.close();
});

test("manager links count new members given a manager and updates that change one, nothing else", async () => {
  const { db } = handle;
  const org = await newOrg(db);
  const first = [worker(1), worker(2, { Manager: "worker1@example.com" }), worker(3, { Manager: "worker1@example.com" }), worker(4)];
  const p1 = await previewSync(db, { orgId: org.id, mapping: MAPPING, source: memorySource(first), actor: ACTOR });
  expect(await countManagerLinkChanges(db, { orgId: org.id, runId: p1.runId })).toBe(2);
  await applySync(db, { orgId: org.id, runId: p1.runId, actor: ACTOR });

  // Worker 3 moves to worker 2; worker 4 changes only its title.
  const next = [worker(1), worker(2, { Manager: "worker1@example.com" }), worker(3, { Manager: "worker2@example.com" }), worker(4, { Business_Title: "Lead" })];
  const p2 = await previewSync(db, { orgId: org.id, mapping: MAPPING, source: memorySource(next), actor: ACTOR });
  expect(p2.counts.update).toBe(2);
  expect(await countManagerLinkChanges(db, { orgId: org.id, runId: p2.runId })).toBe(1);
  // Scoped by organization: another one's id sees nothing.
  const other = await newOrg(db);
  expect(await countManagerLinkChanges(db, { orgId: other.id, runId: p2.runId })).toBe(0);
});

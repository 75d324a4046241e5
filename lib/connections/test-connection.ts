import type { Db } from "@/db";
import { getConnection, recordConnectionTest, type Connection } from "@/db/queries/connections";
import { env } from "@/lib/env";
import { checkReports, type CheckResult } from "@/lib/workday";
import { decryptPassword } from "./credentials";
import { SnapshotCollector, storeSnapshot } from "./report-snapshot";

export type TestState =
  | { state: "running"; startedAt: string; users: { rows: number }; groups: { rows: number } | null }
  | ({ state: "done"; startedAt: string; finishedAt: string } & CheckResult);

const PROGRESS_EVERY_MS = 300;

export class ConnectionNotReady extends Error {}

/**
 * Fetches both reports live and keeps the outcome on the connection. While rows stream in, the
 * running count is written a few times a second so the page (and a colleague's) can show progress.
 */
export async function runConnectionTest(db: Db, { orgId }: { orgId: string }): Promise<TestState> {
  const connection = await getConnection(db, { orgId });
  const missing = whatIsMissing(connection);
  if (missing) throw new ConnectionNotReady(missing);
  const startedAt = new Date().toISOString();
  const progress: Extract<TestState, { state: "running" }> = {
    state: "running",
    startedAt,
    users: { rows: 0 },
    groups: connection!.groupsUrl ? { rows: 0 } : null,
  };
  await recordConnectionTest(db, { orgId, ok: connection!.lastTestOk, result: progress });
  const collected = { users: new SnapshotCollector(), groups: new SnapshotCollector() };
  let lastWrite = 0;
  let writing: Promise<void> = Promise.resolve();
  const result = await checkReports({
    usersUrl: connection!.usersUrl!,
    groupsUrl: connection!.groupsUrl || null,
    username: connection!.username!,
    password: decryptPassword(connection!.passwordBox!),
    extraHosts: env().extraHosts,
    onRow: (report, row) => collected[report].add(row),
    onProgress: ({ report, rows }) => {
      if (report === "users") progress.users.rows = rows;
      else if (progress.groups) progress.groups.rows = rows;
      const now = Date.now();
      if (now - lastWrite < PROGRESS_EVERY_MS) return;
      lastWrite = now;
      writing = writing.then(() => recordConnectionTest(db, { orgId, ok: connection!.lastTestOk, result: { ...progress } }));
    },
  });
  await writing;
  // Only a report that arrived whole is worth previewing; a failed fetch keeps the last good snapshot.
  if (result.users.ok) await storeSnapshot(db, { orgId, report: "users", collector: collected.users, columns: result.users.columns });
  if (result.groups?.ok) await storeSnapshot(db, { orgId, report: "groups", collector: collected.groups, columns: result.groups.columns });
  const done: TestState = { state: "done", startedAt, finishedAt: new Date().toISOString(), ...result };
  await recordConnectionTest(db, { orgId, ok: result.ok, result: done as unknown as Record<string, unknown> });
  return done;
}

export function whatIsMissing(connection: Connection | null): string | null {
  if (!connection?.usersUrl) return "Save the user report URL first (step 7).";
  if (!connection.username) return "Enter the Integration System User's name first (step 1).";
  if (!connection.passwordBox) return "Enter the Integration System User's password first.";
  return null;
}

/** What the browser may see of a connection: never the password, only that one is saved and when. */
export function connectionView(connection: Connection | null) {
  return {
    usersUrl: connection?.usersUrl ?? "",
    groupsUrl: connection?.groupsUrl ?? "",
    username: connection?.username ?? "",
    passwordSaved: !!connection?.passwordBox,
    passwordSetAt: connection?.passwordSetAt?.toISOString() ?? null,
    lastTestAt: connection?.lastTestAt?.toISOString() ?? null,
    lastTestOk: connection?.lastTestOk ?? null,
    test: (connection?.lastTestResult as TestState | null) ?? null,
    submittedAt: connection?.submittedAt?.toISOString() ?? null,
  };
}
export type ConnectionView = ReturnType<typeof connectionView>;

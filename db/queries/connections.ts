import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { connections } from "../schema";

export type Connection = typeof connections.$inferSelect;

export async function getConnection(db: DbOrTx, { orgId }: { orgId: string }): Promise<Connection | null> {
  const [row] = await db.select().from(connections).where(eq(connections.organizationId, orgId)).limit(1);
  return row ?? null;
}

/** Saves URLs and username; the password box is replaced only when a new one is given. */
export async function saveConnection(
  db: DbOrTx,
  {
    orgId,
    usersUrl,
    groupsUrl,
    username,
    passwordBox,
    actorId,
  }: { orgId: string; usersUrl: string; groupsUrl: string | null; username: string; passwordBox: string | null; actorId: string | null },
) {
  const now = new Date();
  const values = { usersUrl, groupsUrl, username, updatedAt: now, updatedBy: actorId };
  const withPassword = passwordBox ? { ...values, passwordBox, passwordSetAt: now } : values;
  await db
    .insert(connections)
    .values({ organizationId: orgId, ...withPassword })
    .onConflictDoUpdate({ target: connections.organizationId, set: withPassword });
}

export async function recordConnectionTest(
  db: DbOrTx,
  { orgId, ok, result }: { orgId: string; ok: boolean | null; result: Record<string, unknown> },
) {
  await db
    .update(connections)
    .set({ lastTestAt: new Date(), lastTestOk: ok, lastTestResult: result })
    .where(eq(connections.organizationId, orgId));
}

export async function markConnectionSubmitted(db: DbOrTx, { orgId, actorId }: { orgId: string; actorId: string | null }) {
  await db
    .update(connections)
    .set({ submittedAt: sql`coalesce(${connections.submittedAt}, now())`, submittedBy: actorId })
    .where(eq(connections.organizationId, orgId));
}

/** Support-wide: every organization's connection, for the organizations list. */
export async function listAllConnections(db: DbOrTx) {
  return db
    .select({
      organizationId: connections.organizationId,
      lastTestAt: connections.lastTestAt,
      lastTestOk: connections.lastTestOk,
      submittedAt: connections.submittedAt,
    })
    .from(connections);
}

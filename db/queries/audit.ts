import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { auditLog } from "../schema";

export interface Actor {
  id: string | null;
  email: string | null;
}

export async function recordAudit(
  db: DbOrTx,
  entry: { orgId: string | null; actor: Actor; action: string; detail?: Record<string, unknown> },
) {
  await db.insert(auditLog).values({
    organizationId: entry.orgId,
    actorId: entry.actor.id,
    actorEmail: entry.actor.email,
    action: entry.action,
    detail: entry.detail ?? {},
  });
}

export async function listAudit(db: DbOrTx, { orgId, limit = 50 }: { orgId: string; limit?: number }) {
  return db.select().from(auditLog).where(eq(auditLog.organizationId, orgId)).orderBy(desc(auditLog.createdAt)).limit(limit);
}

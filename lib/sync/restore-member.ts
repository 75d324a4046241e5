/**
 * Support restores a member a sync removed. It is a write to members like an apply: it takes the
 * organization's lock and bumps the members revision, so a plan previewed before it is refused as stale.
 */
import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { recordAudit, type Actor } from "@/db/queries/audit";
import { bumpMembersRevision, lockMembersRevision } from "@/db/queries/sync-runs";
import { members } from "@/db/schema";
import { syncErrors } from "./errors";
import { tryLockOrgMembers } from "./org-lock";

export async function restoreMember(db: Db, { orgId, memberId, actor }: { orgId: string; memberId: string; actor: Actor }) {
  return db.transaction(async (tx) => {
    if (!(await tryLockOrgMembers(tx, orgId))) throw syncErrors.busy();
    await lockMembersRevision(tx, { orgId });
    const [member] = await tx
      .update(members)
      .set({ removedAt: null, updatedAt: sql`now()`, lastChangeAt: sql`now()`, lastChangeAction: "restore", lastRunId: null })
      .where(and(eq(members.organizationId, orgId), eq(members.id, memberId), isNotNull(members.removedAt)))
      .returning({ id: members.id, email: members.email, status: members.status });
    if (!member) throw syncErrors.notFound();
    await bumpMembersRevision(tx, { orgId });
    await recordAudit(tx, { orgId, actor, action: "member.restored", detail: { memberId, email: member.email } });
    return { memberId: member.id, state: member.status };
  });
}

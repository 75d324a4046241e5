import { and, desc, eq, gt, isNull } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { invitations } from "../schema";
import { INVITATION_TTL_MS, hashToken, newToken } from "@/lib/auth/tokens";

export async function createInvitation(
  db: DbOrTx,
  { orgId, email, invitedBy, now = new Date() }: { orgId: string; email: string; invitedBy: string | null; now?: Date },
) {
  const token = newToken();
  const [invitation] = await db
    .insert(invitations)
    .values({
      organizationId: orgId,
      email: email.trim().toLowerCase(),
      tokenHash: hashToken(token),
      invitedBy,
      expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
    })
    .returning();
  // The plain token exists only here, to be shown once and emailed; the database keeps its hash.
  return { invitation, token };
}

export type InvitationLookup =
  | { status: "valid"; invitation: typeof invitations.$inferSelect }
  | { status: "unknown" | "used" | "expired" };

export async function findInvitationByToken(db: DbOrTx, token: string, now = new Date()): Promise<InvitationLookup> {
  const [invitation] = await db.select().from(invitations).where(eq(invitations.tokenHash, hashToken(token))).limit(1);
  if (!invitation) return { status: "unknown" };
  if (invitation.acceptedAt) return { status: "used" };
  if (invitation.expiresAt.getTime() <= now.getTime()) return { status: "expired" };
  return { status: "valid", invitation };
}

/** Marks the invitation used; false when another request used it first or it expired meanwhile. */
export async function consumeInvitation(db: DbOrTx, invitationId: string, now = new Date()) {
  const used = await db
    .update(invitations)
    .set({ acceptedAt: now })
    .where(and(eq(invitations.id, invitationId), isNull(invitations.acceptedAt), gt(invitations.expiresAt, now)))
    .returning({ id: invitations.id });
  return used.length === 1;
}

export async function listInvitations(db: DbOrTx, { orgId }: { orgId: string }) {
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      createdAt: invitations.createdAt,
    })
    .from(invitations)
    .where(eq(invitations.organizationId, orgId))
    .orderBy(desc(invitations.createdAt));
}

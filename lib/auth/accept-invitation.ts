import type { Db } from "@/db";
import { consumeInvitation, findInvitationByToken } from "@/db/queries/invitations";
import { recordAudit } from "@/db/queries/audit";
import { findOrganizationById } from "@/db/queries/organizations";
import { createUser, findUserByEmail } from "@/db/queries/users";
import { ActionError } from "@/lib/actions/result";
import { hashPassword } from "./password";

const WHY: Record<string, string> = {
  unknown: "This invitation link is not valid. Ask 10KC support for a new one.",
  used: "This invitation has already been used. Sign in instead, or ask 10KC support for a new link.",
  expired: "This invitation has expired (links last 7 days). Ask 10KC support for a new one.",
};

/** Sets the invited admin's password and creates their account, once; the link is dead afterwards. */
export async function acceptInvitation(db: Db, input: { token: string; name: string; password: string }, now = new Date()) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const found = await findInvitationByToken(tx, input.token, now);
    if (found.status !== "valid") throw new ActionError(WHY[found.status], `invitation_${found.status}`);
    const { invitation } = found;
    if (await findUserByEmail(tx, invitation.email)) {
      throw new ActionError(`An account for ${invitation.email} already exists. Sign in instead.`, "user_exists");
    }
    if (!(await consumeInvitation(tx, invitation.id, now))) throw new ActionError(WHY.used, "invitation_used");
    const user = await createUser(tx, {
      email: invitation.email,
      name: input.name,
      passwordHash,
      role: "admin",
      organizationId: invitation.organizationId,
    });
    await recordAudit(tx, {
      orgId: invitation.organizationId,
      actor: { id: user.id, email: user.email },
      action: "invitation.accepted",
    });
    const org = await findOrganizationById(tx, invitation.organizationId);
    return { user, org: org! };
  });
}

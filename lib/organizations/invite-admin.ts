import type { Db } from "@/db";
import { recordAudit, type Actor } from "@/db/queries/audit";
import { createInvitation } from "@/db/queries/invitations";
import { findUserByEmail } from "@/db/queries/users";
import type { Organization } from "@/db/schema";
import { ActionError } from "@/lib/actions/result";
import { env } from "@/lib/env";
import { sendEmail } from "@/lib/notify/email";

export function appUrl() {
  return (env().APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}

/** Creates a single-use link for the organization's admin; emailed when SMTP is configured. */
export async function inviteAdmin(db: Db, { org, email, actor }: { org: Organization; email: string; actor: Actor }) {
  if (await findUserByEmail(db, email)) {
    throw new ActionError(`${email} already has an account. They can sign in as they are.`, "user_exists");
  }
  const { invitation, token } = await db.transaction(async (tx) => {
    const created = await createInvitation(tx, { orgId: org.id, email, invitedBy: actor.id });
    await recordAudit(tx, { orgId: org.id, actor, action: "invitation.created", detail: { email } });
    return created;
  });
  const link = `${appUrl()}/invite/${token}`;
  const emailed = await sendEmail({
    to: email,
    subject: `Connect ${org.name}'s Workday to Ten Thousand Coffees`,
    text: `You have been invited to connect ${org.name}'s Workday to Ten Thousand Coffees.\n\nSet your password here (the link works once and expires in 7 days):\n${link}\n`,
  });
  // Without SMTP on the demo database, the server log is the only other place the link can be found.
  if (!emailed && env().embedded) console.log(`[invite] ${email} → ${link}`);
  return { link, emailed, expiresAt: invitation.expiresAt };
}

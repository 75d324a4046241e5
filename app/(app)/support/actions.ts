"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/db/queries/audit";
import { createOrganization, findOrganizationBySlug } from "@/db/queries/organizations";
import { ActionError, orgAction, supportAction } from "@/lib/actions";
import { inviteAdmin } from "@/lib/organizations/invite-admin";
import { createOrganizationSchema, inviteAdminSchema } from "@/lib/organizations/schemas";

export const createOrganizationAction = supportAction(createOrganizationSchema, async (input, { db, user }) => {
  if (await findOrganizationBySlug(db, input.slug)) {
    throw new ActionError(`The address "${input.slug}" is taken by another organization. Choose another.`, "slug_taken");
  }
  const org = await db.transaction(async (tx) => {
    const created = await createOrganization(tx, input);
    await recordAudit(tx, { orgId: created.id, actor: user, action: "organization.created", detail: { name: input.name } });
    return created;
  });
  revalidatePath("/support");
  return { slug: org.slug };
});

export const inviteAdminAction = orgAction(inviteAdminSchema, "support", async ({ email }, { db, org, user }) => {
  const invitation = await inviteAdmin(db, { org, email, actor: user });
  revalidatePath(`/support/orgs/${org.slug}`);
  return { link: invitation.link, emailed: invitation.emailed };
});

"use server";

import { publicAction } from "@/lib/actions";
import { signIn } from "@/lib/auth";
import { acceptInvitation } from "@/lib/auth/accept-invitation";
import { acceptInvitationSchema } from "@/lib/auth/schemas";

export const acceptInvitationAction = publicAction(acceptInvitationSchema, async (input, { db }) => {
  const { user, org } = await acceptInvitation(db, input);
  await signIn("credentials", { email: user.email, password: input.password, redirectTo: `/orgs/${org.slug}/setup` });
  return null;
});

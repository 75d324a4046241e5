"use server";

import { revalidatePath } from "next/cache";
import { ActionError, orgAction } from "@/lib/actions";
import { isSyncError, restoreMember } from "@/lib/sync";
import { restoreMemberSchema } from "./form-schema";

/**
 * Brings back a member a sync removed. 10KC support only: the role is checked here, on the server,
 * whatever the page showed.
 */
export const restoreMemberAction = orgAction(restoreMemberSchema, ["support"], async ({ memberId }, { db, org, user }) => {
  try {
    const restored = await restoreMember(db, { orgId: org.id, memberId, actor: user });
    revalidatePath(`/orgs/${org.slug}/members`);
    return restored;
  } catch (e) {
    if (isSyncError(e) && e.code === "not_found") throw new ActionError("This member is not removed (any more), so there is nothing to restore.", "not_removed");
    if (isSyncError(e)) throw new ActionError(e.message, e.code);
    throw e;
  }
});

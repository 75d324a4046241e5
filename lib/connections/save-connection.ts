import type { Db } from "@/db";
import { recordAudit, type Actor } from "@/db/queries/audit";
import { getConnection, saveConnection } from "@/db/queries/connections";
import { ActionError } from "@/lib/actions/result";
import { env } from "@/lib/env";
import { parseRaasUrl } from "@/lib/workday";
import { encryptPassword } from "./credentials";

/**
 * Checks both URLs before anything is stored, then saves. An empty password keeps the saved one,
 * so editing a URL never asks for the password again.
 */
export async function saveConnectionSettings(
  db: Db,
  input: { orgId: string; usersUrl: string; groupsUrl: string; username: string; password: string; actor: Actor },
) {
  const extraHosts = env().extraHosts;
  const users = parseRaasUrl(input.usersUrl, { extraHosts });
  if (!users.ok) throw new ActionError(`User report URL: ${users.problem.message}`, users.problem.code);
  let groupsUrl: string | null = null;
  if (input.groupsUrl) {
    const groups = parseRaasUrl(input.groupsUrl, { extraHosts });
    if (!groups.ok) throw new ActionError(`Group report URL: ${groups.problem.message}`, groups.problem.code);
    groupsUrl = groups.url;
  }
  const existing = await getConnection(db, { orgId: input.orgId });
  if (!input.password && !existing?.passwordBox) {
    throw new ActionError("Enter the Integration System User's password: none is saved yet.", "password_required");
  }
  await db.transaction(async (tx) => {
    await saveConnection(tx, {
      orgId: input.orgId,
      usersUrl: users.url,
      groupsUrl,
      username: input.username,
      passwordBox: input.password ? encryptPassword(input.password) : null,
      actorId: input.actor.id,
    });
    await recordAudit(tx, {
      orgId: input.orgId,
      actor: input.actor,
      action: "connection.saved",
      // Never the password: only whether it changed.
      detail: { usersUrl: users.url, groupsUrl, username: input.username, passwordChanged: !!input.password },
    });
  });
  return { tenant: users.tenant, report: users.report };
}

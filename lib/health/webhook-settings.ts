/**
 * The organization's health webhook: saving a URL creates a signing secret, shown once (only its
 * encrypted form is kept, like the ISU password); rotating makes a new one.
 */
import type { Db } from "@/db";
import { recordAudit, type Actor } from "@/db/queries/audit";
import { deleteHealthWebhook, getHealthWebhook, saveHealthWebhook } from "@/db/queries/health";
import { ActionError } from "@/lib/actions/result";
import { encryptPassword } from "@/lib/connections/credentials";
import { env } from "@/lib/env";
import { checkWebhookUrl, newWebhookSecret } from "./webhook";

/** `secret` is set when a new one was made: show it to the person now, it cannot be read back. */
export async function setHealthWebhook(
  db: Db,
  { orgId, actor, url, rotateSecret = false }: { orgId: string; actor: Actor; url: string; rotateSecret?: boolean },
): Promise<{ url: string; secret: string | null }> {
  const checked = checkWebhookUrl(url, env().extraHosts);
  if (!checked.ok) throw new ActionError(checked.message, "invalid_webhook_url");
  const existing = await getHealthWebhook(db, { orgId });
  const secret = !existing || rotateSecret ? newWebhookSecret() : null;
  await db.transaction(async (tx) => {
    await saveHealthWebhook(tx, { orgId, url: checked.url, secretBox: secret ? encryptPassword(secret) : null, actorId: actor.id });
    // Never the secret: only whether it changed.
    await recordAudit(tx, { orgId, actor, action: "health.webhook_saved", detail: { url: checked.url, secretChanged: !!secret } });
  });
  return { url: checked.url, secret };
}

export async function removeHealthWebhook(db: Db, { orgId, actor }: { orgId: string; actor: Actor }) {
  await db.transaction(async (tx) => {
    await deleteHealthWebhook(tx, { orgId });
    await recordAudit(tx, { orgId, actor, action: "health.webhook_removed", detail: {} });
  });
}

/** For the settings page: never the secret. */
export async function healthWebhookView(db: Db, { orgId }: { orgId: string }) {
  const hook = await getHealthWebhook(db, { orgId });
  return hook
    ? { url: hook.url, lastDeliveryAt: hook.lastDeliveryAt, lastDeliveryOk: hook.lastDeliveryOk, lastDeliveryError: hook.lastDeliveryError }
    : null;
}

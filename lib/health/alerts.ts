/**
 * Announcing a state change: in the app (support and the organization's admins), by email when SMTP
 * is configured, and to the organization's webhook when it has one. Called once per change (see
 * alertFor), never per run. A channel that fails is logged and never fails the sync.
 */
import type { Db } from "@/db";
import { getHealthWebhook, recordWebhookDelivery } from "@/db/queries/health";
import { createNotification } from "@/db/queries/notifications";
import { findOrganizationById } from "@/db/queries/organizations";
import { listAllSupportEmails, listOrganizationAdmins } from "@/db/queries/users";
import type { HealthState } from "@/db/schema";
import { decryptPassword } from "@/lib/connections/credentials";
import { env } from "@/lib/env";
import { sendEmail as defaultSendEmail } from "@/lib/notify/email";
import { STATE_WORDS, type AlertKind } from "./state";
import { deliverWebhook as defaultDeliverWebhook, type DeliveryResult } from "./webhook";

export interface HealthAlert {
  orgId: string;
  kind: AlertKind;
  from: HealthState | null;
  to: HealthState;
  reason: string;
  at: Date;
}

/** Swappable in tests: what leaves the process. */
export interface AlertChannels {
  sendEmail?: (m: { to: string[]; subject: string; text: string }) => Promise<boolean>;
  deliverWebhook?: (input: { url: string; secret: string; payload: unknown }, opts: { extraHosts: readonly string[] }) => Promise<DeliveryResult>;
}

function words(kind: AlertKind, orgName: string) {
  switch (kind) {
    case "failing":
      return { subject: `Workday sync failing for ${orgName}`, lead: `The Workday sync for ${orgName} is failing.` };
    case "held":
      return { subject: `Workday sync held for review for ${orgName}`, lead: `A Workday sync for ${orgName} is held for review and was not applied.` };
    case "recovered":
      return { subject: `Workday sync recovered for ${orgName}`, lead: `The Workday sync for ${orgName} has recovered.` };
  }
}

export async function announceHealthChange(db: Db, alert: HealthAlert, channels: AlertChannels = {}): Promise<void> {
  const org = await findOrganizationById(db, alert.orgId);
  if (!org) return;
  const { subject, lead } = words(alert.kind, org.name);
  const message = `${lead} ${alert.reason}`;
  const kind = `health.${alert.kind}`;

  await createNotification(db, { orgId: org.id, audience: "support", kind, message });
  await createNotification(db, { orgId: org.id, audience: "admin", kind, message });

  const appUrl = env().APP_URL;
  const link = appUrl ? `\n\nOpen: ${new URL(`/orgs/${org.slug}`, appUrl).toString()}` : "";
  const support = [env().SUPPORT_EMAIL, ...(await listAllSupportEmails(db))].filter((e): e is string => !!e);
  const admins = (await listOrganizationAdmins(db, org.id)).map((a) => a.email);
  const to = [...new Set([...support, ...admins].map((e) => e.toLowerCase()))];
  if (to.length) {
    const send = channels.sendEmail ?? defaultSendEmail;
    await send({ to, subject, text: `${message}\n\nState: ${STATE_WORDS[alert.to]} since ${alert.at.toISOString()}.${link}` }).catch((e) =>
      console.error(`health alert email for ${org.slug} failed:`, (e as Error).message),
    );
  }

  const hook = await getHealthWebhook(db, { orgId: org.id });
  if (hook) {
    const deliver = channels.deliverWebhook ?? defaultDeliverWebhook;
    const payload = {
      event: kind,
      organization: { id: org.id, slug: org.slug, name: org.name },
      state: alert.to,
      previousState: alert.from,
      reason: alert.reason,
      at: alert.at.toISOString(),
    };
    let result: DeliveryResult;
    try {
      result = await deliver({ url: hook.url, secret: decryptPassword(hook.secretBox), payload }, { extraHosts: env().extraHosts });
    } catch (e) {
      result = { ok: false, status: null, error: (e as Error).message };
    }
    if (!result.ok) console.error(`health webhook for ${org.slug} failed: ${result.error}`);
    await recordWebhookDelivery(db, { orgId: org.id, ok: result.ok, error: result.error });
  }
}

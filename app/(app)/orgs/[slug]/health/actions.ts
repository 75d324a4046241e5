"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions";
import { removeHealthWebhook, setHealthWebhook } from "@/lib/health/webhook-settings";
import { pauseSync, requestSyncNow, resumeSync, updateSchedule, updateThresholds } from "@/lib/schedule/actions";
import { describeSchedule } from "@/lib/schedule/next-run";
import { orgOnlySchema, pauseSchema, scheduleFormSchema, thresholdsFormSchema, webhookFormSchema } from "@/components/health/schemas";

/**
 * Sync controls for one organization. Admins reach only their own organization (the wrapper checks
 * it); the deletion safeguards and the webhook are support's. Every change is audited by the lib
 * functions, with who did it.
 */

function refreshPages(slug: string) {
  revalidatePath(`/orgs/${slug}/health`);
  revalidatePath(`/support/orgs/${slug}`);
  revalidatePath("/support");
}

export const syncNowAction = orgAction(orgOnlySchema, ["admin", "support"], async (_input, { db, org, user }) => {
  const { requestedAt } = await requestSyncNow(db, { orgId: org.id, actor: user });
  refreshPages(org.slug);
  return { requestedAt: requestedAt.toISOString() };
});

export const pauseSyncAction = orgAction(pauseSchema, ["admin", "support"], async ({ reason }, { db, org, user }) => {
  const health = await pauseSync(db, { orgId: org.id, actor: user, reason: reason || undefined });
  refreshPages(org.slug);
  return { state: health.state };
});

export const resumeSyncAction = orgAction(orgOnlySchema, ["admin", "support"], async (_input, { db, org, user }) => {
  const health = await resumeSync(db, { orgId: org.id, actor: user });
  refreshPages(org.slug);
  return { state: health.state };
});

export const updateScheduleAction = orgAction(scheduleFormSchema, ["admin", "support"], async (input, { db, org, user }) => {
  const row = await updateSchedule(db, {
    orgId: org.id,
    actor: user,
    schedule: { mode: input.mode, intervalHours: input.intervalHours, dailyAt: input.dailyAt },
  });
  refreshPages(org.slug);
  return { described: describeSchedule(row, row.paused), nextRunAt: row.nextRunAt?.toISOString() ?? null };
});

export const updateThresholdsAction = orgAction(thresholdsFormSchema, "support", async (input, { db, org, user }) => {
  await updateThresholds(db, {
    orgId: org.id,
    actor: user,
    deleteThresholdPercent: input.deleteThresholdPercent,
    deleteThresholdCount: input.deleteThresholdCount,
  });
  refreshPages(org.slug);
  return { ok: true };
});

export const saveWebhookAction = orgAction(webhookFormSchema, "support", async (input, { db, org, user }) => {
  const saved = await setHealthWebhook(db, { orgId: org.id, actor: user, url: input.url, rotateSecret: input.rotateSecret });
  refreshPages(org.slug);
  return saved;
});

export const removeWebhookAction = orgAction(orgOnlySchema, "support", async (_input, { db, org, user }) => {
  await removeHealthWebhook(db, { orgId: org.id, actor: user });
  refreshPages(org.slug);
  return { ok: true };
});

/**
 * Shared by the health forms (react-hook-form) and their server actions: one schema each, so the
 * browser's check and the server's are the same. FormData values are strings, hence the coercions.
 */
import { z } from "zod";
import { orgSlugField } from "@/lib/actions/core";

export const orgOnlySchema = z.object({ orgSlug: orgSlugField });

export const pauseSchema = z.object({
  orgSlug: orgSlugField,
  reason: z.string().trim().max(300, "Keep the reason under 300 characters").optional().default(""),
});

export const scheduleFormSchema = z.object({
  orgSlug: orgSlugField,
  mode: z.enum(["off", "interval", "daily"], "Choose off, every N hours, or daily"),
  intervalHours: z.coerce
    .number("Enter a number of hours from 1 to 24")
    .int("Enter a whole number of hours")
    .min(1, "Enter a number of hours from 1 to 24")
    .max(24, "Enter a number of hours from 1 to 24"),
  dailyAt: z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter the time as HH:MM, for example 03:00"),
});
export type ScheduleFormInput = z.input<typeof scheduleFormSchema>;

/** An empty count means "no count limit"; the percentage always applies. */
export const thresholdsFormSchema = z.object({
  orgSlug: orgSlugField,
  deleteThresholdPercent: z.coerce
    .number("Enter a percentage from 0 to 100")
    .int("Enter a whole percentage")
    .min(0, "Enter a percentage from 0 to 100")
    .max(100, "Enter a percentage from 0 to 100"),
  deleteThresholdCount: z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? null : v),
    z.coerce.number("Enter a whole number of members, or leave it empty").int("Enter a whole number of members").min(0, "The count cannot be negative").nullable(),
  ),
});
export type ThresholdsFormInput = z.input<typeof thresholdsFormSchema>;

export const webhookFormSchema = z.object({
  orgSlug: orgSlugField,
  url: z.string().trim().min(1, "Enter the webhook's https:// address").max(2000),
  rotateSecret: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()).optional().default(false),
});
export type WebhookFormInput = z.input<typeof webhookFormSchema>;

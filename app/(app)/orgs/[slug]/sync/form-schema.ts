import { z } from "zod";
import { orgSlugField } from "@/lib/actions/core";

/** Starting a preview needs only the organization. */
export const previewSyncSchema = z.object({ orgSlug: orgSlugField });

/** A checkbox arrives as true from the form's state and as "on" from plain FormData. */
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

/**
 * Applying names the very run that was reviewed: the server applies that plan or refuses it, never a
 * newer one. `confirmHeld` is the "I have reviewed this plan" box a held plan needs.
 */
export const applySyncSchema = z.object({
  orgSlug: orgSlugField,
  runId: z.uuid("This preview is not one the app knows. Preview again."),
  confirmHeld: checkbox.default(false),
});
export type ApplySyncInput = z.input<typeof applySyncSchema>;

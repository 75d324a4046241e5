"use client";

import { useRouter } from "next/navigation";
import { applySyncAction } from "@/app/(app)/orgs/[slug]/sync/actions";
import { applySyncSchema } from "@/app/(app)/orgs/[slug]/sync/form-schema";
import { plural } from "@/app/(app)/orgs/[slug]/sync/sync-view";
import { Button } from "@/components/button";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { PreviewSyncButton } from "./preview-sync-button";
import { RunProgress, type RunProgressView } from "./run-progress";

/** Refusals that a fresh preview answers. */
const PREVIEW_AGAIN = new Set(["stale_plan", "busy", "already_applied", "not_found"]);

/**
 * Applies this very plan (its run id goes with the request). A held plan needs the "I have reviewed
 * this plan" box first; the server checks it again.
 */
export function ApplyPlanForm({
  orgSlug,
  progress,
  held,
  changes,
}: {
  orgSlug: string;
  progress: RunProgressView;
  held: boolean;
  /** Member changes in the plan, for the button's words. */
  changes: number;
}) {
  const router = useRouter();
  const { form, onSubmit, result, pending } = useActionForm(applySyncSchema, applySyncAction, {
    defaultValues: { orgSlug, runId: progress.runId, confirmHeld: false },
    onSuccess: () => router.refresh(),
  });
  const confirmed = form.watch("confirmHeld");
  const code = result.status === "error" ? result.code : undefined;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="apply-heading">
      <h2 id="apply-heading" className="text-lg font-semibold">
        Apply this plan
      </h2>
      <p className="text-sm text-slate-600">
        {changes === 0
          ? "This plan changes no member. Applying it records the run and changes nothing else."
          : `Applies exactly the ${plural(changes, "change")} shown here, all in one go or not at all.`}
      </p>
      <input type="hidden" {...form.register("orgSlug")} />
      <input type="hidden" {...form.register("runId")} />
      {held && (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" className="mt-0.5 h-4 w-4" {...form.register("confirmHeld")} />
          <span>
            <strong>I have reviewed this plan</strong> and want it applied despite the safeguard.
          </span>
        </label>
      )}
      {pending && <RunProgress orgSlug={orgSlug} initial={progress} applying />}
      <FormMessage result={result} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant={held ? "danger" : "primary"} pending={pending} disabled={held && !confirmed}>
          {pending ? "Applying…" : held ? "Apply held plan" : "Apply plan"}
        </Button>
        {code && PREVIEW_AGAIN.has(code) && <PreviewSyncButton orgSlug={orgSlug} label="Preview again" />}
      </div>
    </form>
  );
}

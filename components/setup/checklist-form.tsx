"use client";

import { useRouter } from "next/navigation";
import { saveChecklistAction } from "@/app/(app)/orgs/[slug]/setup/actions";
import { Button } from "@/components/button";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { checklistAnswersSchema, type CheckItem, type ChecklistStep } from "@/lib/setup/steps";

export interface ChecklistSection {
  heading?: string;
  items: readonly CheckItem[];
}

/**
 * The ticks of steps 2 to 6. Saving a complete step moves on to the next one; saving part of
 * step 3 stays put, so the admin can tick policies as they go and come back later.
 */
export function ChecklistForm({
  orgSlug,
  step,
  sections,
  saved,
  readOnly,
}: {
  orgSlug: string;
  step: ChecklistStep;
  sections: ChecklistSection[];
  saved: Record<string, unknown>;
  readOnly: boolean;
}) {
  const router = useRouter();
  const items = sections.flatMap((s) => s.items);
  const { form, onSubmit, result, pending } = useActionForm(checklistAnswersSchema, saveChecklistAction, {
    defaultValues: { orgSlug, step, checks: Object.fromEntries(items.map((i) => [i.key, saved[i.key] === true])) },
    onSuccess: ({ done }) => (done ? router.push(`/orgs/${orgSlug}/setup/${step + 1}`) : router.refresh()),
  });
  const checks = form.watch("checks") ?? {};
  const tickedCount = items.filter((i) => checks[i.key]).length;
  const partial = result.status === "success" && tickedCount < items.length;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <fieldset disabled={readOnly} className="space-y-4">
        <legend className="sr-only">Step {step} checklist</legend>
        {sections.map((section, i) => (
          <div key={i} className="space-y-2">
            {section.heading && <p className="text-sm font-medium text-slate-800">{section.heading}</p>}
            <ul className="space-y-2">
              {section.items.map((item) => (
                <li key={item.key}>
                  <label className="flex items-start gap-2 text-sm">
                    <input type="checkbox" className="mt-0.5 size-4 accent-brand" {...form.register(`checks.${item.key}`)} />
                    <span>{item.label}</span>
                  </label>
                </li>
              ))}
            </ul>
          </div>
        ))}
        {items.length > 1 && (
          <p className="text-sm text-slate-600" aria-live="polite">
            {tickedCount} of {items.length} ticked.
            {tickedCount < items.length && " The step is done when every box is ticked."}
          </p>
        )}
        <FormMessage result={result} success={partial ? "Saved. Come back to tick the rest." : undefined} />
        <Button type="submit" pending={pending}>
          {pending ? "Saving…" : "Save and continue"}
        </Button>
      </fieldset>
    </form>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/button";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { updateThresholdsAction } from "@/app/(app)/orgs/[slug]/health/actions";
import { thresholdsFormSchema } from "./schemas";

/** The deletion safeguards: a plan removing or deactivating more than these is held for review. */
export function ThresholdsForm({ orgSlug, current }: { orgSlug: string; current: { deleteThresholdPercent: number; deleteThresholdCount: number | null } }) {
  const router = useRouter();
  const { form, onSubmit, result, pending } = useActionForm(thresholdsFormSchema, updateThresholdsAction, {
    defaultValues: {
      orgSlug,
      deleteThresholdPercent: String(current.deleteThresholdPercent),
      deleteThresholdCount: current.deleteThresholdCount === null ? "" : String(current.deleteThresholdCount),
    },
    onSuccess: () => router.refresh(),
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Deletion safeguards">
      <input type="hidden" {...form.register("orgSlug")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Hold when removals exceed (%)"
          type="number"
          min={0}
          max={100}
          hint="Share of active members removed or deactivated in one run."
          error={errors.deleteThresholdPercent?.message}
          {...form.register("deleteThresholdPercent")}
        />
        <TextField
          label="Hold when removals exceed (members)"
          type="number"
          min={0}
          hint="A count of members; leave empty for no count limit."
          error={errors.deleteThresholdCount?.message}
          {...form.register("deleteThresholdCount")}
        />
      </div>
      <FormMessage result={result} success="Safeguards saved." />
      <Button type="submit" pending={pending}>
        {pending ? "Saving…" : "Save safeguards"}
      </Button>
    </form>
  );
}

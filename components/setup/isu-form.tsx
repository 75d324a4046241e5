"use client";

import { useRouter } from "next/navigation";
import { saveIsuAction } from "@/app/(app)/orgs/[slug]/setup/actions";
import { Button } from "@/components/button";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { isuAnswersSchema } from "@/lib/setup/steps";

/** Step 1's one answer: the ISU username, saved for the organization and offered again in step 7. */
export function IsuForm({ orgSlug, defaultUsername, readOnly }: { orgSlug: string; defaultUsername: string; readOnly: boolean }) {
  const router = useRouter();
  const { form, onSubmit, result, pending } = useActionForm(isuAnswersSchema, saveIsuAction, {
    defaultValues: { orgSlug, username: defaultUsername },
    onSuccess: ({ done }) => (done ? router.push(`/orgs/${orgSlug}/setup/2`) : router.refresh()),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <fieldset disabled={readOnly} className="space-y-3">
        <TextField
          label="ISU username"
          hint="Exactly as created in Workday; some tenants want user@tenant."
          autoComplete="off"
          error={form.formState.errors.username?.message}
          {...form.register("username")}
        />
        <FormMessage result={result} />
        <Button type="submit" pending={pending}>
          {pending ? "Saving…" : "Save and continue"}
        </Button>
      </fieldset>
    </form>
  );
}

"use client";

import { useState } from "react";
import { Button } from "@/components/button";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { inviteAdminSchema } from "@/lib/organizations/schemas";
import { inviteAdminAction } from "../../actions";

export function InviteAdminForm({ orgSlug }: { orgSlug: string }) {
  const [copied, setCopied] = useState(false);
  const { form, onSubmit, result, pending } = useActionForm(inviteAdminSchema, inviteAdminAction, {
    defaultValues: { orgSlug },
    onSuccess: () => setCopied(false),
  });
  const { errors } = form.formState;
  return (
    <div className="space-y-3">
      <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
        <input type="hidden" {...form.register("orgSlug")} />
        <TextField label="Admin's work email" type="email" className="min-w-72 flex-1" error={errors.email?.message} {...form.register("email")} />
        <Button type="submit" pending={pending}>
          {pending ? "Inviting…" : "Invite admin"}
        </Button>
      </form>
      {result.status === "success" ? (
        <div role="status" className="rounded-md border border-green-200 bg-green-50 p-3 text-sm">
          <p className="text-green-900">
            Invitation created{result.data.emailed ? " and emailed" : " (email is not configured: send the link yourself)"}. The link works
            once and expires in 7 days.
          </p>
          <div className="mt-2 flex gap-2">
            <input
              readOnly
              aria-label="Invitation link"
              data-testid="invite-link"
              value={result.data.link}
              className="flex-1 rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs"
              onFocus={(e) => e.currentTarget.select()}
            />
            <Button
              type="button"
              variant="secondary"
              onClick={async () => {
                await navigator.clipboard?.writeText(result.data.link).catch(() => {});
                setCopied(true);
              }}
            >
              {copied ? "Copied" : "Copy link"}
            </Button>
          </div>
        </div>
      ) : (
        <FormMessage result={result} />
      )}
    </div>
  );
}

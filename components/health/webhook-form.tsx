"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/button";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { removeWebhookAction, saveWebhookAction } from "@/app/(app)/orgs/[slug]/health/actions";
import { formatTimestamp } from "@/lib/health/display";
import { ActionButton } from "./action-button";
import { webhookFormSchema } from "./schemas";

export interface WebhookView {
  url: string;
  lastDeliveryAt: Date | null;
  lastDeliveryOk: boolean | null;
  lastDeliveryError: string | null;
}

/**
 * Where state changes are posted, signed with HMAC-SHA256. A new signing secret is shown here once,
 * right after saving; only its encrypted form is kept.
 */
export function WebhookForm({ orgSlug, current }: { orgSlug: string; current: WebhookView | null }) {
  const router = useRouter();
  const [secret, setSecret] = useState<string | null>(null);
  const { form, onSubmit, result, pending } = useActionForm(webhookFormSchema, saveWebhookAction, {
    defaultValues: { orgSlug, url: current?.url ?? "", rotateSecret: false },
    onSuccess: (data) => {
      setSecret(data.secret);
      form.setValue("rotateSecret", false);
      router.refresh();
    },
  });
  const { errors } = form.formState;
  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Alert webhook">
        <input type="hidden" {...form.register("orgSlug")} />
        <TextField
          label="Webhook URL"
          type="url"
          placeholder="https://hooks.example.com/workday-connect"
          hint="State changes (failing, held for review, recovered) are posted here, signed with HMAC-SHA256."
          error={errors.url?.message}
          {...form.register("url")}
        />
        {current && (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" {...form.register("rotateSecret")} /> Make a new signing secret (the old one stops working)
          </label>
        )}
        <FormMessage result={result} success={secret ? undefined : "Webhook saved; the signing secret is unchanged."} />
        <Button type="submit" pending={pending}>
          {pending ? "Saving…" : current ? "Save webhook" : "Add webhook"}
        </Button>
      </form>
      {secret && (
        <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          <p className="font-medium text-amber-900">Copy the signing secret now: it is shown only this once.</p>
          <input
            readOnly
            aria-label="Webhook signing secret"
            data-testid="webhook-secret"
            value={secret}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-2 w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs"
          />
        </div>
      )}
      {current && (
        <div className="flex flex-wrap items-start justify-between gap-3 text-sm text-slate-600">
          <p data-testid="webhook-delivery">
            {current.lastDeliveryAt
              ? `Last delivery ${formatTimestamp(current.lastDeliveryAt)}: ${current.lastDeliveryOk ? "delivered" : `failed (${current.lastDeliveryError ?? "no answer"})`}.`
              : "Nothing delivered yet: deliveries happen on state changes."}
          </p>
          <ActionButton
            action={removeWebhookAction}
            input={{ orgSlug }}
            label="Remove webhook"
            pendingLabel="Removing…"
            variant="danger"
            success="Webhook removed."
            onSuccess={() => {
              setSecret(null);
              form.reset({ orgSlug, url: "", rotateSecret: false });
            }}
          />
        </div>
      )}
    </div>
  );
}

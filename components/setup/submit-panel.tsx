"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { submitSetupAction } from "@/app/(app)/orgs/[slug]/setup/actions";
import { Button } from "@/components/button";
import { FormMessage } from "@/components/forms/form-message";
import type { ActionResult } from "@/lib/actions/result";

/** Step 8: sends the tested endpoints to 10KC, then points to the mapping preview. */
export function SubmitPanel({
  orgSlug,
  ready,
  reason,
  submittedAt,
  readOnly,
}: {
  orgSlug: string;
  ready: boolean;
  reason: string | null;
  submittedAt: string | null;
  readOnly: boolean;
}) {
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<{ emailed: boolean; mappingHref: string }>>({ status: "idle" });
  const [pending, startTransition] = useTransition();
  const submitted = submittedAt !== null || result.status === "success";
  return (
    <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      {submitted ? (
        <p role="status" data-testid="submitted" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          Submitted{submittedAt ? ` on ${new Date(submittedAt).toLocaleString("en-US")}` : ""}. 10KC support has been told
          {result.status === "success" && !result.data.emailed ? " in the app (email is not configured)" : ""}. Next, check how your
          Workday columns map to profile fields.
        </p>
      ) : (
        !ready && reason && <p className="text-sm text-slate-700">{reason}</p>
      )}
      <FormMessage result={result.status === "success" ? { status: "idle" } : result} />
      <div className="flex flex-wrap items-center gap-3">
        {!readOnly && (
          <Button
            type="button"
            disabled={!ready}
            pending={pending}
            variant={submitted ? "secondary" : "primary"}
            onClick={() =>
              startTransition(async () => {
                const outcome = await submitSetupAction(undefined, { orgSlug });
                setResult(outcome);
                if (outcome.status === "success") router.refresh();
              })
            }
          >
            {pending ? "Submitting…" : submitted ? "Submit again" : "Submit to 10KC"}
          </Button>
        )}
        {submitted && (
          <Link href={`/orgs/${orgSlug}/mapping`} className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white hover:bg-brand-dark">
            Go to the mapping preview →
          </Link>
        )}
      </div>
    </div>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { previewSyncAction } from "@/app/(app)/orgs/[slug]/sync/actions";
import { Button } from "@/components/button";
import { FormMessage } from "@/components/forms/form-message";
import type { ActionResult } from "@/lib/actions/result";

/** Starts a preview and opens its run, whose progress the page then polls. */
export function PreviewSyncButton({ orgSlug, disabled, label = "Preview sync" }: { orgSlug: string; disabled?: boolean; label?: string }) {
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<{ runId: string }>>({ status: "idle" });
  const [pending, startTransition] = useTransition();

  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button
        type="button"
        disabled={disabled}
        pending={pending}
        onClick={() =>
          startTransition(async () => {
            const outcome = await previewSyncAction(undefined, { orgSlug });
            setResult(outcome);
            if (outcome.status === "success") router.push(`/orgs/${orgSlug}/sync?run=${outcome.data.runId}`);
          })
        }
      >
        {pending ? "Starting…" : label}
      </Button>
      <FormMessage result={result} />
    </div>
  );
}

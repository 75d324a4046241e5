"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { restoreMemberAction } from "@/app/(app)/orgs/[slug]/members/actions";
import { Button } from "@/components/button";
import { FormMessage } from "@/components/forms/form-message";
import type { ActionResult } from "@/lib/actions/result";

/** Support brings back a removed member, after saying yes to what it does. */
export function RestoreMemberButton({ orgSlug, memberId, name }: { orgSlug: string; memberId: string; name: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<ActionResult<{ memberId: string; state: string }>>({ status: "idle" });
  const [pending, startTransition] = useTransition();

  const restore = () =>
    startTransition(async () => {
      const outcome = await restoreMemberAction(undefined, { orgSlug, memberId });
      setResult(outcome.status === "success" ? { ...outcome, message: `${name} is restored (${outcome.data.state}).` } : outcome);
      setConfirming(false);
      if (outcome.status === "success") router.refresh();
    });

  return (
    <div className="space-y-2">
      {confirming ? (
        <div role="group" aria-label="Confirm restore" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          <p>
            Restore <strong>{name}</strong>? The profile comes back as it was. If Workday still leaves this person out, the next sync will
            plan to remove them again, and any preview made before now will have to be made again.
          </p>
          <div className="flex gap-2">
            <Button type="button" pending={pending} onClick={restore}>
              Yes, restore {name}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
          Restore member
        </Button>
      )}
      <FormMessage result={result} />
    </div>
  );
}

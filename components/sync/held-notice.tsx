import { heldReasonWords } from "@/app/(app)/orgs/[slug]/sync/sync-view";

/** Why a safeguard held the plan, in words, before anyone can apply it. */
export function HeldNotice({ code, reason, confirmedBy }: { code: string | null; reason: string | null; confirmedBy?: string | null }) {
  const words = heldReasonWords(code, reason);
  return (
    <div role="alert" data-testid="held-notice" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <p className="font-semibold">{words.title}</p>
      <p className="mt-1" data-testid="held-reason">
        {words.reason}
      </p>
      {confirmedBy ? (
        <p className="mt-2">Applied after {confirmedBy} confirmed this plan.</p>
      ) : (
        <p className="mt-2">
          Nothing has been changed. Check the Remove and Deactivate tabs (or download the plan), fix the report in Workday if it is wrong and
          preview again, or confirm below that this plan is right.
        </p>
      )}
    </div>
  );
}

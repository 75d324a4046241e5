import Link from "next/link";
import type { SyncCounts } from "@/db/schema/sync";
import { plural } from "@/app/(app)/orgs/[slug]/sync/sync-view";

/** What an applied run changed, and where to see the members now. */
export function ApplyResult({
  orgSlug,
  counts,
  appliedBy,
  appliedAt,
}: {
  orgSlug: string;
  counts: SyncCounts;
  appliedBy: string | null;
  appliedAt: string;
}) {
  return (
    <div role="status" data-testid="apply-result" className="rounded-md border border-green-200 bg-green-50 p-4 text-sm text-green-950">
      <p className="font-semibold">
        Applied {new Date(appliedAt).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" })} by {appliedBy ?? "the scheduler"}.
      </p>
      <p className="mt-1">
        {plural(counts.create, "member")} created, {plural(counts.update, "member")} updated, {plural(counts.deactivate, "member")} deactivated,{" "}
        {plural(counts.reactivate, "member")} reactivated, {plural(counts.remove, "member")} removed; {plural(counts.rejected, "row")} left out.
      </p>
      <p className="mt-2">
        <Link href={`/orgs/${orgSlug}/members`} className="font-medium text-brand underline">
          See the members
        </Link>
      </p>
    </div>
  );
}

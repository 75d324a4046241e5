import Link from "next/link";
import type { ReactNode } from "react";
import type { StepStatus } from "@/lib/setup/step-state";
import type { StepNumber } from "@/lib/setup/steps";
import { StepList } from "./step-list";

/** The wizard's frame: heading, the support read-only notice, the step list beside the content. */
export function SetupShell({
  orgSlug,
  orgName,
  statuses,
  current,
  readOnly,
  children,
}: {
  orgSlug: string;
  orgName: string;
  statuses: StepStatus[];
  current: StepNumber | null;
  readOnly: boolean;
  children: ReactNode;
}) {
  return (
    <div className="space-y-6">
      <div>
        {current !== null && (
          <p className="text-sm text-slate-600">
            <Link href={`/orgs/${orgSlug}/setup`} className="text-brand underline">
              Setup summary
            </Link>
          </p>
        )}
        <h1 className="mt-1 text-2xl font-semibold">Connect {orgName}&apos;s Workday</h1>
      </div>
      {readOnly && (
        <p role="note" data-testid="read-only-notice" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          You are viewing this wizard as 10KC support. It is read-only: only {orgName}&apos;s Workday admin can tick steps or submit.
        </p>
      )}
      <div className="grid gap-6 md:grid-cols-[18rem_1fr]">
        <aside className="rounded-lg bg-slate-50 p-2">
          <StepList orgSlug={orgSlug} statuses={statuses} current={current} />
        </aside>
        <div className="min-w-0">{children}</div>
      </div>
    </div>
  );
}

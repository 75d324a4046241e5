import Link from "next/link";
import { ProblemList } from "@/components/connection/problem-list";
import { isFinished, type StepStatus } from "@/lib/setup/step-state";
import { stepInfo, type StepNumber } from "@/lib/setup/steps";
import { StepStateBadge } from "./step-state-badge";

/** What is left to do, in order, with the reason a live test gave for any step it reopened. */
export function SetupSummary({
  orgSlug,
  statuses,
  next,
  submittedAt,
  lastChange,
}: {
  orgSlug: string;
  statuses: StepStatus[];
  next: StepNumber | null;
  submittedAt: string | null;
  lastChange: string | null;
}) {
  const left = statuses.filter((s) => !isFinished(s));
  const finished = statuses.length - left.length;
  return (
    <div className="space-y-6">
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <p className="text-sm text-slate-700" data-testid="setup-progress">
          {finished} of 8 steps finished.
          {lastChange && ` Last saved ${lastChange}.`}
        </p>
        {next ? (
          <Link
            href={`/orgs/${orgSlug}/setup/${next}`}
            className="mt-3 inline-block rounded-md bg-brand px-4 py-2 text-sm font-medium text-white hover:bg-brand-dark"
          >
            {finished === 0 ? "Start with step 1" : `Continue with step ${next}: ${stepInfo(next).title}`}
          </Link>
        ) : (
          <div className="mt-3 space-y-2">
            <p className="text-sm text-green-800">
              Setup is complete{submittedAt ? `: submitted to 10KC on ${submittedAt}` : ""}.
            </p>
            <Link href={`/orgs/${orgSlug}/mapping`} className="inline-block rounded-md bg-brand px-4 py-2 text-sm font-medium text-white hover:bg-brand-dark">
              Go to the mapping preview →
            </Link>
          </div>
        )}
      </div>
      {left.length > 0 && (
        <section>
          <h2 className="mb-2 text-lg font-semibold">What is left</h2>
          <ul className="space-y-2" data-testid="steps-left">
            {left.map((s) => (
              <li key={s.step} className="rounded-md border border-slate-200 bg-white px-3 py-2">
                <div className="flex items-center justify-between gap-2 text-sm">
                  <Link href={`/orgs/${orgSlug}/setup/${s.step}`} className="font-medium text-brand underline">
                    Step {s.step}: {stepInfo(s.step).title}
                  </Link>
                  <StepStateBadge state={s.state} />
                </div>
                {s.problems.length > 0 && (
                  <div className="mt-2">
                    <ProblemList problems={s.problems.slice(0, 1)} orgSlug={orgSlug} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

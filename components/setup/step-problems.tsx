import { ProblemList } from "@/components/connection/problem-list";
import type { StepStatus } from "@/lib/setup/step-state";

/** Why a live test reopened this step, in the test's own words, above the step's instructions. */
export function StepProblems({ status, orgSlug, testedAt }: { status: StepStatus; orgSlug: string; testedAt: string | null }) {
  if (status.state !== "needs_attention") return null;
  // Both reports often fail for the same reason (a wrong password): say it once.
  const unique = status.problems.filter((p, i, all) => all.findIndex((q) => q.code === p.code && q.message === p.message) === i);
  return (
    <section aria-label="Needs attention" data-testid="step-problems" className="mb-6 space-y-2">
      <p className="text-sm font-medium text-red-900">
        The last live test{testedAt ? ` (${new Date(testedAt).toLocaleString("en-US")})` : ""} points at this step. Fix it in Workday, then test
        again in step 7.
      </p>
      <ProblemList problems={unique} orgSlug={orgSlug} />
    </section>
  );
}

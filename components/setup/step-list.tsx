import Link from "next/link";
import type { StepStatus } from "@/lib/setup/step-state";
import { stepInfo, type StepNumber } from "@/lib/setup/steps";
import { StepStateBadge } from "./step-state-badge";

/** The eight steps with their states, always beside the wizard so the admin sees where they are. */
export function StepList({ orgSlug, statuses, current }: { orgSlug: string; statuses: StepStatus[]; current: StepNumber | null }) {
  return (
    <nav aria-label="Setup steps">
      <ol className="space-y-1">
        {statuses.map(({ step, state }) => (
          <li key={step} data-testid={`step-${step}`} data-state={state}>
            <Link
              href={`/orgs/${orgSlug}/setup/${step}`}
              aria-current={current === step ? "step" : undefined}
              className="flex items-center justify-between gap-2 rounded-md px-3 py-2 text-sm hover:bg-slate-100 aria-[current=step]:bg-white aria-[current=step]:font-semibold aria-[current=step]:shadow-sm"
            >
              <span>
                <span className="mr-2 text-slate-500">{step}.</span>
                {stepInfo(step).title}
              </span>
              <StepStateBadge state={state} />
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}

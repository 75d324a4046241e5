import { STATE_LABEL, type StepState } from "@/lib/setup/step-state";

const STYLE: Record<StepState, string> = {
  not_started: "bg-slate-100 text-slate-700",
  done: "bg-blue-50 text-blue-800",
  needs_attention: "bg-red-100 text-red-800",
  verified: "bg-green-100 text-green-800",
};

/** A step's state in words (never colour alone), the same in the step list, the summary and support's list. */
export function StepStateBadge({ state }: { state: StepState }) {
  return (
    <span data-testid="step-state" data-state={state} className={`inline-block rounded px-2 py-0.5 text-xs font-medium whitespace-nowrap ${STYLE[state]}`}>
      {STATE_LABEL[state]}
    </span>
  );
}

import type { SetupProgress } from "@/lib/setup/facts";
import type { LastTest } from "@/lib/setup/step-state";
import { stepInfo } from "@/lib/setup/steps";

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Support's one-line view of a customer's wizard: where the admin is, and since when. */
export function SetupProgressCell({ progress }: { progress: SetupProgress }) {
  const attention = progress.statuses.filter((s) => s.state === "needs_attention").map((s) => s.step);
  return (
    <span data-testid="setup-reached">
      {progress.next === null ? "All 8 steps finished" : `Step ${progress.next}: ${stepInfo(progress.next).title}`}
      <span className="block text-xs text-slate-500">
        {progress.finished}/8 finished
        {attention.length > 0 && ` · needs attention: ${attention.map((s) => `step ${s}`).join(", ")}`}
        {progress.lastChange && ` · saved ${day(progress.lastChange.at)}${progress.lastChange.by ? ` by ${progress.lastChange.by}` : ""}`}
      </span>
    </span>
  );
}

export function LastTestCell({ test, at }: { test: LastTest | null; at: Date | null }) {
  const text =
    test?.state === "running" ? "Running…" : test?.state === "done" ? (test.ok && test.groups?.ok ? "Passed" : test.ok ? "Passed (no group report)" : "Failed") : "Never tested";
  const tone = test?.state === "done" ? (test.ok ? "text-green-800" : "text-red-800") : "text-slate-600";
  return (
    <span data-testid="last-test" className={tone}>
      {text}
      {at && test?.state === "done" && <span className="block text-xs text-slate-500">{day(at)}</span>}
    </span>
  );
}

export function SubmittedCell({ submittedAt, since }: { submittedAt: Date | null; since: Date | null }) {
  return (
    <span data-testid="submitted-state">
      {submittedAt ? `Submitted ${day(submittedAt)}` : "Not submitted"}
      {!submittedAt && since && <span className="block text-xs text-slate-500">active since {day(since)}</span>}
    </span>
  );
}

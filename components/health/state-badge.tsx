import type { HealthState } from "@/db/schema";
import { STATE_WORDS } from "@/lib/health/state";

const TONE: Record<HealthState, { box: string; dot: string }> = {
  failing: { box: "border-red-300 bg-red-50 text-red-900", dot: "bg-red-600" },
  held: { box: "border-amber-300 bg-amber-50 text-amber-900", dot: "bg-amber-500" },
  degraded: { box: "border-yellow-300 bg-yellow-50 text-yellow-900", dot: "bg-yellow-500" },
  paused: { box: "border-slate-300 bg-slate-100 text-slate-800", dot: "bg-slate-500" },
  not_connected: { box: "border-slate-200 bg-white text-slate-600", dot: "bg-slate-300" },
  healthy: { box: "border-green-300 bg-green-50 text-green-900", dot: "bg-green-600" },
};

/** The state in colour and in words, so it reads the same without colour. */
export function StateBadge({ state, className = "" }: { state: HealthState; className?: string }) {
  const tone = TONE[state];
  return (
    <span
      data-testid="health-state"
      data-state={state}
      className={`inline-flex items-center gap-1.5 whitespace-nowrap rounded-full border px-2.5 py-0.5 text-xs font-semibold ${tone.box} ${className}`}
    >
      <span aria-hidden className={`h-2 w-2 rounded-full ${tone.dot}`} />
      {STATE_WORDS[state]}
    </span>
  );
}

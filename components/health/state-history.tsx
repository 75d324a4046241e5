import type { HealthState } from "@/db/schema";
import { formatTimestamp } from "@/lib/health/display";
import { StateBadge } from "./state-badge";

export interface TransitionRow {
  id: number;
  fromState: HealthState | null;
  toState: HealthState;
  reason: string;
  alert: string | null;
  at: Date;
}

/** Each change of state, newest first, and whether it was announced. */
export function StateHistory({ transitions }: { transitions: TransitionRow[] }) {
  if (transitions.length === 0) return <p className="text-sm text-slate-600">No change of state recorded yet.</p>;
  return (
    <ol className="space-y-3 text-sm" data-testid="state-history">
      {transitions.map((t) => (
        <li key={t.id} className="flex flex-wrap items-start gap-x-3 gap-y-1" data-testid="state-change" data-to={t.toState}>
          <span className="w-40 shrink-0 whitespace-nowrap text-slate-500">{formatTimestamp(t.at)}</span>
          <span className="flex items-center gap-1">
            {t.fromState ? <StateBadge state={t.fromState} /> : <span className="text-xs text-slate-500">first state</span>}
            <span aria-label="became">→</span>
            <StateBadge state={t.toState} />
          </span>
          <span className="min-w-60 flex-1 text-slate-700">
            {t.reason}
            {t.alert && <span className="ml-1 text-xs text-slate-500">(alert sent: {t.alert})</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}

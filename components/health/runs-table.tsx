import Link from "next/link";
import type { RunOutcome, RunTrigger, SyncCounts } from "@/db/schema";
import { describeChanges, formatDuration, formatTimestamp, OUTCOME_WORDS, TRIGGER_WORDS } from "@/lib/health/display";

export interface RunRow {
  id: string;
  trigger: RunTrigger;
  outcome: RunOutcome;
  attempts: number;
  startedAt: Date;
  durationMs: number;
  rowsRead: number;
  counts: SyncCounts | null;
  errorCode: string | null;
  errorStep: number | null;
  errorMessage: string | null;
}

const OUTCOME_TONE: Record<RunOutcome, string> = {
  applied: "text-green-800",
  previewed: "text-slate-800",
  held: "text-amber-800",
  failed: "text-red-800",
};

/** The newest runs with what went wrong and which setup step fixes it. */
export function RunsTable({ runs, orgSlug }: { runs: RunRow[]; orgSlug: string }) {
  if (runs.length === 0) return <p className="text-sm text-slate-600">No sync has run yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="runs-table">
        <thead>
          <tr className="border-b text-left text-slate-600">
            <th scope="col" className="px-3 py-2 font-medium">Started</th>
            <th scope="col" className="px-3 py-2 font-medium">How</th>
            <th scope="col" className="px-3 py-2 font-medium">Outcome</th>
            <th scope="col" className="px-3 py-2 font-medium">Duration</th>
            <th scope="col" className="px-3 py-2 font-medium">Rows read</th>
            <th scope="col" className="px-3 py-2 font-medium">Changes</th>
            <th scope="col" className="px-3 py-2 font-medium">Problem</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => (
            <tr key={r.id} className="border-b align-top last:border-0" data-testid="run-row" data-outcome={r.outcome} data-trigger={r.trigger}>
              <td className="whitespace-nowrap px-3 py-2">{formatTimestamp(r.startedAt)}</td>
              <td className="px-3 py-2">
                {TRIGGER_WORDS[r.trigger]}
                {r.attempts > 1 && <span className="block text-xs text-slate-500">{r.attempts} attempts</span>}
              </td>
              <td className={`px-3 py-2 font-medium ${OUTCOME_TONE[r.outcome]}`}>{OUTCOME_WORDS[r.outcome]}</td>
              <td className="px-3 py-2 tabular-nums">{formatDuration(r.durationMs)}</td>
              <td className="px-3 py-2 tabular-nums">{r.rowsRead.toLocaleString("en-US")}</td>
              <td className="px-3 py-2">{describeChanges(r.counts)}</td>
              <td className="max-w-md px-3 py-2">
                {r.outcome === "failed" ? (
                  <span data-testid="run-problem">
                    {r.errorMessage ?? "The sync failed."}
                    {r.errorCode && <span className="ml-1 font-mono text-xs text-slate-500">({r.errorCode})</span>}
                    {r.errorStep && (
                      <Link href={`/orgs/${orgSlug}/setup/${r.errorStep}`} className="ml-1 whitespace-nowrap text-brand underline">
                        Open setup step {r.errorStep}
                      </Link>
                    )}
                  </span>
                ) : (
                  <span className="text-slate-500">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

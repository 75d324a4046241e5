import Link from "next/link";
import type { SyncRun } from "@/db/schema/sync";
import { countsWords } from "@/app/(app)/orgs/[slug]/sync/sync-view";

const STATUS: Record<SyncRun["status"], { label: string; style: string }> = {
  running: { label: "Running", style: "bg-blue-100 text-blue-900" },
  previewed: { label: "Previewed", style: "bg-slate-100 text-slate-800" },
  held: { label: "Held", style: "bg-amber-100 text-amber-900" },
  failed: { label: "Failed", style: "bg-red-100 text-red-900" },
  applied: { label: "Applied", style: "bg-green-100 text-green-900" },
};

export function RunStatusBadge({ status }: { status: SyncRun["status"] }) {
  const s = STATUS[status];
  return <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${s.style}`}>{s.label}</span>;
}

const when = (d: Date | null) => (d ? d.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" }) : "");


/** Recent runs, newest first: status, who started and applied each, when, and its counts. */
export function SyncHistory({ runs, orgSlug, currentRunId }: { runs: SyncRun[]; orgSlug: string; currentRunId: string | null }) {
  return (
    <section aria-labelledby="history-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="history-heading" className="text-lg font-semibold">
        Sync history
      </h2>
      {runs.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">No sync has run yet.</p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-sm" data-testid="sync-history">
            <thead className="text-left text-slate-600">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">When</th>
                <th scope="col" className="py-1 pr-3 font-medium">Status</th>
                <th scope="col" className="py-1 pr-3 font-medium">Who</th>
                <th scope="col" className="py-1 pr-3 font-medium">Member changes</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {runs.map((run) => (
                <tr key={run.id} aria-current={run.id === currentRunId ? "true" : undefined} className={run.id === currentRunId ? "bg-blue-50" : ""}>
                  <td className="py-1.5 pr-3">
                    <Link href={`/orgs/${orgSlug}/sync?run=${run.id}`} className="text-brand underline">
                      {when(run.createdAt)}
                    </Link>
                  </td>
                  <td className="py-1.5 pr-3">
                    <RunStatusBadge status={run.status} />
                  </td>
                  <td className="py-1.5 pr-3 text-slate-700">
                    {run.createdByEmail ?? "scheduled"}
                    {run.appliedAt && (
                      <span className="block text-xs text-slate-500">
                        applied by {run.appliedByEmail ?? "the scheduler"} {when(run.appliedAt)}
                      </span>
                    )}
                  </td>
                  <td className="py-1.5 pr-3 tabular-nums text-slate-700">{run.status === "running" ? "running…" : countsWords(run.counts)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

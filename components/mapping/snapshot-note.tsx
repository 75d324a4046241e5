import { count } from "./form-values";

const when = (iso: string) => new Date(iso).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" });

/** Which fetched report the page works from, whether the numbers cover all of it, and what is saved. */
export function SnapshotNote({
  fetchedAt,
  expiresAt,
  rowCount,
  keptRows,
  groupRows,
  saved,
}: {
  fetchedAt: string;
  expiresAt: string;
  rowCount: number;
  keptRows: number;
  groupRows: number | null;
  saved: { version: number; by: string | null; at: string } | null;
}) {
  return (
    <div className="space-y-2 text-sm text-slate-700">
      <p>
        Working from the user report fetched {when(fetchedAt)}: <span data-testid="snapshot-rows">{count(rowCount)}</span> rows
        {groupRows !== null && <>, and the group report: {count(groupRows)} groups</>}. Workday is not asked again until you refresh
        (this copy is kept until {when(expiresAt)}).
      </p>
      {keptRows < rowCount && (
        <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-amber-900" data-testid="capped-note">
          The statistics and changed-row counts are based on the first {count(keptRows)} of {count(rowCount)} rows.
        </p>
      )}
      <p data-testid="saved-version">
        {saved
          ? `Version ${saved.version} is in use, saved by ${saved.by ?? "an unknown user"} on ${when(saved.at)}.`
          : "No mapping is saved yet: below are our suggestions."}
      </p>
    </div>
  );
}

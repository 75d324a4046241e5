/** Rows read so far; a report has no known total until it ends, so the bar is indeterminate. */
export function TestProgress({ users, groups }: { users: number; groups: number | null }) {
  const text = `Reading the user report: ${users.toLocaleString("en-US")} rows${groups !== null ? ` · group report: ${groups.toLocaleString("en-US")} rows` : ""}`;
  return (
    <div role="status" aria-live="polite" className="rounded-md border border-blue-200 bg-blue-50 p-3 text-sm text-blue-900">
      <p data-testid="test-progress">{text}…</p>
      <div role="progressbar" aria-label="Connection test" aria-valuetext={text} className="mt-2 h-1.5 overflow-hidden rounded bg-blue-100">
        <div className="h-full w-1/3 animate-pulse rounded bg-blue-600" />
      </div>
    </div>
  );
}

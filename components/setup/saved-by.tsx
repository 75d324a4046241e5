/** Who last saved a step and when, so a colleague picking the setup up knows whose ticks these are. */
export function SavedBy({ at, by, timeZone }: { at: Date | null; by: string | null; timeZone: string }) {
  if (!at) return null;
  return (
    <p className="text-xs text-slate-500" data-testid="saved-by">
      Saved {at.toLocaleString("en-US", { timeZone, dateStyle: "medium", timeStyle: "short" })}
      {by ? ` by ${by}` : ""}.
    </p>
  );
}

import type { ColumnSuggestion } from "@/lib/mapping";

/** Where a suggestion came from: a known Workday column name, or a similar one with its score. */
export function suggestionLabel(s: ColumnSuggestion): string {
  if (s.how === "alias") return "known column name";
  return `similar name, ${Math.round(s.confidence * 100)}% match`;
}

/** The suggested column beside a select, with a way back to it once the admin picked another. */
export function SuggestionNote({
  id,
  suggestion,
  current,
  onUse,
}: {
  id: string;
  suggestion: ColumnSuggestion;
  current: string;
  onUse: (column: string) => void;
}) {
  if (suggestion.column === null) {
    return (
      <p id={id} className="mt-1 text-xs text-slate-500">
        No suggestion: no column looks like this field.
      </p>
    );
  }
  const strong = suggestion.how === "alias";
  return (
    <p id={id} className="mt-1 text-xs text-slate-600" data-testid="suggestion">
      Suggested <code>{suggestion.column}</code>{" "}
      <span className={`rounded px-1.5 py-0.5 font-medium ${strong ? "bg-green-100 text-green-800" : "bg-amber-100 text-amber-900"}`}>
        {suggestionLabel(suggestion)}
      </span>
      {current !== suggestion.column && (
        <>
          {" "}
          <button type="button" className="font-medium text-brand underline" onClick={() => onUse(suggestion.column!)}>
            Use it
          </button>
        </>
      )}
    </p>
  );
}

import type { ReactNode } from "react";
import { count } from "./form-values";

/** How many rows' cleaned values a save would change, counted on the server over the whole fetched report. */
export function ChangedRowsNotice({
  changedRows,
  rowCount,
  pending,
  error,
  dirty,
  firstSave,
  invalid,
}: {
  changedRows: number;
  rowCount: number;
  pending: boolean;
  error: string | null;
  dirty: boolean;
  firstSave: boolean;
  invalid: boolean;
}) {
  let text: ReactNode;
  if (invalid) text = "Fix the highlighted fields to update the preview.";
  else if (error) text = `The preview could not be updated: ${error}`;
  else if (pending) text = "Counting the rows your change affects…";
  else if (!dirty && changedRows === 0) {
    text = firstSave ? "Nothing is saved yet: saving confirms the suggestions shown here." : "No unsaved changes.";
  } else {
    text = (
      <>
        Saving changes the cleaned values of <strong data-testid="changed-rows">{count(changedRows)}</strong> of {count(rowCount)} rows
        {firstSave ? " compared with the suggestions" : " compared with the saved mapping"}.
      </>
    );
  }
  return (
    <p role="status" aria-live="polite" className={`text-sm ${error || invalid ? "text-red-700" : "text-slate-700"}`}>
      {text}
    </p>
  );
}

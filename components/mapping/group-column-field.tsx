import type { UseFormRegister } from "react-hook-form";
import type { MappingFormInput } from "@/app/(app)/orgs/[slug]/mapping/form-schema";
import type { ColumnSuggestion } from "@/lib/mapping";
import { SuggestionNote } from "./suggestion-note";

/** The group report's name column; without a group report, groups come only from the user report. */
export function GroupColumnField({
  register,
  error,
  columns,
  suggestion,
  current,
  onUse,
}: {
  register: UseFormRegister<MappingFormInput>;
  error?: string;
  columns: string[] | null;
  suggestion: ColumnSuggestion | null;
  current: string;
  onUse: (column: string) => void;
}) {
  return (
    <section aria-labelledby="group-report-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="group-report-heading" className="text-lg font-semibold">
        Group report
      </h2>
      {columns === null ? (
        <p className="text-sm text-slate-600">
          No group report was fetched, so groups come only from the user report&apos;s Group name column.
        </p>
      ) : (
        <div className="mt-2">
          <label htmlFor="group-name-column" className="block text-sm font-medium text-slate-800">
            Group name column
          </label>
          <select
            id="group-name-column"
            aria-invalid={!!error}
            aria-describedby="group-name-column-suggestion"
            className="mt-1 block w-56 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
            {...register("groupNameColumn")}
          >
            <option value="">No column</option>
            {columns.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
          {suggestion && <SuggestionNote id="group-name-column-suggestion" suggestion={suggestion} current={current} onUse={onUse} />}
          {error && (
            <p role="alert" className="mt-1 text-sm text-red-700">
              {error}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

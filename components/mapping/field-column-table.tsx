import type { FieldErrors, UseFormRegister } from "react-hook-form";
import type { MappingFormInput } from "@/app/(app)/orgs/[slug]/mapping/form-schema";
import { PROFILE_FIELDS, type FieldSummary, type FieldSuggestions, type FieldTier, type UserFieldKey } from "@/lib/mapping";
import { count, percent } from "./form-values";
import { SuggestionNote } from "./suggestion-note";

const TIER_LABEL: Record<FieldTier, string> = {
  identity: "Identity",
  required: "Required",
  recommended: "Recommended",
  optional: "Optional",
};
const MUST_HAVE: ReadonlySet<FieldTier> = new Set(["identity", "required"]);

/** One row per 10KC profile field: its Workday column, and what that column's values look like. */
export function FieldColumnTable({
  register,
  errors,
  selected,
  columns,
  suggestions,
  summaries,
  onUseSuggestion,
}: {
  register: UseFormRegister<MappingFormInput>;
  errors: FieldErrors<MappingFormInput>;
  selected: MappingFormInput["columns"];
  columns: string[];
  suggestions: FieldSuggestions;
  summaries: Record<UserFieldKey, FieldSummary>;
  onUseSuggestion: (field: UserFieldKey, column: string) => void;
}) {
  // Which field each column feeds now, so an option can say it is taken before the admin picks it.
  const feeds = new Map<string, string>();
  for (const f of PROFILE_FIELDS) {
    const c = selected[f.key];
    if (c) feeds.set(c, f.label);
  }

  return (
    <section aria-labelledby="columns-heading" className="rounded-lg border border-slate-200 bg-white">
      <header className="border-b border-slate-200 p-4">
        <h2 id="columns-heading" className="text-lg font-semibold">
          Profile fields and their Workday columns
        </h2>
        <p className="text-sm text-slate-600">
          Coverage is the share of rows with a value. One column can feed only one field.
        </p>
      </header>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-2">Field</th>
              <th scope="col" className="px-4 py-2">Workday column</th>
              <th scope="col" className="px-4 py-2 text-right">Coverage</th>
              <th scope="col" className="px-4 py-2 text-right">Distinct</th>
              <th scope="col" className="px-4 py-2 text-right">Invalid</th>
              <th scope="col" className="px-4 py-2">Examples: Workday → cleaned</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {PROFILE_FIELDS.map((field) => {
              const id = `column-${field.key}`;
              const summary = summaries[field.key];
              const value = selected[field.key] ?? "";
              const error = errors.columns?.[field.key]?.message;
              const options = value && !columns.includes(value) ? [value, ...columns] : columns;
              const unmappedMustHave = !value && MUST_HAVE.has(field.tier);
              return (
                <tr key={field.key} data-field={field.key} className="align-top">
                  <th scope="row" className="px-4 py-3 text-left font-normal">
                    <label htmlFor={id} className="font-medium text-slate-900">
                      {field.label}
                    </label>
                    <p className="text-xs text-slate-500">
                      {TIER_LABEL[field.tier]}
                      {field.note ? ` · ${field.note}` : ""}
                    </p>
                  </th>
                  <td className="px-4 py-3">
                    <select
                      id={id}
                      aria-invalid={!!error || unmappedMustHave}
                      aria-describedby={`${id}-suggestion${error ? ` ${id}-error` : ""}`}
                      className="block w-56 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600"
                      {...register(`columns.${field.key}`)}
                    >
                      <option value="">No column</option>
                      {options.map((c) => {
                        const takenBy = feeds.get(c);
                        return (
                          <option key={c} value={c}>
                            {c}
                            {!columns.includes(c) ? " (not in the last report)" : takenBy && c !== value ? ` (feeds ${takenBy})` : ""}
                          </option>
                        );
                      })}
                    </select>
                    <SuggestionNote
                      id={`${id}-suggestion`}
                      suggestion={suggestions[field.key]}
                      current={value}
                      onUse={(column) => onUseSuggestion(field.key, column)}
                    />
                    {error && (
                      <p id={`${id}-error`} role="alert" className="mt-1 max-w-xs text-sm text-red-700">
                        {error}
                      </p>
                    )}
                    {unmappedMustHave && !error && <p className="mt-1 text-xs text-red-700">Every row needs this field.</p>}
                  </td>
                  <FieldStats summary={summary} />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function FieldStats({ summary }: { summary: FieldSummary }) {
  if (summary.column === null) {
    return (
      <td colSpan={4} className="px-4 py-3 text-slate-400">
        —
      </td>
    );
  }
  return (
    <>
      <td className="px-4 py-3 text-right tabular-nums" data-testid="coverage">
        {percent(summary.coverage)}
        <span className="block text-xs text-slate-500">{count(summary.filled)} rows</span>
      </td>
      <td className="px-4 py-3 text-right tabular-nums">
        {count(summary.distinct)}
        {summary.distinctCapped ? "+" : ""}
      </td>
      <td className={`px-4 py-3 text-right tabular-nums ${summary.invalid > 0 ? "font-semibold text-red-700" : ""}`} data-testid="invalid">
        {count(summary.invalid)}
      </td>
      <td className="px-4 py-3">
        <ul className="space-y-0.5">
          {summary.examples.slice(0, 3).map((e) => (
            <Example key={e.raw} raw={e.raw} cleaned={e.cleaned} />
          ))}
          {summary.invalidExamples
            .filter((e) => !summary.examples.slice(0, 3).some((x) => x.raw === e.raw))
            .slice(0, 2)
            .map((e) => (
              <Example key={`bad-${e.raw}`} raw={e.raw} cleaned={e.cleaned} invalid />
            ))}
        </ul>
      </td>
    </>
  );
}

function Example({ raw, cleaned, invalid }: { raw: string; cleaned: string | null; invalid?: boolean }) {
  return (
    <li className={`whitespace-nowrap text-xs ${invalid ? "text-red-700" : "text-slate-700"}`}>
      <code className="rounded bg-slate-100 px-1">{raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}</code>
      <span aria-hidden> → </span>
      <span className="sr-only"> cleans to </span>
      {cleaned === null ? <em>{invalid ? "not usable" : "empty"}</em> : cleaned}
    </li>
  );
}

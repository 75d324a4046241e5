"use client";

import { useState } from "react";
import { PROFILE_FIELDS, type FieldSummary, type PreviewCell, type SampleRow, type UserFieldKey } from "@/lib/mapping";
import { count } from "./form-values";

const PROBLEM_STYLE = {
  error: "bg-red-50 ring-1 ring-inset ring-red-300",
  warning: "bg-amber-50 ring-1 ring-inset ring-amber-300",
};

/** Sample rows as Workday sent them beside the cleaned profile; a cell with a problem says what it is. */
export function SampleRowsTable({
  samples,
  problemSamples,
  rowsWithProblems,
  fields,
}: {
  samples: SampleRow[];
  problemSamples: SampleRow[];
  rowsWithProblems: number;
  fields: Record<UserFieldKey, FieldSummary>;
}) {
  const [onlyProblems, setOnlyProblems] = useState(false);
  const rows = onlyProblems ? problemSamples : samples;

  return (
    <section aria-labelledby="samples-heading" className="rounded-lg border border-slate-200 bg-white">
      <header className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 p-4">
        <div>
          <h2 id="samples-heading" className="text-lg font-semibold">
            Sample rows
          </h2>
          <p className="text-sm text-slate-600">
            {onlyProblems
              ? `The first ${rows.length} of ${count(rowsWithProblems)} rows with a problem.`
              : `The first ${rows.length} rows of the report: Workday's value above, the cleaned value below.`}
          </p>
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} className="h-4 w-4" />
          Only rows with problems ({count(rowsWithProblems)})
        </label>
      </header>
      {rows.length === 0 ? (
        <p className="p-4 text-sm text-slate-600">{onlyProblems ? "No row has a problem." : "The report has no rows."}</p>
      ) : (
        <div className="max-h-[36rem] overflow-auto">
          <table className="text-xs" data-testid="sample-rows">
            <thead className="sticky top-0 bg-slate-50 text-left">
              <tr>
                <th scope="col" className="px-2 py-2">
                  Row
                </th>
                {PROFILE_FIELDS.map((f) => (
                  <th key={f.key} scope="col" className="min-w-36 px-2 py-2 font-semibold">
                    {f.label}
                    <span className="block font-normal text-slate-500">{fields[f.key].column ?? "no column"}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.row} className="align-top" data-worst={r.worst ?? "none"}>
                  <th scope="row" className="px-2 py-1.5 text-right font-normal text-slate-500">
                    {r.row}
                  </th>
                  {PROFILE_FIELDS.map((f) => (
                    <SampleCell key={f.key} cell={r.cells[f.key]} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function SampleCell({ cell }: { cell: PreviewCell }) {
  const p = cell.problem;
  return (
    <td className={`px-2 py-1.5 ${p ? PROBLEM_STYLE[p.severity] : ""}`} data-problem={p?.severity}>
      <span className="sr-only">Workday: </span>
      <span className="block break-words text-slate-500">{cell.raw || "—"}</span>
      <span className="sr-only">Cleaned: </span>
      <span className="block break-words font-medium text-slate-900">{cell.cleaned ?? <em className="font-normal text-slate-400">empty</em>}</span>
      {p && (
        <span className={`mt-0.5 block ${p.severity === "error" ? "text-red-800" : "text-amber-900"}`}>
          <span className="sr-only">{p.severity === "error" ? "Error: " : "Warning: "}</span>
          {p.message}
        </span>
      )}
    </td>
  );
}

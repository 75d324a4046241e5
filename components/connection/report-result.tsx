import { PROFILE_FIELDS, type FieldTier } from "@/lib/mapping/fields";
import type { ReportCheck } from "@/lib/workday";
import { ProblemList } from "./problem-list";

const TIER_LABEL: Record<FieldTier, string> = {
  identity: "Identity",
  required: "Required",
  recommended: "Recommended",
  optional: "Optional",
};

function display(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? v : Object.values(v as object).join(" "))).join("; ");
  return String(value);
}

/** One report's outcome: pass or fail, rows, the columns found for each profile field, samples, problems. */
export function ReportResult({ title, check, orgSlug, kind }: { title: string; check: ReportCheck; orgSlug: string; kind: "users" | "groups" }) {
  const sampleColumns = check.columns.slice(0, 12);
  return (
    <section aria-label={title} className="rounded-lg border border-slate-200 bg-white p-4" data-testid={`report-${kind}`}>
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-base font-semibold">
          {title}{" "}
          <span className={`ml-2 rounded px-2 py-0.5 text-xs font-medium ${check.ok ? "bg-green-100 text-green-800" : "bg-red-100 text-red-800"}`}>
            {check.ok ? "Passed" : "Failed"}
          </span>
        </h3>
        <p className="text-sm text-slate-600">
          {check.tenant && (
            <>
              Tenant <code>{check.tenant}</code> · report <code>{check.report}</code> ·{" "}
            </>
          )}
          <span data-testid={`rows-${kind}`}>{check.rows.toLocaleString("en-US")}</span> rows · {check.columns.length} columns
        </p>
      </header>
      <div className="mt-3">
        <ProblemList problems={check.problems} orgSlug={orgSlug} />
      </div>
      {kind === "users" && check.rows > 0 && (
        <table className="mt-4 w-full text-sm">
          <caption className="mb-1 text-left font-medium">Profile fields and the columns found for them</caption>
          <thead>
            <tr className="text-left text-slate-600">
              <th className="py-1 pr-4 font-medium">Field</th>
              <th className="py-1 pr-4 font-medium">Tier</th>
              <th className="py-1 font-medium">Workday column</th>
            </tr>
          </thead>
          <tbody>
            {PROFILE_FIELDS.map((f) => {
              const column = check.mapping[f.key];
              const share = check.columnStats.find((c) => c.name === column)?.share;
              const missingAndNeeded = !column && (f.tier === "identity" || f.tier === "required");
              return (
                <tr key={f.key} className="border-t border-slate-100">
                  <td className="py-1 pr-4">{f.label}</td>
                  <td className="py-1 pr-4 text-slate-600">{TIER_LABEL[f.tier]}</td>
                  <td className={`py-1 ${missingAndNeeded ? "font-medium text-red-700" : ""}`}>
                    {column ? (
                      <>
                        <code>{column}</code>
                        {share !== undefined && <span className="text-slate-500"> · {Math.round(share * 100)}% filled</span>}
                      </>
                    ) : (
                      "Not found"
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {check.sample.length > 0 && (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full text-xs">
            <caption className="mb-1 text-left text-sm font-medium">First {check.sample.length} rows as Workday sent them</caption>
            <thead>
              <tr className="text-left text-slate-600">
                {sampleColumns.map((c) => (
                  <th key={c} scope="col" className="px-2 py-1 font-medium whitespace-nowrap">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {check.sample.map((row, i) => (
                <tr key={i} className="border-t border-slate-100">
                  {sampleColumns.map((c) => (
                    <td key={c} className="px-2 py-1 whitespace-nowrap">
                      {display(row[c])}
                    </td>
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

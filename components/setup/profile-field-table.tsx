import { PROFILE_FIELDS, type FieldTier } from "@/lib/mapping/fields";

const TIER: Record<FieldTier, { label: string; meaning: string }> = {
  identity: { label: "Identity", meaning: "needed to match members" },
  required: { label: "Required", meaning: "the test fails without it" },
  recommended: { label: "Recommended", meaning: "better matches" },
  optional: { label: "Optional", meaning: "" },
};

// How Workday's own wording is read, so the admin need not rewrite values in the report.
const WORKDAY_VALUES: Partial<Record<string, string>> = {
  peopleManager: "Workday's 1/0, Yes/No and true/false are read as yes/no.",
  locale: "en_US and similar are read as en-US.",
  status: "Terminated and Retired are read as inactive; Leave of Absence as active.",
};

/** The profile fields a user report feeds, straight from lib/mapping, so this table never drifts from the checks. */
export function ProfileFieldTable() {
  return (
    <table className="w-full border-collapse rounded-md bg-white text-sm shadow-sm" data-testid="profile-field-table">
      <caption className="sr-only">Fields for the user report</caption>
      <thead>
        <tr className="border-b text-left text-slate-600">
          <th className="px-3 py-2 font-medium">Field</th>
          <th className="px-3 py-2 font-medium">Tier</th>
          <th className="px-3 py-2 font-medium">Suggested column</th>
          <th className="px-3 py-2 font-medium">Allowed values and notes</th>
        </tr>
      </thead>
      <tbody>
        {PROFILE_FIELDS.map((f) => (
          <tr key={f.key} className="border-b align-top last:border-0">
            <td className="px-3 py-2">{f.label}</td>
            <td className="px-3 py-2">
              {TIER[f.tier].label}
              {TIER[f.tier].meaning && <span className="block text-xs text-slate-500">{TIER[f.tier].meaning}</span>}
            </td>
            <td className="px-3 py-2">
              <code className="rounded bg-slate-100 px-1 select-all">{f.suggestedColumn}</code>
            </td>
            <td className="px-3 py-2 text-slate-700">
              {f.allowedValues && (
                <span className="block">
                  {f.key === "managementLevel" ? "Becomes one of: " : "Only: "}
                  {f.allowedValues.map((v, i) => (
                    <span key={v}>
                      {i > 0 && ", "}
                      <code className="rounded bg-slate-100 px-1">{v}</code>
                    </span>
                  ))}
                </span>
              )}
              {WORKDAY_VALUES[f.key] && <span className="block text-xs text-slate-500">{WORKDAY_VALUES[f.key]}</span>}
              {f.note && <span className="block text-xs text-slate-500">{f.note}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

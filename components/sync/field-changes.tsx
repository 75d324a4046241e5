import { fieldDiffs } from "@/app/(app)/orgs/[slug]/sync/sync-view";

/** Each changed field with its value before and after the sync. */
export function FieldChanges({
  before,
  after,
  fields,
}: {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  fields: string[] | null;
}) {
  const diffs = fieldDiffs(before, after, fields);
  if (diffs.length === 0) return <span className="text-slate-500">No field changes</span>;
  return (
    <ul className="space-y-0.5">
      {diffs.map((d) => (
        <li key={d.key} data-testid="field-change" data-field={d.key}>
          <span className="font-medium">{d.label}:</span>{" "}
          <del className="text-red-800" aria-label={`before: ${d.before}`}>
            {d.before}
          </del>{" "}
          <span aria-hidden="true">→</span>{" "}
          <ins className="text-green-800 no-underline" aria-label={`after: ${d.after}`}>
            {d.after}
          </ins>
        </li>
      ))}
    </ul>
  );
}

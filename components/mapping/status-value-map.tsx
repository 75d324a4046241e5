import { mapKeyFor, STATUSES, withMapValue, withoutMapValue, type MemberStatus, type StatusValueRow } from "@/lib/mapping";
import { ValueMapRow } from "./value-map-row";

/**
 * Status wording → active or inactive. The built-in reading applies unless the admin picks one:
 * Leave of Absence stays active, Terminated and Retired become inactive.
 */
export function StatusValueMap({
  column,
  values,
  statusMap,
  onChange,
}: {
  column: string | null;
  values: StatusValueRow[];
  statusMap: Record<string, MemberStatus>;
  onChange: (next: Record<string, MemberStatus>) => void;
}) {
  if (column === null) return null;
  return (
    <section aria-labelledby="status-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="status-heading" className="text-lg font-semibold">
        Status
      </h2>
      <p className="text-sm text-slate-600">
        Each Workday status becomes active or inactive. Change a reading only where your wording means something else.
      </p>
      <table className="mt-3 text-sm">
        <thead className="text-left text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="py-1 pr-6">Workday value</th>
            <th scope="col" className="py-1 pr-6 text-right">Rows</th>
            <th scope="col" className="py-1">Member status</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {values.map((v, i) => {
            const key = mapKeyFor(statusMap, v.value);
            return (
              <ValueMapRow
                key={v.value}
                id={`status-${i}`}
                labelPrefix="Status for"
                value={v.value}
                rows={v.count}
                selected={key === null ? "" : statusMap[key]}
                emptyLabel={v.builtIn ? `Built-in: ${v.builtIn}` : "Not recognised: stays active, flagged"}
                options={STATUSES}
                onSelect={(choice) => onChange(choice ? withMapValue(statusMap, v.value, choice) : withoutMapValue(statusMap, v.value))}
              />
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

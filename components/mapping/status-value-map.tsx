import { mapKeyFor, STATUSES, withMapValue, withoutMapValue, type MemberStatus, type StatusValueRow } from "@/lib/mapping";
import { count } from "./form-values";

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
            const chosen = key === null ? "" : statusMap[key];
            const id = `status-${i}`;
            return (
              <tr key={v.value}>
                <td className="py-1.5 pr-6">
                  <label htmlFor={id}>
                    <span className="sr-only">Status for </span>
                    <code>{v.value}</code>
                  </label>
                </td>
                <td className="py-1.5 pr-6 text-right tabular-nums">{count(v.count)}</td>
                <td className="py-1.5">
                  <select
                    id={id}
                    value={chosen}
                    onChange={(e) =>
                      onChange(e.target.value ? withMapValue(statusMap, v.value, e.target.value as MemberStatus) : withoutMapValue(statusMap, v.value))
                    }
                    className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
                  >
                    <option value="">{v.builtIn ? `Built-in: ${v.builtIn}` : "Not recognised: stays active, flagged"}</option>
                    {STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

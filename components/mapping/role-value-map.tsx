import { mapKeyFor, ROLE_SEGMENTS, withMapValue, type RoleSegment, type RoleValueRow } from "@/lib/mapping";
import { count } from "./form-values";
import { ValueMapRow } from "./value-map-row";

/**
 * Management level → Role segment, one select per value Workday sends. Recognised wording comes
 * pre-filled; anything else waits for the admin, and its rows get no Role until then.
 */
export function RoleValueMap({
  column,
  values,
  total,
  roleMap,
  onChange,
}: {
  column: string | null;
  values: RoleValueRow[];
  total: number;
  roleMap: Record<string, RoleSegment | null>;
  onChange: (next: Record<string, RoleSegment | null>) => void;
}) {
  const roleOf = (value: string): RoleSegment | null => {
    const key = mapKeyFor(roleMap, value);
    return key === null ? null : (roleMap[key] ?? null);
  };
  const unassigned = values.filter((v) => roleOf(v.value) === null);
  const unassignedRows = unassigned.reduce((n, v) => n + v.count, 0);

  return (
    <section aria-labelledby="roles-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="roles-heading" className="text-lg font-semibold">
        Management level → Role
      </h2>
      {column === null ? (
        <p className="text-sm text-slate-600">Pick the management-level column above to map its values to Roles.</p>
      ) : values.length === 0 ? (
        <p className="text-sm text-slate-600">
          The column <code>{column}</code> has no values in the fetched report.
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-600" data-testid="unassigned-roles">
            {unassigned.length === 0
              ? "Every value has a Role."
              : `${unassigned.length} of ${values.length} values need a Role; their ${count(unassignedRows)} rows get none until you assign one.`}
            {total > values.length && ` Showing the ${values.length} most common of ${count(total)} values; the rest keep their suggestion.`}
          </p>
          <table className="mt-3 text-sm">
            <thead className="text-left text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="py-1 pr-6">Workday value</th>
                <th scope="col" className="py-1 pr-6 text-right">Rows</th>
                <th scope="col" className="py-1 pr-6">Role</th>
                <th scope="col" className="py-1">
                  <span className="sr-only">Note</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {values.map((v, i) => {
                const role = roleOf(v.value);
                return (
                  <ValueMapRow
                    key={v.value}
                    id={`role-${i}`}
                    labelPrefix="Role for"
                    value={v.value}
                    rows={v.count}
                    selected={role ?? ""}
                    emptyLabel="Not assigned"
                    options={ROLE_SEGMENTS}
                    invalid={role === null}
                    onSelect={(choice) => onChange(withMapValue(roleMap, v.value, choice))}
                    note={
                      role === null ? (
                        <span className="font-medium text-red-700">Needs a Role</span>
                      ) : role === v.suggested ? (
                        <span className="text-slate-500">Suggested</span>
                      ) : (
                        <span className="text-slate-500">Your choice{v.suggested ? ` (suggested ${v.suggested})` : ""}</span>
                      )
                    }
                  />
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

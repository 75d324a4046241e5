import type { ReactNode } from "react";
import { count } from "./form-values";

/** One Workday value of a value map: the value, its row count, and the choice it maps to. */
export function ValueMapRow<T extends string>({
  id,
  labelPrefix,
  value,
  rows,
  selected,
  emptyLabel,
  options,
  onSelect,
  invalid = false,
  note,
}: {
  id: string;
  /** Read before the value by screen readers: "Role for", "Status for". */
  labelPrefix: string;
  value: string;
  rows: number;
  selected: T | "";
  emptyLabel: string;
  options: readonly T[];
  onSelect: (choice: T | null) => void;
  invalid?: boolean;
  /** A last cell, for tables that explain each choice. */
  note?: ReactNode;
}) {
  return (
    <tr>
      <td className="py-1.5 pr-6">
        <label htmlFor={id}>
          <span className="sr-only">{labelPrefix} </span>
          <code>{value}</code>
        </label>
      </td>
      <td className="py-1.5 pr-6 text-right tabular-nums">{count(rows)}</td>
      <td className="py-1.5 pr-6">
        <select
          id={id}
          value={selected}
          aria-invalid={invalid}
          onChange={(e) => onSelect((e.target.value || null) as T | null)}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm aria-[invalid=true]:border-red-600"
        >
          <option value="">{emptyLabel}</option>
          {options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </td>
      {note !== undefined && <td className="py-1.5 text-xs">{note}</td>}
    </tr>
  );
}

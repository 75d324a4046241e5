"use client";

import { flexRender, type Row, type Table } from "@tanstack/react-table";
import type { HTMLAttributes } from "react";

type RowAttributes = HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string | undefined>;

/** The body of a react-table: one <tr> per row, with attributes (class, data-*, aria) from `rowProps`. */
export function DataTableRows<T>({
  table,
  rowProps,
  cellClassName = "px-3 py-2",
}: {
  table: Table<T>;
  rowProps?: (row: Row<T>) => RowAttributes;
  cellClassName?: string;
}) {
  return (
    <>
      {table.getRowModel().rows.map((row) => (
        <tr key={row.id} {...rowProps?.(row)}>
          {row.getVisibleCells().map((cell) => (
            <td key={cell.id} className={cellClassName}>
              {flexRender(cell.column.columnDef.cell, cell.getContext())}
            </td>
          ))}
        </tr>
      ))}
    </>
  );
}

/** A server-paged table: plain headers, rows as given. Paging, sorting and search happen on the server. */
export function DataTable<T>({
  table,
  testId,
  caption,
  rowProps,
}: {
  table: Table<T>;
  testId: string;
  caption?: string;
  rowProps?: (row: Row<T>) => RowAttributes;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid={testId}>
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead className="bg-slate-50 text-left">
          {table.getHeaderGroups().map((g) => (
            <tr key={g.id}>
              {g.headers.map((h) => (
                <th key={h.id} scope="col" className="px-3 py-2 font-semibold">
                  {flexRender(h.column.columnDef.header, h.getContext())}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody className="divide-y divide-slate-100">
          <DataTableRows table={table} rowProps={rowProps} />
        </tbody>
      </table>
    </div>
  );
}

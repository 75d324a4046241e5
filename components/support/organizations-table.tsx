"use client";

import { createColumnHelper, flexRender, getCoreRowModel, useReactTable, type SortingState } from "@tanstack/react-table";
import Link from "next/link";
import type { ReactNode } from "react";
import type { HealthSort } from "@/db/queries/health";
import type { HealthState, SyncCounts } from "@/db/schema";
import { DataTableRows } from "@/components/data-table";
import { StateBadge } from "@/components/health/state-badge";
import { describeChanges, formatAgo, formatShortTimestamp, formatTimestamp, healthQueryHref, type HealthQuery } from "@/lib/health/display";

export interface ConsoleRow {
  slug: string;
  name: string;
  state: HealthState;
  reason: string;
  since: Date | null;
  lastSuccessAt: Date | null;
  lastAttemptAt: Date | null;
  membersCount: number;
  lastRun: { status: string; at: Date; counts: SyncCounts | null } | null;
  schedule: string;
  /** Rendered on the server: the setup wizard's progress cells. */
  wizard: ReactNode;
}

const column = createColumnHelper<ConsoleRow>();

/** The server's sort behind each sortable column; each sorts one way (most useful first). */
const SORT_OF: Partial<Record<string, { sort: HealthSort; words: string }>> = {
  state: { sort: "state", words: "most urgent first" },
  name: { sort: "name", words: "A to Z" },
  since: { sort: "since", words: "newest change first" },
  lastSuccessAt: { sort: "last_success", words: "oldest success first" },
};

function When({ at, now, testId }: { at: Date | null; now: Date; testId?: string }) {
  if (!at) return <span className="text-slate-500" data-testid={testId}>never</span>;
  return (
    <span data-testid={testId} title={formatTimestamp(at)} className="whitespace-nowrap">
      {formatAgo(at, now)}
      <span className="block text-xs text-slate-500">{formatShortTimestamp(at)}</span>
    </span>
  );
}

/**
 * Every organization's health, sorted, filtered and searched on the server (the URL holds the
 * query), so the browser only ever gets the rows it shows.
 */
export function OrganizationsTable({ rows, query, now }: { rows: ConsoleRow[]; query: HealthQuery; now: Date }) {
  const columns = [
    column.accessor("name", {
      header: "Customer",
      cell: (c) => (
        <>
          <Link href={`/support/orgs/${c.row.original.slug}`} className="font-medium text-brand underline">
            {c.getValue()}
          </Link>
          <span className="block font-mono text-xs text-slate-500">{c.row.original.slug}</span>
        </>
      ),
    }),
    column.accessor("state", {
      header: "State",
      cell: (c) => (
        <div className="w-52 space-y-1">
          <StateBadge state={c.getValue()} />
          {/* Long reasons are cut to three lines here; the whole text is on hover and on the organization's page. */}
          <p className="line-clamp-3 text-xs text-slate-600" data-testid="health-reason" title={c.row.original.reason}>
            {c.row.original.reason}
          </p>
          <p className="text-xs text-slate-500" data-testid="schedule">
            Schedule: {c.row.original.schedule}
          </p>
        </div>
      ),
    }),
    column.accessor("since", { header: "Since", cell: (c) => <When at={c.getValue()} now={now} /> }),
    column.accessor("lastSuccessAt", { header: "Last success", cell: (c) => <When at={c.getValue()} now={now} testId="last-success" /> }),
    column.accessor("lastAttemptAt", { header: "Last attempt", cell: (c) => <When at={c.getValue()} now={now} /> }),
    column.accessor("membersCount", {
      header: "Members",
      cell: (c) => <span className="tabular-nums">{c.getValue().toLocaleString("en-US")}</span>,
    }),
    column.accessor("lastRun", {
      header: "Last run's changes",
      cell: (c) => {
        const run = c.getValue();
        if (!run) return <span className="text-slate-500">No run yet</span>;
        return (
          <span data-testid="last-run-changes">
            {run.status === "failed" && !run.counts ? "Nothing changed" : describeChanges(run.counts)}
            <span className="block text-xs text-slate-500">
              {run.status}
              {run.status === "previewed" || run.status === "held" ? ", not applied" : ""}
            </span>
          </span>
        );
      },
    }),
    column.display({ id: "wizard", header: "Setup", cell: (c) => c.row.original.wizard }),
  ];
  const sortedColumn = Object.entries(SORT_OF).find(([, v]) => v?.sort === query.sort)?.[0] ?? "state";
  const sorting: SortingState = [{ id: sortedColumn, desc: false }];
  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (r) => r.slug,
    manualSorting: true,
    manualFiltering: true,
    state: { sorting },
  });

  return (
    <div className="overflow-x-auto rounded-md bg-white shadow-sm">
      <table className="w-full border-collapse text-sm" data-testid="organizations-table">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="border-b text-left align-bottom text-slate-600">
              {group.headers.map((header) => {
                const sortable = SORT_OF[header.column.id];
                const active = sortable && header.column.id === sortedColumn;
                const label = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th key={header.id} scope="col" className="px-2 py-2 font-medium" aria-sort={active ? "ascending" : undefined}>
                    {sortable ? (
                      <Link
                        href={healthQueryHref({ ...query, sort: sortable.sort })}
                        className={`inline-flex items-center gap-1 hover:underline ${active ? "font-semibold text-slate-900" : ""}`}
                        title={`Sort: ${sortable.words}`}
                      >
                        {label}
                        <span aria-hidden>{active ? "▲" : "↕"}</span>
                        <span className="sr-only">{active ? `(sorted ${sortable.words})` : `(sort ${sortable.words})`}</span>
                      </Link>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          <DataTableRows
            table={table}
            cellClassName="px-2 py-2"
            rowProps={(row) => ({
              className: "border-b align-top last:border-0",
              "data-testid": `org-row-${row.original.slug}`,
              "data-state": row.original.state,
            })}
          />
        </tbody>
      </table>
    </div>
  );
}

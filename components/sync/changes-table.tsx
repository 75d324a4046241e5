"use client";

import { createColumnHelper, getCoreRowModel, useReactTable, type ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table";
import { rejectReasonWords, valueText } from "@/app/(app)/orgs/[slug]/sync/sync-view";
import type { SyncChange, SyncChangeAction } from "@/db/schema/sync";
import { FieldChanges } from "./field-changes";

const col = createColumnHelper<SyncChange>();

function Who({ change }: { change: SyncChange }) {
  return (
    <div>
      <div className="font-medium">{change.name || "(no name)"}</div>
      <div className="text-slate-600">{change.email ?? "(no email)"}</div>
      {change.workdayId && <div className="text-xs text-slate-500">Workday ID {change.workdayId}</div>}
    </div>
  );
}

/** What a new profile will hold: the fields that say who the person is at work. */
function NewProfile({ after }: { after: Record<string, unknown> | null }) {
  const parts = [
    ["Role", after?.managementLevel],
    ["Title", after?.jobTitle],
    ["Manager", after?.managerEmail],
    ["Groups", after?.groups],
  ].filter(([, v]) => v !== null && v !== undefined && v !== "" && !(Array.isArray(v) && v.length === 0));
  if (parts.length === 0) return <span className="text-slate-500">Profile with name and email only</span>;
  return (
    <ul className="space-y-0.5">
      {parts.map(([label, v]) => (
        <li key={String(label)}>
          <span className="font-medium">{String(label)}:</span> {valueText(v)}
        </li>
      ))}
    </ul>
  );
}

function Details({ change }: { change: SyncChange }) {
  switch (change.action) {
    case "create":
      return <NewProfile after={change.after} />;
    case "update":
    case "deactivate":
    case "reactivate":
      return <FieldChanges before={change.before} after={change.after} fields={change.fields} />;
    case "remove":
      return <span>No longer in the report: kept as removed, and 10KC support can restore the profile.</span>;
    case "reject":
      return (
        <div data-testid="reject-reason">
          <div className="font-medium text-red-900">{rejectReasonWords(change.reason)}</div>
          {change.message && <div className="text-slate-700">{change.message}</div>}
        </div>
      );
    case "group_create":
      return <span>New group</span>;
    case "group_remove":
      return <span>No report names this group any more; its memberships end.</span>;
  }
}

const whoColumn = col.display({ id: "who", header: "Member", cell: (c) => <Who change={c.row.original} /> });
const detailColumn = (header: string) => col.display({ id: "details", header, cell: (c) => <Details change={c.row.original} /> });

const groupColumn = col.display({ id: "group", header: "Group", cell: (c) => <span className="font-medium">{c.row.original.name}</span> });

const COLUMNS: Record<SyncChangeAction, ColumnDef<SyncChange>[]> = {
  create: [whoColumn, detailColumn("New profile")],
  update: [whoColumn, detailColumn("Before → after")],
  deactivate: [whoColumn, detailColumn("Before → after")],
  reactivate: [whoColumn, detailColumn("Before → after")],
  remove: [whoColumn, detailColumn("What happens")],
  reject: [
    col.display({ id: "row", header: "Report row", cell: (c) => c.row.original.rowNumber ?? "" }),
    { ...whoColumn, header: "Worker" },
    detailColumn("Why it was left out"),
  ],
  group_create: [groupColumn, detailColumn("What happens")],
  group_remove: [groupColumn, detailColumn("What happens")],
};

/**
 * One page of a plan's changes of one kind. Paging and search happen on the server; the table only
 * lays out the rows it is given.
 */
export function ChangesTable({ action, items, caption }: { action: SyncChangeAction; items: SyncChange[]; caption: string }) {
  const table = useReactTable({
    data: items,
    columns: COLUMNS[action],
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    getRowId: (row) => String(row.id),
  });
  return (
    <DataTable
      table={table}
      testId="changes-table"
      caption={caption}
      rowProps={(row) => ({ className: "align-top", "data-action": row.original.action })}
    />
  );
}

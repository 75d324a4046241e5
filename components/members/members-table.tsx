"use client";

import { createColumnHelper, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table";
import Link from "next/link";
import type { MemberState } from "@/db/queries/members";
import { changeWords } from "@/app/(app)/orgs/[slug]/members/members-view";
import { MemberStateBadge } from "./member-state-badge";

export interface MemberRowView {
  id: string;
  name: string;
  email: string;
  workdayId: string | null;
  role: string | null;
  jobTitle: string | null;
  state: MemberState;
  lastChangeAction: string | null;
  lastChangeAt: string | null;
  /** Link that opens this member's change history. */
  historyHref: string;
}

const col = createColumnHelper<MemberRowView>();

const COLUMNS = [
  col.display({
    id: "member",
    header: "Member",
    cell: ({ row: { original: m } }) => (
      <div>
        <Link href={m.historyHref} className="font-medium text-brand underline" scroll={false}>
          {m.name || m.email}
        </Link>
        <div className="text-slate-600">{m.email}</div>
      </div>
    ),
  }),
  col.display({ id: "workdayId", header: "Workday ID", cell: (c) => c.row.original.workdayId ?? "(none yet)" }),
  col.display({
    id: "role",
    header: "Role and title",
    cell: ({ row: { original: m } }) => (
      <div>
        <div>{m.role ?? ""}</div>
        <div className="text-slate-600">{m.jobTitle ?? ""}</div>
      </div>
    ),
  }),
  col.display({ id: "state", header: "State", cell: (c) => <MemberStateBadge state={c.row.original.state} /> }),
  col.display({
    id: "lastChange",
    header: "Last change",
    cell: ({ row: { original: m } }) => (
      <div>
        <div>{changeWords(m.lastChangeAction)}</div>
        {m.lastChangeAt && (
          <div className="text-xs text-slate-500">{new Date(m.lastChangeAt).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" })}</div>
        )}
      </div>
    ),
  }),
];

/** One server-side page of the directory; each name opens that member's change history. */
export function MembersTable({ members, selectedId }: { members: MemberRowView[]; selectedId: string | null }) {
  const table = useReactTable({ data: members, columns: COLUMNS, getCoreRowModel: getCoreRowModel(), manualPagination: true, getRowId: (m) => m.id });
  return (
    <DataTable
      table={table}
      testId="members-table"
      rowProps={(row) => ({
        className: `align-top ${row.id === selectedId ? "bg-blue-50" : ""}`,
        "data-member-email": row.original.email,
        "aria-current": row.id === selectedId ? "true" : undefined,
      })}
    />
  );
}

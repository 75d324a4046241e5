/** A small organization and report builder shared by the sync tests. */
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/db";
import { createOrganization } from "@/db/queries/organizations";
import type { MappingConfig } from "@/lib/mapping";
import type { RawRow } from "@/lib/workday";

export const MAPPING: MappingConfig = {
  columns: {
    workdayId: "Employee_ID",
    email: "Work_Email",
    firstName: "First_Name",
    lastName: "Last_Name",
    managementLevel: "Management_Level",
    jobTitle: "Business_Title",
    managerEmail: "Manager",
    status: "Worker_Status",
    groups: "group_name",
  },
  groupNameColumn: "group_name",
  roleMap: { Manager: "Manager", "Individual Contributor": "Individual Contributor", Mystery: null },
  statusMap: {},
};

export const ACTOR = { id: null, email: "support@10kc.test" };

/** A worker row; `n` picks a stable ID and email, overrides change or (with undefined) drop columns. */
export function worker(n: number, overrides: Record<string, string | string[] | undefined> = {}): RawRow {
  const row: Record<string, string | string[] | undefined> = {
    Employee_ID: `E${String(n).padStart(4, "0")}`,
    Work_Email: `worker${n}@example.com`,
    First_Name: `First${n}`,
    Last_Name: `Last${n}`,
    Management_Level: "Individual Contributor",
    Business_Title: "Analyst",
    Worker_Status: "Active",
    ...overrides,
  };
  for (const k of Object.keys(row)) if (row[k] === undefined) delete row[k];
  return row as RawRow;
}

export function workers(count: number, from = 1): RawRow[] {
  return Array.from({ length: count }, (_, i) => worker(from + i));
}

let orgCounter = 0;
export async function newOrg(db: Db) {
  orgCounter++;
  return createOrganization(db, { slug: `org-${process.pid}-${orgCounter}-${Date.now()}`, name: `Org ${orgCounter}` });
}

export interface MemberRow {
  id: string;
  workday_id: string | null;
  email: string;
  first_name: string | null;
  status: string;
  removed_at: unknown;
  manager_email: string | null;
  manager_id: string | null;
  groups: string[];
  job_title: string | null;
}

export async function membersOf(db: Db, orgId: string): Promise<MemberRow[]> {
  return rowsOf<MemberRow>(await db.execute(sql`select * from members where organization_id = ${orgId} order by email`));
}

export async function memberByEmail(db: Db, orgId: string, email: string): Promise<MemberRow | undefined> {
  return (await membersOf(db, orgId)).find((m) => m.email === email);
}

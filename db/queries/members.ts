import { and, asc, count, eq, ilike, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { members } from "../schema";

export type MemberState = "active" | "inactive" | "removed";

/** A member as the directory and the CLI show it: profile fields by their keys, plus state and last change. */
export const memberColumns = {
  id: members.id,
  workdayId: members.workdayId,
  email: members.email,
  firstName: members.firstName,
  lastName: members.lastName,
  managementLevel: members.managementLevel,
  jobTitle: members.jobTitle,
  businessUnit: members.businessUnit,
  jobFunction: members.jobFunction,
  peopleManager: members.peopleManager,
  managerEmail: members.managerEmail,
  managerId: members.managerId,
  location: members.location,
  locale: members.locale,
  status: members.status,
  groups: members.groups,
  state: sql<MemberState>`case when ${members.removedAt} is not null then 'removed' else ${members.status} end`,
  removedAt: members.removedAt,
  lastChangeAt: members.lastChangeAt,
  lastChangeAction: members.lastChangeAction,
  lastRunId: members.lastRunId,
};

function stateFilter(state: MemberState): SQL {
  if (state === "removed") return isNotNull(members.removedAt);
  return and(isNull(members.removedAt), eq(members.status, state))!;
}

function memberFilter(orgId: string, search?: string, state?: MemberState): SQL {
  const conditions = [eq(members.organizationId, orgId)];
  if (state) conditions.push(stateFilter(state));
  const q = search?.trim().toLowerCase();
  if (q) conditions.push(ilike(members.searchText, `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  return and(...conditions)!;
}

export const MEMBERS_MAX_PAGE_SIZE = 200;

/**
 * The organization's directory, by last name, searchable by email, name or Workday ID. page is 1-based;
 * pageSize is capped so a page stays fast at 100k members.
 */
export async function listMembers(
  db: DbOrTx,
  { orgId, search, state, page = 1, pageSize = 50 }: { orgId: string; search?: string; state?: MemberState; page?: number; pageSize?: number },
) {
  const size = Math.max(1, Math.min(pageSize, MEMBERS_MAX_PAGE_SIZE));
  const where = memberFilter(orgId, search, state);
  const [items, total] = await Promise.all([
    db
      .select(memberColumns)
      .from(members)
      .where(where)
      .orderBy(asc(members.lastName), asc(members.firstName), asc(members.id))
      .limit(size)
      .offset((Math.max(1, page) - 1) * size),
    countMembers(db, { orgId, search, state }),
  ]);
  return { items, total, page: Math.max(1, page), pageSize: size };
}

export async function countMembers(db: DbOrTx, { orgId, search, state }: { orgId: string; search?: string; state?: MemberState }) {
  const [{ n }] = await db.select({ n: count() }).from(members).where(memberFilter(orgId, search, state));
  return n;
}

/** Members by state, for summary tiles. */
export async function countMembersByState(db: DbOrTx, { orgId }: { orgId: string }): Promise<Record<MemberState, number>> {
  const rows = await db
    .select({ state: memberColumns.state, n: count() })
    .from(members)
    .where(eq(members.organizationId, orgId))
    .groupBy(memberColumns.state);
  const out: Record<MemberState, number> = { active: 0, inactive: 0, removed: 0 };
  for (const r of rows) out[r.state] = Number(r.n);
  return out;
}

export async function getMember(db: DbOrTx, { orgId, memberId }: { orgId: string; memberId: string }) {
  const [row] = await db
    .select(memberColumns)
    .from(members)
    .where(and(eq(members.organizationId, orgId), eq(members.id, memberId)))
    .limit(1);
  return row ?? null;
}

/** Every member with the profile field keys, state and groups: the CLI's `members` output. */
export async function getMembersForCli(db: DbOrTx, orgId: string) {
  const { id: _id, managerId: _m, removedAt: _r, lastChangeAt: _a, lastChangeAction: _b, lastRunId: _c, ...columns } = memberColumns;
  return db.select(columns).from(members).where(eq(members.organizationId, orgId)).orderBy(asc(members.email));
}

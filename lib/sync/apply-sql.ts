/**
 * The set-based statements of an apply: each reads the run's changes and writes all members of one
 * kind of change at once. They run inside applySync's transaction, in the order of APPLY_STEPS.
 */
import { sql } from "drizzle-orm";
import { rowsOf, type Tx } from "@/db";
import { analyzeForSync } from "./planner";
import { TEXT_COLUMNS } from "./profile-columns";

interface Scope {
  runId: string;
  orgId: string;
}

const raw = (text: string) => sql.raw(text);
const MEMBER_CHANGES = sql.raw(`('update', 'deactivate', 'reactivate')`);

/**
 * Emails are unique per organization and a plan may move one from a member to another: the members
 * whose email changes first take a placeholder, so the order of the updates cannot collide.
 */
export async function parkChangingEmails(tx: Tx, { runId }: Scope): Promise<void> {
  await tx.execute(sql`
    update members m set email = m.id::text || '@renaming.invalid'
    from sync_changes c
    where c.run_id = ${runId} and c.action in ${MEMBER_CHANGES} and c.member_id = m.id and 'email' = any(c.fields)`);
}

/**
 * Creates, each already linked to its manager when the manager exists or is created by this run (on a
 * first sync that saves rewriting every new row in linkManagers, which then only fixes the rest).
 */
export async function applyCreates(tx: Tx, { runId, orgId }: Scope): Promise<void> {
  const recordColumns = [...TEXT_COLUMNS.map(([k]) => `"${k}" text`), "groups text[]"].join(", ");
  const p = (k: string) => `p."${k}"`;
  const otherColumns = TEXT_COLUMNS.filter(([k]) => k !== "workdayId");
  // The preview has just written this run's changes: without fresh statistics the planner expects a
  // handful of creates and joins managers by nested loop, which took 118 s for 10k creates (the bench).
  await analyzeForSync(tx, "sync_changes");
  await tx.execute(sql`
    with managers as (
      select email, id from members where organization_id = ${orgId} and removed_at is null
      union all
      select after->>'email', member_id from sync_changes where run_id = ${runId} and action = 'create'
    )
    insert into members (id, organization_id, workday_id, workday_key, ${raw(otherColumns.map(([, c]) => c).join(", "))},
      groups, manager_id, search_text, last_change_at, last_change_action, last_run_id)
    select c.member_id, ${orgId}, ${raw(p("workdayId"))}, upper(${raw(p("workdayId"))}), ${raw(otherColumns.map(([k]) => p(k)).join(", "))},
      coalesce(p.groups, '{}'::text[]), mg.id, lower(concat_ws(' ', p.email, p."firstName", p."lastName", p."workdayId")), now(), 'create', ${runId}
    from sync_changes c
    cross join lateral jsonb_to_record(c.after) as p(${raw(recordColumns)})
    left join managers mg on mg.email = p."managerEmail" and mg.id <> c.member_id
    where c.run_id = ${runId} and c.action = 'create'`);
}

/** Updates, deactivations and reactivations: only the changed fields are written; a returning member is no longer removed. */
export async function applyMemberChanges(tx: Tx, { runId }: Scope): Promise<void> {
  const expr = new Map<string, string>();
  for (const [key, column] of TEXT_COLUMNS) {
    expr.set(column, `case when '${key}' = any(c.fields) then c.after->>'${key}' else m.${column} end`);
  }
  const sets = [...expr].map(([column, e]) => `${column} = ${e}`);
  sets.push(`workday_key = upper(${expr.get("workday_id")})`);
  sets.push(`groups = case when 'groups' = any(c.fields) then array(select jsonb_array_elements_text(c.after->'groups')) else m.groups end`);
  sets.push(
    `search_text = lower(concat_ws(' ', ${expr.get("email")}, ${expr.get("first_name")}, ${expr.get("last_name")}, ${expr.get("workday_id")}))`,
  );
  await tx.execute(sql`
    update members m set ${raw(sets.join(",\n      "))},
      removed_at = null, updated_at = now(), last_change_at = now(), last_change_action = c.action, last_run_id = ${runId}
    from sync_changes c
    where c.run_id = ${runId} and c.action in ${MEMBER_CHANGES} and m.id = c.member_id`);
}

export async function applyRemovals(tx: Tx, { runId }: Scope): Promise<void> {
  await tx.execute(sql`
    update members m set removed_at = now(), updated_at = now(), last_change_at = now(), last_change_action = 'remove', last_run_id = ${runId}
    from sync_changes c
    where c.run_id = ${runId} and c.action = 'remove' and m.id = c.member_id and m.removed_at is null`);
}

export async function applyGroups(tx: Tx, { runId, orgId }: Scope): Promise<void> {
  await tx.execute(sql`
    insert into member_groups (organization_id, name)
    select ${orgId}, name from sync_changes where run_id = ${runId} and action = 'group_create'
    on conflict (organization_id, name) do nothing`);
  await tx.execute(sql`
    delete from member_groups g using sync_changes c
    where c.run_id = ${runId} and c.action = 'group_remove' and g.organization_id = ${orgId} and g.name = c.name`);
}

/**
 * Links every member to the member its manager email names, across the whole organization and after
 * all creates, so a manager listed later in the report (or created by this very run) is found.
 * Skipped when the plan changes nothing a link depends on (no member created, removed or returning,
 * no email or manager email changed): a re-sync with nothing to link then costs nothing here
 * (the bench's 100k no-change apply spent most of its 1.1 s on this step).
 */
export async function linkManagers(tx: Tx, { runId, orgId }: Scope): Promise<void> {
  const affected = rowsOf(
    await tx.execute(sql`
      select 1 from sync_changes
      where run_id = ${runId}
        and (action in ('create', 'remove', 'reactivate') or (action in ${MEMBER_CHANGES} and fields && array['email', 'managerEmail']))
      limit 1`),
  );
  if (affected.length === 0) return;
  // A first sync grows members from nothing: refresh the statistics so this join (and the next preview) hashes.
  await analyzeForSync(tx, "members");
  await tx.execute(sql`
    update members m set manager_id = x.manager_id
    from (
      select e.id, mg.id as manager_id
      from members e
      left join members mg on mg.organization_id = ${orgId} and mg.email = e.manager_email and mg.removed_at is null and mg.id <> e.id
      where e.organization_id = ${orgId}
    ) x
    where m.id = x.id and m.manager_id is distinct from x.manager_id`);
}

export const APPLY_STEPS = [
  ["parkChangingEmails", parkChangingEmails],
  ["applyCreates", applyCreates],
  ["applyMemberChanges", applyMemberChanges],
  ["applyRemovals", applyRemovals],
  ["applyGroups", applyGroups],
  ["linkManagers", linkManagers],
] as const;

export type ApplyStep = (typeof APPLY_STEPS)[number][0];

/**
 * The plan, computed by Postgres from the staged report and the organization's members with a few
 * set-based statements (hash joins, no per-row round trips). Each statement writes its kind of
 * change into sync_changes; nothing here touches members.
 */
import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type DbOrTx } from "@/db";
import { MANAGER_ID_MARKER } from "./deferred-manager-index";
import { PROFILE_COLUMNS, profileJson, searchTextSql } from "./profile-columns";

interface Scope {
  runId: string;
  orgId: string;
}

/** Member columns as a profile; a removed member's status reads "removed", so a return shows as a change. */
const memberStatus = (m: string) => `case when ${m}.removed_at is not null then 'removed' else ${m}.status end`;
const memberProfileJson = (m: string) =>
  profileJson((key, col) => (key === "status" ? memberStatus(m) : key === "groups" ? `to_jsonb(${m}.groups)` : `${m}.${col}`));

/** A row's manager as given: the marker of a manager given by ID shows as that ID. */
const stagedManager = (s: string) =>
  `case when ${s}.manager_email like '${MANAGER_ID_MARKER}%' then substr(${s}.manager_email, ${MANAGER_ID_MARKER.length + 1}) else ${s}.manager_email end`;

const raw = (text: string) => sql.raw(text);

async function count(db: DbOrTx, query: SQL): Promise<number> {
  return rowsOf(await db.execute(query)).length;
}

/**
 * A Workday ID on several rows: which row is right cannot be known, so none is applied (and the
 * member keeps its data). Rows already rejected keep their first reason.
 */
export async function rejectDuplicateIds(db: DbOrTx, { runId }: Scope): Promise<void> {
  await db.execute(sql`
    update sync_staged_rows s
    set reject_reason = 'duplicate_workday_id',
        reject_message = 'Workday ID ' || s.workday_id || ' appears on ' || d.n || ' rows of the report; none of them was applied.'
    from (select workday_key, count(*) as n from sync_staged_rows
          where run_id = ${runId} and workday_key is not null group by workday_key having count(*) > 1) d
    where s.run_id = ${runId} and s.workday_key = d.workday_key and s.reject_reason is null`);
  await db.execute(sql`
    update sync_staged_rows s
    set reject_reason = 'duplicate_email',
        reject_message = 'The email ' || s.email || ' appears on ' || d.n || ' rows of the report with different Workday IDs; none of them was applied.'
    from (select email, count(*) as n from sync_staged_rows
          where run_id = ${runId} and reject_reason is null and email is not null group by email having count(*) > 1) d
    where s.run_id = ${runId} and s.email = d.email and s.reject_reason is null`);
}

/**
 * A row whose email another member keeps after this sync is rejected (emails are unique). Another
 * member does not keep it when a valid row of its own moves it to a new email, or when it is the
 * member without Workday ID this row adopts. Rejecting a row can make another conflict (the member
 * it would have moved keeps its email), so this repeats until nothing changes.
 */
export async function rejectEmailsInUse(db: DbOrTx, { runId, orgId }: Scope): Promise<void> {
  for (let round = 0; round < 10; round++) {
    const rejected = await count(
      db,
      sql`
      update sync_staged_rows s
      set reject_reason = 'email_in_use',
          reject_message = 'The email ' || s.email || ' belongs to another member (' || coalesce('Workday ID ' || o.workday_id, 'no Workday ID') ||
            '); this row was not applied. Correct the email in Workday, or ask support to resolve the two profiles.'
      from members o
      where s.run_id = ${runId} and s.reject_reason is null and o.organization_id = ${orgId} and o.email = s.email
        and o.workday_key is distinct from s.workday_key
        and not (o.workday_key is null and not exists (
          select 1 from members k where k.organization_id = ${orgId} and k.workday_key = s.workday_key))
        and not exists (
          select 1 from sync_staged_rows s2
          where s2.run_id = ${runId} and s2.reject_reason is null and s2.workday_key = o.workday_key and s2.email <> o.email)
      returning 1`,
    );
    if (rejected === 0) return;
  }
}

const STAGED_TEXT_COLUMNS = PROFILE_COLUMNS.filter(([k]) => k !== "groups" && k !== "managerEmail").map(([, c]) => c);

/** Creates, updates, deactivations and reactivations, each with the changed fields before and after. */
export async function planMemberChanges(db: DbOrTx, { runId, orgId }: Scope): Promise<void> {
  const rowCols = STAGED_TEXT_COLUMNS.map((c) => `s.${c}`).join(", ");
  const groupsAfter = "coalesce(r.groups, mem.groups, '{}'::text[])";
  const compared = PROFILE_COLUMNS.map(([k, c]) =>
    k === "groups" ? [groupsAfter, "mem.groups"] : k === "status" ? ["r.status", memberStatus("mem")] : [`r.${c}`, `mem.${c}`],
  );
  const afterJson = profileJson((key, col) => (key === "groups" ? `to_jsonb(${groupsAfter})` : `r.${col}`));
  await db.execute(sql`
    with matched as (
      select s.row_number, ${raw(rowCols)}, s.manager_email as manager_ref, s.groups, coalesce(mk.id, me.id) as mid
      from sync_staged_rows s
      left join members mk on mk.organization_id = ${orgId} and mk.workday_key = s.workday_key
      left join members me on mk.id is null and me.organization_id = ${orgId} and me.workday_key is null and me.email = s.email
      where s.run_id = ${runId} and s.reject_reason is null
    ),
    refs as (
      -- Only the workers some row names as its manager by ID: most reports give managers by email,
      -- and grouping every staged row for nothing cost half a second at 100k rows.
      select workday_key, min(email) as email from sync_staged_rows
      where run_id = ${runId} and workday_key is not null and email is not null
        and workday_key in (
          select upper(substr(manager_email, ${MANAGER_ID_MARKER.length + 1})) from sync_staged_rows
          where run_id = ${runId} and manager_email like ${MANAGER_ID_MARKER + "%"})
      group by workday_key
    ),
    resolved as (
      select m.*, case when m.manager_ref like ${MANAGER_ID_MARKER + "%"} then f.email else m.manager_ref end as manager_email
      from matched m
      left join refs f on m.manager_ref like ${MANAGER_ID_MARKER + "%"} and f.workday_key = upper(substr(m.manager_ref, ${MANAGER_ID_MARKER.length + 1}))
    ),
    pairs as (
      select r.*, mem.id as member_id, coalesce(mem.groups, '{}'::text[]) as groups_before, ${raw(groupsAfter)} as groups_after,
        ${raw(memberStatus("mem"))} as status_before,
        ${raw(afterJson)} as after_all,
        case when mem.id is null then null else ${raw(memberProfileJson("mem"))} end as before_all
      from resolved r
      left join members mem on mem.id = r.mid
      where (mem.id is null and r.status = 'active')
         or (mem.id is not null and (${raw(compared.map((p) => p[0]).join(", "))}) is distinct from (${raw(compared.map((p) => p[1]).join(", "))}))
    )
    insert into sync_changes (run_id, organization_id, action, member_id, workday_id, email, name, before, after, fields,
      row_number, memberships_added, memberships_removed, search_text)
    select ${runId}, ${orgId},
      case when p.member_id is null then 'create'
           when p.status_before in ('removed', 'inactive') and p.status = 'active' then 'reactivate'
           when p.status_before = 'active' and p.status = 'inactive' then 'deactivate'
           else 'update' end,
      coalesce(p.member_id, gen_random_uuid()), p.workday_id, p.email, concat_ws(' ', p.first_name, p.last_name),
      d.before, case when p.member_id is null then p.after_all else d.after end, d.fields, p.row_number,
      -- A new member's groups are all added (staged groups are distinct): no set difference per row.
      case when p.member_id is null then coalesce(cardinality(p.groups_after), 0)
           else cardinality(array(select unnest(p.groups_after) except select unnest(p.groups_before))) end,
      case when p.member_id is null then 0
           else cardinality(array(select unnest(p.groups_before) except select unnest(p.groups_after))) end,
      ${raw(searchTextSql("p."))}
    from pairs p
    left join lateral (
      select array_agg(a.key order by a.key) as fields, jsonb_object_agg(a.key, b.value) as before, jsonb_object_agg(a.key, a.value) as after
      from jsonb_each(p.after_all) a join jsonb_each(p.before_all) b on b.key = a.key
      where a.value is distinct from b.value
    ) d on true`);
}

/** Rejected rows, with the member they would have changed (left as it is). */
export async function planRejections(db: DbOrTx, { runId, orgId }: Scope): Promise<void> {
  const rowJson = profileJson((key, col) =>
    key === "groups" ? "to_jsonb(coalesce(s.groups, '{}'::text[]))" : key === "managerEmail" ? stagedManager("s") : `s.${col}`,
  );
  await db.execute(sql`
    insert into sync_changes (run_id, organization_id, action, member_id, workday_id, email, name, after, reason, message, row_number, search_text)
    select ${runId}, ${orgId}, 'reject', mk.id, s.workday_id, s.email, concat_ws(' ', s.first_name, s.last_name), ${raw(rowJson)},
      s.reject_reason, s.reject_message, s.row_number, ${raw(searchTextSql("s."))}
    from sync_staged_rows s
    left join members mk on mk.organization_id = ${orgId} and mk.workday_key = s.workday_key
    where s.run_id = ${runId} and s.reject_reason is not null`);
}

/**
 * Members no row of the report names, by Workday ID or by email (a rejected row counts: a bad row
 * must not turn its member into a leaver). They are kept as removed, never deleted.
 */
export async function planRemovals(db: DbOrTx, { runId, orgId }: Scope): Promise<void> {
  await db.execute(sql`
    insert into sync_changes (run_id, organization_id, action, member_id, workday_id, email, name, before, after, fields, search_text)
    select ${runId}, ${orgId}, 'remove', m.id, m.workday_id, m.email, concat_ws(' ', m.first_name, m.last_name),
      ${raw(memberProfileJson("m"))}, jsonb_build_object('status', 'removed'), array['status'], m.search_text
    from members m
    where m.organization_id = ${orgId} and m.removed_at is null
      and not exists (select 1 from sync_staged_rows s where s.run_id = ${runId} and s.workday_key = m.workday_key)
      and not exists (select 1 from sync_staged_rows s where s.run_id = ${runId} and s.email = m.email)`);
}

/**
 * Groups named by the group report or by any applied row that do not exist yet, and existing ones
 * neither names any more. Skipped entirely when the organization sends no group information.
 */
export async function planGroups(db: DbOrTx, { runId, orgId }: Scope, reportGroups: string[]): Promise<void> {
  const desired = sql`
    select distinct g as name from (
      select unnest(groups) as g from sync_staged_rows where run_id = ${runId} and reject_reason is null and groups is not null
      union all select json_array_elements_text(${JSON.stringify(reportGroups)}::json)
    ) x where g is not null and g <> ''`;
  await db.execute(sql`
    insert into sync_changes (run_id, organization_id, action, name, search_text)
    select ${runId}, ${orgId}, 'group_create', d.name, lower(d.name) from (${desired}) d
    where not exists (select 1 from member_groups g where g.organization_id = ${orgId} and g.name = d.name)`);
  await db.execute(sql`
    insert into sync_changes (run_id, organization_id, action, name, search_text)
    select ${runId}, ${orgId}, 'group_remove', g.name, lower(g.name) from member_groups g
    where g.organization_id = ${orgId} and g.name not in (select name from (${desired}) d)`);
}

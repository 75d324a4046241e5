/**
 * Profile field key → SQL column, shared by the staging insert, the plan's diff and the apply, so a
 * field is added in one place. Keys are the ones used everywhere (CLI, pages, change records).
 */
import type { UserFieldKey } from "@/lib/mapping";

export const PROFILE_COLUMNS: ReadonlyArray<readonly [UserFieldKey, string]> = [
  ["workdayId", "workday_id"],
  ["email", "email"],
  ["firstName", "first_name"],
  ["lastName", "last_name"],
  ["managementLevel", "management_level"],
  ["jobTitle", "job_title"],
  ["businessUnit", "business_unit"],
  ["jobFunction", "job_function"],
  ["peopleManager", "people_manager"],
  ["managerEmail", "manager_email"],
  ["location", "location"],
  ["locale", "locale"],
  ["status", "status"],
  ["groups", "groups"],
];

/** Text fields (all but groups). */
export const TEXT_COLUMNS = PROFILE_COLUMNS.filter(([key]) => key !== "groups");

/** `jsonb_build_object('workdayId', p.workday_id, ...)` over the given column expressions. */
export function profileJson(expr: (key: UserFieldKey, column: string) => string): string {
  return `jsonb_build_object(${PROFILE_COLUMNS.map(([k, c]) => `'${k}', ${expr(k, c)}`).join(", ")})`;
}

/** Lower-cased search text from email, names and Workday ID column expressions. */
export function searchTextSql(p: string): string {
  return `lower(concat_ws(' ', ${p}email, ${p}first_name, ${p}last_name, ${p}workday_id))`;
}

/** The mapping offered before the admin touches anything: suggested columns and suggested Role values. */
import { USER_FIELD_KEYS } from "./fields";
import type { MappingConfig } from "./types";
import { suggestGroupMapping, suggestMapping } from "./suggest";
import { suggestRoleMap, type LevelCount } from "./clean-role";

/**
 * Columns from suggestMapping; the role map covers the given management-level values (plain strings or
 * the counts from summarizeFields), unrecognised ones left null for the admin to assign. The status map
 * starts empty: the built-in Workday wording applies until the admin overrides a value.
 */
export function defaultMappingConfig(
  columns: string[],
  managementLevels: Iterable<string | LevelCount> = [],
  groupReportColumns?: string[],
): MappingConfig {
  const suggested = suggestMapping(columns);
  const mapped: MappingConfig["columns"] = {};
  for (const key of USER_FIELD_KEYS) mapped[key] = suggested[key].column;
  const values: string[] = [];
  for (const l of managementLevels) values.push(typeof l === "string" ? l : l.value);
  return {
    columns: mapped,
    groupNameColumn: groupReportColumns ? suggestGroupMapping(groupReportColumns).groupName.column : null,
    roleMap: suggestRoleMap(values),
    statusMap: {},
  };
}

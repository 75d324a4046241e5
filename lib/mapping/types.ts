/** Shapes shared by the mapping form, the preview and the sync engine. */
import type { Locale, MemberStatus, RoleSegment, UserFieldKey } from "./fields";

/** What the admin confirmed: which column feeds each field, and how odd values translate. */
export interface MappingConfig {
  /** Field → report column; null or absent means the report has no column for it. */
  columns: Partial<Record<UserFieldKey, string | null>>;
  /** Column of the group report holding the group name. */
  groupNameColumn?: string | null;
  /** Management-level value as Workday sends it → Role segment; null means the admin left it unassigned. */
  roleMap: Record<string, RoleSegment | null>;
  /** Status wording as Workday sends it → active/inactive; overrides the built-in table. */
  statusMap: Record<string, MemberStatus>;
}

/** One member as the platform will store it. Empty values are null, never "". */
export interface CleanProfile {
  workdayId: string | null;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  managementLevel: RoleSegment | null;
  jobTitle: string | null;
  businessUnit: string | null;
  jobFunction: string | null;
  peopleManager: "yes" | "no" | null;
  managerEmail: string | null;
  location: string | null;
  locale: Locale | null;
  status: MemberStatus;
  groups: string[];
}

/**
 * missing: no value (or no column) for a field that needs one; invalid: a value we could not use;
 * unresolved: a manager reference not found in the report.
 */
export type CellProblemCode = "missing" | "invalid" | "unresolved";

/** error: the row cannot become a member as is (identity or required field); warning: it can, minus that value. */
export interface CellProblem {
  field: UserFieldKey;
  severity: "error" | "warning";
  code: CellProblemCode;
  message: string;
}

export interface CleanResult {
  profile: CleanProfile;
  problems: CellProblem[];
}

/**
 * Suggests which report column feeds each profile field. Workday generates column aliases such as
 * `Legal_Name_-_First_Name`; admins often override them (`primaryWorkEmail`). We first look for a
 * known alias (compared case- and separator-insensitively), then fall back to a fuzzy score so a
 * slightly different name still gets a suggestion the admin can confirm.
 */
import { USER_FIELD_KEYS, type UserFieldKey } from "./fields";

export type SuggestHow = "alias" | "similar" | "none";
export interface ColumnSuggestion {
  column: string | null;
  /** 0..1; an exact alias is 1, a fuzzy match is always below 1. */
  confidence: number;
  how: SuggestHow;
}
export type FieldSuggestions = Record<UserFieldKey, ColumnSuggestion>;
export interface GroupSuggestions {
  groupName: ColumnSuggestion;
}

/** Known column names per field, best first: earlier aliases win a tie (legal name before preferred name). */
export const FIELD_ALIASES: Record<UserFieldKey, readonly string[]> = {
  workdayId: ["employee_id", "Employee_ID", "Worker_ID", "Employee_Number", "workdayId", "Workday_ID", "WID", "Worker_Number", "Person_ID", "ID"],
  email: ["primary_work_email", "primaryWorkEmail", "Email_-_Primary_Work", "Work_Email", "Email", "Email_Address", "Primary_Email", "Business_Email"],
  firstName: ["First_Name", "Legal_Name_-_First_Name", "Preferred_Name_-_First_Name", "firstName", "first_name", "Given_Name", "Preferred_First_Name", "Legal_First_Name"],
  lastName: ["Last_Name", "Legal_Name_-_Last_Name", "Preferred_Name_-_Last_Name", "lastName", "last_name", "Surname", "Family_Name", "Preferred_Last_Name", "Legal_Last_Name"],
  managementLevel: ["Management_Level", "managementLevel", "Mgmt_Level", "Management_Level_Name", "Job_Level", "Level", "Grade", "Career_Level"],
  jobTitle: ["Business_Title", "Job_Title", "Job_Profile", "Title", "Position_Title", "Position"],
  businessUnit: ["Supervisory_Organization", "Business_Unit", "Department", "Cost_Center", "Division", "Organization", "Company"],
  jobFunction: ["Job_Family", "Job_Function", "Job_Category", "Job_Family_Group", "Function"],
  peopleManager: ["Is_Manager", "WorkerIsManager", "People_Manager", "Is_People_Manager", "People_Manager_Status", "Manager_Flag", "Has_Direct_Reports"],
  managerEmail: ["manager_email", "Manager_Email", "Worker_s_Manager", "Manager", "Manager_ID", "Manager_Employee_ID", "Manager_Work_Email", "Supervisor_Email", "Supervisor", "Manager_Name"],
  location: ["Location", "Work_Location", "City", "Office", "Country", "Primary_Work_Location", "Work_City", "Work_Country", "Site"],
  locale: ["Locale", "Preferred_Locale", "Language", "Preferred_Language", "User_Language", "Display_Language"],
  status: ["Worker_Status", "Status", "Employment_Status", "Active_Status", "Worker_Active_Status", "Employee_Status"],
  groups: ["group_name", "Groups", "Group_Name", "Group", "Group_Names", "Teams"],
};

export const GROUP_ALIASES: readonly string[] = ["group_name", "Groups", "Group_Name", "Group", "Group_Names", "Name", "Team", "Teams"];

/** Fields allowed to take a column mentioning a manager; elsewhere such a column is about somebody else. */
const MANAGER_FIELDS = new Set<UserFieldKey>(["managerEmail", "peopleManager", "managementLevel"]);
const MANAGER_TOKENS = new Set(["manager", "managers", "supervisor", "mgr"]);

/** Below this the fuzzy score is noise; the admin picks the column by hand. */
export const SIMILARITY_THRESHOLD = 0.6;
/** Keeps a fuzzy match visibly below an exact alias. */
const SIMILAR_CAP = 0.95;

/** `Legal_Name_-_First_Name` and `legalNameFirstName` both become "legalnamefirstname". */
export function normalizeColumnName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "");
}

/** Words of a column name, splitting camelCase as well as separators. */
export function columnTokens(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const b = s.slice(i, i + 2);
    out.set(b, (out.get(b) ?? 0) + 1);
  }
  return out;
}

function bigramDice(a: Map<string, number>, aLen: number, b: Map<string, number>, bLen: number): number {
  if (aLen === 0 || bLen === 0) return 0;
  let common = 0;
  for (const [k, n] of a) {
    const m = b.get(k);
    if (m) common += Math.min(n, m);
  }
  return (2 * common) / (aLen + bLen);
}

function tokenDice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const t of a) if (b.has(t)) common++;
  return (2 * common) / (a.size + b.size);
}

interface Prepared {
  norm: string;
  grams: Map<string, number>;
  gramCount: number;
  tokens: Set<string>;
}

function prepare(name: string): Prepared {
  const norm = normalizeColumnName(name);
  return { norm, grams: bigrams(norm), gramCount: Math.max(0, norm.length - 1), tokens: new Set(columnTokens(name)) };
}

/** Fuzzy similarity of two names: the better of character-bigram and word Dice. */
export function nameSimilarity(a: string, b: string): number {
  return similarity(prepare(a), prepare(b));
}

function similarity(a: Prepared, b: Prepared): number {
  if (a.norm === b.norm) return 1;
  return Math.max(bigramDice(a.grams, a.gramCount, b.grams, b.gramCount), tokenDice(a.tokens, b.tokens));
}

interface Candidate {
  target: number;
  column: number;
  confidence: number;
  how: "alias" | "similar";
  /** Alias position for exact matches; breaks ties between several exact columns. */
  rank: number;
}

/**
 * Scores every (target, column) pair and assigns greedily by best confidence so a column never feeds two
 * fields. Targets earlier in the list win a full tie.
 */
function assign(
  columns: string[],
  targets: ReadonlyArray<{ aliases: readonly string[]; allowManagerColumns: boolean }>,
): ColumnSuggestion[] {
  const preparedCols = columns.map(prepare);
  const candidates: Candidate[] = [];
  targets.forEach((target, ti) => {
    const aliases = target.aliases.map(prepare);
    preparedCols.forEach((col, ci) => {
      if (col.norm.length === 0) return;
      const exact = aliases.findIndex((a) => a.norm === col.norm);
      if (exact >= 0) {
        candidates.push({ target: ti, column: ci, confidence: 1, how: "alias", rank: exact });
        return;
      }
      if (!target.allowManagerColumns) {
        for (const t of col.tokens) if (MANAGER_TOKENS.has(t)) return;
      }
      let best = 0;
      for (const a of aliases) best = Math.max(best, similarity(col, a));
      const confidence = Math.round(best * SIMILAR_CAP * 100) / 100;
      if (confidence >= SIMILARITY_THRESHOLD) {
        candidates.push({ target: ti, column: ci, confidence, how: "similar", rank: Number.MAX_SAFE_INTEGER });
      }
    });
  });
  candidates.sort((x, y) => y.confidence - x.confidence || x.rank - y.rank || x.target - y.target || x.column - y.column);

  const result: ColumnSuggestion[] = targets.map(() => ({ column: null, confidence: 0, how: "none" }));
  const doneTargets = new Set<number>();
  const usedColumns = new Set<number>();
  for (const c of candidates) {
    if (doneTargets.has(c.target) || usedColumns.has(c.column)) continue;
    doneTargets.add(c.target);
    usedColumns.add(c.column);
    result[c.target] = { column: columns[c.column], confidence: c.confidence, how: c.how };
  }
  return result;
}

/** Best column for each profile field in a user report; null when nothing is close enough. */
export function suggestMapping(columns: string[]): FieldSuggestions {
  const targets = USER_FIELD_KEYS.map((key) => ({ aliases: FIELD_ALIASES[key], allowManagerColumns: MANAGER_FIELDS.has(key) }));
  const assigned = assign(uniqueColumns(columns), targets);
  const out = {} as FieldSuggestions;
  USER_FIELD_KEYS.forEach((key, i) => (out[key] = assigned[i]));
  return out;
}

/** The group-name column of a group report. */
export function suggestGroupMapping(columns: string[]): GroupSuggestions {
  const [groupName] = assign(uniqueColumns(columns), [{ aliases: GROUP_ALIASES, allowManagerColumns: false }]);
  return { groupName };
}

function uniqueColumns(columns: string[]): string[] {
  return [...new Set(columns)];
}

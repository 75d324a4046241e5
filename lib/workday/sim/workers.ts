/**
 * Deterministic fake workforce for the stand-in. Workers form a tree (worker 0 is the CEO, each
 * manager has up to six reports) and every attribute is derived from (seed, index), so rows are
 * produced one at a time with no state: a million-row report costs no memory to generate.
 */
import { draw, pick } from "./random";
import {
  AFFINITY_GROUPS, ALL_GROUPS, DIRECTOR_LEVELS, EMAIL_DOMAIN, FIRST_NAMES, IC_LEVELS, JOB_FAMILIES, LAST_NAMES,
  LOCATIONS, MANAGER_LEVELS, TOP_LEVELS, VP_LEVELS,
} from "./vocabulary";

export type SimRow = Record<string, string | null>;

export interface ReportConfig {
  workers: number;
  seed: number;
  /** 0..100: share of workers left out (deterministic), as a partial report would. */
  dropPercent: number;
  dropColumns: readonly string[];
  /** Per employee_id: values to replace; null is sent as JSON null. */
  overrides: Record<string, Record<string, string | null>>;
  /** Opt-in columns beyond USER_COLUMNS, so existing tests keep their exact report shape. */
  extraColumns?: readonly ExtraUserColumn[];
}

/** Every column the user report can carry, in report order (CSV header, XML element order). */
export const USER_COLUMNS = [
  "employee_id", "primary_work_email", "Legal_Name_-_First_Name", "Legal_Name_-_Last_Name", "Management_Level",
  "Business_Title", "Supervisory_Organization", "Job_Family", "Is_People_Manager", "Manager_Email", "Worker_s_Manager",
  "Location", "Locale", "Worker_Status", "group_name",
] as const;

/**
 * Columns a tenant can add on request. Job_Level is a second level-like column with grade codes
 * ("M3", "P2") beside a few plain words, as tenants that grade jobs send it.
 */
export const EXTRA_USER_COLUMNS = ["Job_Level"] as const;
export type ExtraUserColumn = (typeof EXTRA_USER_COLUMNS)[number];

const FAN_OUT = 6;
const PAIRS = FIRST_NAMES.length * LAST_NAMES.length;
// Coprime with PAIRS, so the first PAIRS workers all get distinct name pairs (and emails).
const PAIR_STRIDE = 977;

enum Salt { Drop = 1, Level, Family, Title, Location, LocaleGone, Status, Groups, GroupCount, ManagerForm, EmailCase, EmailSpace, Nulls, Absent }

const parent = (i: number) => Math.floor((i - 1) / FAN_OUT);

function depth(i: number): number {
  let d = 0;
  while (i > 0) {
    i = parent(i);
    d++;
  }
  return d;
}

export function employeeId(i: number): string {
  return `E${String(i + 1).padStart(6, "0")}`;
}

function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ł/g, "l").replace(/Ł/g, "L").replace(/ø/g, "o").replace(/Ø/g, "O")
    .replace(/[^A-Za-z0-9-]/g, "")
    .toLowerCase();
}

const FOLDED_FIRST = FIRST_NAMES.map(fold);
const FOLDED_LAST = LAST_NAMES.map(fold);

export function workerName(i: number): { first: string; last: string; email: string } {
  const p = (i * PAIR_STRIDE) % PAIRS;
  const f = p % FIRST_NAMES.length;
  const l = Math.floor(p / FIRST_NAMES.length);
  const first = FIRST_NAMES[f];
  const last = LAST_NAMES[l];
  const round = Math.floor(i / PAIRS);
  const email = `${FOLDED_FIRST[f]}.${FOLDED_LAST[l]}${round ? round + 1 : ""}@${EMAIL_DOMAIN}`;
  return { first, last, email };
}

export function isDropped(cfg: ReportConfig, i: number): boolean {
  return i !== 0 && cfg.dropPercent > 0 && draw(cfg.seed, i, Salt.Drop) * 100 < cfg.dropPercent;
}

/** Nearest ancestor still in the report, so a manager reference always names a listed worker. */
export function managerOf(cfg: ReportConfig, i: number): number | null {
  if (i === 0) return null;
  let m = parent(i);
  while (m > 0 && isDropped(cfg, m)) m = parent(m);
  return m;
}

function level(cfg: ReportConfig, i: number, manager: boolean): string {
  if (i === 0) return "Chief Executive Officer";
  if (!manager) return pick(IC_LEVELS, cfg.seed, i, Salt.Level);
  const d = depth(i);
  const list = d === 1 ? TOP_LEVELS : d === 2 ? VP_LEVELS : d === 3 ? DIRECTOR_LEVELS : MANAGER_LEVELS;
  return pick(list, cfg.seed, i, Salt.Level);
}

const IC_GRADES: Record<string, string> = { "Individual Contributor": "P2", Professional: "P3" };

/** Managers are graded by depth (M4 at the top, M1 deep down); some IC levels become P-codes. */
function jobLevel(i: number, manager: boolean, lvl: string): string {
  if (i === 0) return "Executive";
  if (manager) return `M${Math.max(1, 5 - depth(i))}`;
  return IC_GRADES[lvl] ?? lvl;
}

export function userRow(cfg: ReportConfig, i: number): SimRow {
  const { seed } = cfg;
  const r = (salt: Salt) => draw(seed, i, salt);
  const name = workerName(i);
  const isManager = FAN_OUT * i + 1 < cfg.workers;
  const fam = pick(JOB_FAMILIES, seed, i, Salt.Family);
  const place = pick(LOCATIONS, seed, i, Salt.Location);
  const lvl = level(cfg, i, isManager);

  let email = name.email;
  const caseDraw = r(Salt.EmailCase);
  if (caseDraw < 0.15) email = email.replace(/^[a-z]|\.[a-z]/g, (m) => m.toUpperCase());
  if (r(Salt.EmailSpace) < 0.02) email = ` ${email} `;

  const title = i === 0 ? "Chief Executive Officer" : isManager ? `${lvl}, ${fam.family}` : pick(fam.titles, seed, i, Salt.Title);
  const row: SimRow = {
    employee_id: employeeId(i),
    primary_work_email: email,
    "Legal_Name_-_First_Name": name.first,
    "Legal_Name_-_Last_Name": name.last,
    Management_Level: lvl,
    Business_Title: title,
    Supervisory_Organization: i === 0 ? "Office of the CEO" : fam.org,
    Job_Family: fam.family,
    Is_People_Manager: isManager ? "1" : "0",
  };

  const m = managerOf(cfg, i);
  if (m !== null) {
    const mn = workerName(m);
    // Tenants differ in how they expose the manager; the stand-in mixes both forms.
    if (r(Salt.ManagerForm) < 0.7) row.Manager_Email = mn.email;
    else row.Worker_s_Manager = `${mn.first} ${mn.last} (${employeeId(m)})`;
  }

  const absent = r(Salt.Absent);
  if (absent > 0.03) row.Location = place.location;
  if (r(Salt.LocaleGone) > 0.15) row.Locale = place.locale;

  const st = r(Salt.Status);
  row.Worker_Status = i === 0 || st < 0.92 ? "Active" : st < 0.97 ? "Leave of Absence" : "Terminated";

  if (r(Salt.Groups) > 0.2) {
    const groups: string[] = [place.office];
    const extra = Math.floor(r(Salt.GroupCount) * 3);
    for (let g = 0; g < extra; g++) {
      const name = pick(AFFINITY_GROUPS, seed, i, 100 + g);
      if (!groups.includes(name)) groups.push(name);
    }
    row.group_name = groups.join("; ");
  }

  // Optional fields go missing now and then; a few tenants send null instead of leaving them out.
  const nulls = r(Salt.Nulls);
  if (nulls < 0.02) row.Business_Title = null;
  else if (nulls < 0.05) delete row.Job_Family;
  else if (nulls < 0.06) row.Locale = null;

  if (cfg.extraColumns?.includes("Job_Level")) row.Job_Level = jobLevel(i, isManager, lvl);

  const own = cfg.overrides[row.employee_id as string];
  if (own) Object.assign(row, own);
  for (const col of cfg.dropColumns) delete row[col];
  return row;
}

/** Rows of the user report, in order, skipping dropped workers. */
export function* userRows(cfg: ReportConfig): Generator<SimRow> {
  for (let i = 0; i < cfg.workers; i++) {
    if (!isDropped(cfg, i)) yield userRow(cfg, i);
  }
}

/** Rows of the group report: one per group, as `{ group_name }`. */
export function* groupRows(cfg: ReportConfig): Generator<SimRow> {
  if (cfg.workers === 0) return;
  for (const g of ALL_GROUPS) {
    const row: SimRow = { group_name: g };
    for (const col of cfg.dropColumns) delete row[col];
    yield row;
  }
}

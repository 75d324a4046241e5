/**
 * One report row → one clean profile plus the problems found on it. The sync engine runs this on
 * up to a million rows, so a mapping is compiled once (column names resolved, value maps keyed) and the
 * closed-set fields memoise their few distinct values.
 */
import type { RawRow, RawValue } from "../workday/types";
import type { Locale, MemberStatus, RoleSegment, UserFieldKey } from "./fields";
import { fieldLabel } from "./fields";
import type { CellProblem, CleanProfile, CleanResult, MappingConfig } from "./types";
import { cleanEmail, cleanGroups, firstText, joinedText } from "./clean-text";
import { cleanLocale, cleanPeopleManager, cleanStatus, compileStatusMap } from "./clean-flags";
import { compileRoleMap, resolveRole } from "./clean-role";
import { resolveManager, type WorkerIndex } from "./worker-index";

export type RowCleaner = (raw: RawRow, index: WorkerIndex) => CleanResult;

/** Distinct values of a closed-set field are few; a report of junk should not grow a cache without bound. */
const MEMO_LIMIT = 10_000;

function memo<T>(fn: (v: string) => T): (v: string) => T {
  const cache = new Map<string, T>();
  return (v) => {
    const hit = cache.get(v);
    if (hit !== undefined || cache.has(v)) return hit as T;
    const out = fn(v);
    if (cache.size < MEMO_LIMIT) cache.set(v, out);
    return out;
  };
}

function col(mapping: MappingConfig, key: UserFieldKey): string | null {
  const c = mapping.columns[key];
  return typeof c === "string" && c.length > 0 ? c : null;
}

function problem(field: UserFieldKey, severity: CellProblem["severity"], code: CellProblem["code"], message: string): CellProblem {
  return { field, severity, code, message };
}

function missing(field: UserFieldKey, column: string | null): CellProblem {
  const label = fieldLabel(field);
  return problem(field, "error", "missing", column === null ? `No report column is mapped to ${label}.` : `${label} is empty.`);
}

/** Compiles a mapping into a row cleaner. Reuse one cleaner for a whole report. */
export function createRowCleaner(mapping: MappingConfig): RowCleaner {
  const c = {
    workdayId: col(mapping, "workdayId"),
    email: col(mapping, "email"),
    firstName: col(mapping, "firstName"),
    lastName: col(mapping, "lastName"),
    managementLevel: col(mapping, "managementLevel"),
    jobTitle: col(mapping, "jobTitle"),
    businessUnit: col(mapping, "businessUnit"),
    jobFunction: col(mapping, "jobFunction"),
    peopleManager: col(mapping, "peopleManager"),
    managerEmail: col(mapping, "managerEmail"),
    location: col(mapping, "location"),
    locale: col(mapping, "locale"),
    status: col(mapping, "status"),
    groups: col(mapping, "groups"),
  };
  const roleMap = compileRoleMap(mapping.roleMap);
  const statusMap = compileStatusMap(mapping.statusMap);
  const role = memo((v) => resolveRole(v, roleMap));
  const status = memo((v) => cleanStatus(v, statusMap));
  const locale = memo(cleanLocale);
  const peopleManager = memo(cleanPeopleManager);
  const get = (raw: RawRow, column: string | null): RawValue | undefined => (column === null ? undefined : raw[column]);

  return (raw, index) => {
    const problems: CellProblem[] = [];

    const workdayId = firstText(get(raw, c.workdayId));
    if (workdayId === null) problems.push(missing("workdayId", c.workdayId));

    const emailText = firstText(get(raw, c.email));
    const emailResult = cleanEmail(emailText);
    if (!emailResult.ok) {
      problems.push(
        emailResult.reason === "missing"
          ? missing("email", c.email)
          : problem("email", "error", "invalid", `"${emailText}" is not a valid email address.`),
      );
    }

    const firstName = firstText(get(raw, c.firstName));
    if (firstName === null) problems.push(missing("firstName", c.firstName));
    const lastName = firstText(get(raw, c.lastName));
    if (lastName === null) problems.push(missing("lastName", c.lastName));

    let managementLevel: RoleSegment | null = null;
    const levelText = firstText(get(raw, c.managementLevel));
    if (levelText === null) problems.push(missing("managementLevel", c.managementLevel));
    else {
      const r = role(levelText);
      managementLevel = r.role;
      if (r.role === null) {
        problems.push(problem("managementLevel", "error", "invalid", `Management level "${levelText}" is not assigned to a Role.`));
      } else if (!r.fromMap) {
        problems.push(
          problem("managementLevel", "warning", "invalid", `Management level "${levelText}" is not in the value map; suggested ${r.role} used.`),
        );
      }
    }

    let pm: "yes" | "no" | null = null;
    const pmText = firstText(get(raw, c.peopleManager));
    if (pmText !== null) {
      pm = peopleManager(pmText);
      if (pm === null) problems.push(problem("peopleManager", "warning", "invalid", `People manager "${pmText}" is not yes or no.`));
    }

    let managerEmail: string | null = null;
    const managerText = firstText(get(raw, c.managerEmail));
    if (managerText !== null) {
      const m = resolveManager(managerText, index);
      managerEmail = m.email;
      if (m.problem === "invalid") problems.push(problem("managerEmail", "warning", "invalid", `Manager "${managerText}" is not a valid email address.`));
      else if (m.problem === "unresolved") {
        problems.push(problem("managerEmail", "warning", "unresolved", `Manager "${managerText}" is not a worker in this report.`));
      }
    }

    let loc: Locale | null = null;
    const localeText = firstText(get(raw, c.locale));
    if (localeText !== null) {
      loc = locale(localeText);
      if (loc === null) problems.push(problem("locale", "warning", "invalid", `Locale "${localeText}" is not one of en-US, fr-CA, es-ES, ko, ja; left empty.`));
    }

    // No status column, or an empty cell: the worker is in the report, so active.
    let memberStatus: MemberStatus = "active";
    const statusText = firstText(get(raw, c.status));
    if (statusText !== null) {
      const s = status(statusText);
      if (s === null) problems.push(problem("status", "warning", "invalid", `Status "${statusText}" is not recognised; treated as active.`));
      else memberStatus = s;
    }

    const profile: CleanProfile = {
      workdayId,
      email: emailResult.email,
      firstName,
      lastName,
      managementLevel,
      jobTitle: joinedText(get(raw, c.jobTitle)),
      businessUnit: joinedText(get(raw, c.businessUnit)),
      jobFunction: joinedText(get(raw, c.jobFunction)),
      peopleManager: pm,
      managerEmail,
      location: joinedText(get(raw, c.location)),
      locale: loc,
      status: memberStatus,
      groups: c.groups === null ? [] : cleanGroups(raw[c.groups]),
    };
    return { profile, problems };
  };
}

// Mappings are treated as immutable values: a changed mapping must be a new object to be recompiled.
const compiled = new WeakMap<MappingConfig, RowCleaner>();

/** Cleans one row. Compiles the mapping on first use; build `index` over the whole report first. */
export function cleanRow(raw: RawRow, mapping: MappingConfig, index: WorkerIndex): CleanResult {
  let cleaner = compiled.get(mapping);
  if (cleaner === undefined) {
    cleaner = createRowCleaner(mapping);
    compiled.set(mapping, cleaner);
  }
  return cleaner(raw, index);
}

/** True when two profiles would store the same member data. */
export function sameProfile(a: CleanProfile, b: CleanProfile): boolean {
  if (
    a.workdayId !== b.workdayId ||
    a.email !== b.email ||
    a.firstName !== b.firstName ||
    a.lastName !== b.lastName ||
    a.managementLevel !== b.managementLevel ||
    a.jobTitle !== b.jobTitle ||
    a.businessUnit !== b.businessUnit ||
    a.jobFunction !== b.jobFunction ||
    a.peopleManager !== b.peopleManager ||
    a.managerEmail !== b.managerEmail ||
    a.location !== b.location ||
    a.locale !== b.locale ||
    a.status !== b.status ||
    a.groups.length !== b.groups.length
  ) {
    return false;
  }
  for (let i = 0; i < a.groups.length; i++) if (a.groups[i] !== b.groups[i]) return false;
  return true;
}

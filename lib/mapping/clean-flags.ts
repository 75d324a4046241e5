/**
 * Cleaners for fields with a closed set of values: people manager (yes/no), locale and status.
 * Lookups go through a lower-cased key so "TRUE", " Yes " and "yes" all land in one table entry.
 */
import type { Locale, MemberStatus } from "./fields";

const PEOPLE_MANAGER: ReadonlyMap<string, "yes" | "no"> = new Map([
  ["1", "yes"], ["y", "yes"], ["yes", "yes"], ["true", "yes"], ["t", "yes"],
  ["0", "no"], ["n", "no"], ["no", "no"], ["false", "no"], ["f", "no"],
]);

/** Workday sends booleans as "1"/"0"; admins' calculated fields send Yes/No or true/false. Unknown → null. */
export function cleanPeopleManager(value: string): "yes" | "no" | null {
  return PEOPLE_MANAGER.get(value) ?? PEOPLE_MANAGER.get(value.trim().toLowerCase()) ?? null;
}

/**
 * Keys are lower-cased with "_" turned into "-". Workday's locale reference shows either a code (en_US)
 * or a descriptor ("English (United States)"), so both are listed. Each allowed language has one allowed
 * locale, so a bare language code is unambiguous; another region of it (fr_FR) is not accepted.
 */
const LOCALES: ReadonlyMap<string, Locale> = new Map<string, Locale>([
  ["en-us", "en-US"], ["en", "en-US"], ["english (united states)", "en-US"],
  ["fr-ca", "fr-CA"], ["fr", "fr-CA"], ["french (canada)", "fr-CA"],
  ["es-es", "es-ES"], ["es", "es-ES"], ["spanish (spain)", "es-ES"],
  ["ko", "ko"], ["ko-kr", "ko"], ["korean", "ko"], ["korean (korea)", "ko"], ["korean (south korea)", "ko"],
  ["ja", "ja"], ["ja-jp", "ja"], ["japanese", "ja"], ["japanese (japan)", "ja"],
]);

/** en_US, EN-us, ko_KR, "English (United States)" → an allowed locale; anything else → null (the caller warns). */
export function cleanLocale(value: string): Locale | null {
  const hit = LOCALES.get(value);
  if (hit) return hit;
  let key = value.trim().toLowerCase().replaceAll("_", "-");
  // POSIX locales carry an encoding ("en_US.UTF-8") or modifier ("@euro") the platform does not need.
  const cut = key.search(/[.@]/);
  if (cut > 0) key = key.slice(0, cut);
  return LOCALES.get(key) ?? null;
}

/**
 * Workday's worker-status wording. Leave of absence stays active: the person is still employed and the
 * admin can say otherwise in the status map. "1"/"0" cover an Active_Status boolean column.
 */
export const DEFAULT_STATUS_MAP: Readonly<Record<string, MemberStatus>> = {
  active: "active",
  "leave of absence": "active",
  "on leave": "active",
  leave: "active",
  "paid leave": "active",
  "unpaid leave": "active",
  "1": "active",
  true: "active",
  yes: "active",
  y: "active",
  terminated: "inactive",
  inactive: "inactive",
  retired: "inactive",
  deceased: "inactive",
  "0": "inactive",
  false: "inactive",
  no: "inactive",
  n: "inactive",
};

/** Lower-cased, whitespace-folded key under which status and role values are compared. */
export function valueKey(value: string): string {
  return value.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Built-in table first, then the admin's map on top (admin wins), keyed for case-insensitive lookup. */
export function compileStatusMap(adminMap: Record<string, MemberStatus>): Map<string, MemberStatus> {
  const out = new Map<string, MemberStatus>(Object.entries(DEFAULT_STATUS_MAP));
  for (const [k, v] of Object.entries(adminMap)) out.set(valueKey(k), v);
  return out;
}

/** A status value → active/inactive, or null when the wording is unknown (the caller keeps the member active and warns). */
export function cleanStatus(value: string, compiled: Map<string, MemberStatus>): MemberStatus | null {
  return compiled.get(value) ?? compiled.get(valueKey(value)) ?? null;
}

/** The built-in suggestion for one status value, for a status-map form. */
export function suggestStatus(value: string): MemberStatus | null {
  return DEFAULT_STATUS_MAP[valueKey(value)] ?? null;
}

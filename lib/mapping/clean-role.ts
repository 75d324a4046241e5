/**
 * Management level → Role segment. Real tenants send anything from "Senior Manager" to "3 Vice President"
 * to "M3", so we only suggest; the admin confirms a value map and that map always wins.
 */
import { ROLE_SEGMENTS, type RoleSegment } from "./fields";
import { valueKey } from "./clean-flags";

/** Words only: "Sr. Manager", "sr_manager" and "SR-MANAGER" all become "sr manager". */
function roleKey(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

/** Whole-value synonyms, checked before the word rules so "Non-Manager" does not read as Manager. */
const EXACT: ReadonlyMap<string, RoleSegment> = new Map<string, RoleSegment>([
  ...ROLE_SEGMENTS.map((s) => [roleKey(s), s] as [string, RoleSegment]),
  ["ic", "Individual Contributor"],
  ["professional", "Individual Contributor"],
  ["individual contributor", "Individual Contributor"],
  ["non manager", "Individual Contributor"],
  ["non management", "Individual Contributor"],
  ["non people manager", "Individual Contributor"],
  ["staff", "Individual Contributor"],
  ["employee", "Individual Contributor"],
  ["team member", "Individual Contributor"],
  ["specialist", "Individual Contributor"],
  ["senior professional", "Individual Contributor"],
  ["sr professional", "Individual Contributor"],
  ["evp", "SVP"],
  ["svp", "SVP"],
  ["avp", "VP"],
  ["c suite", "Executive"],
  ["c level", "Executive"],
  ["executive leadership", "Executive"],
  ["senior executive", "Executive"],
  ["co op", "Intern"],
  ["coop", "Intern"],
  ["co op student", "Intern"],
  ["internship", "Intern"],
  ["working student", "Student"],
  ["apprentice", "Student"],
]);

const SENIOR = new Set(["senior", "sr", "snr"]);
const ABOVE_VP = new Set(["senior", "sr", "snr", "executive", "exec", "group"]);
/** CEO, CFO, COO, CTO, CIO, CMO, CHRO, CPO... */
const C_LEVEL = /^c[a-z]{1,3}o$/;

function has(words: string[], w: string): boolean {
  return words.includes(w);
}

function hasPhrase(key: string, phrase: string): boolean {
  return (" " + key + " ").includes(" " + phrase + " ");
}

/** Word rules, most senior first so "Senior Vice President" is not caught by "Vice President". */
function byRules(key: string): RoleSegment | null {
  const words = key.split(" ");
  const seniorWord = words.some((w) => SENIOR.has(w));
  if (words.some((w) => C_LEVEL.test(w)) || (has(words, "chief") && has(words, "officer"))) return "Executive";
  const vp = hasPhrase(key, "vice president") || has(words, "vp") || has(words, "avp");
  if (has(words, "svp") || has(words, "evp") || (vp && words.some((w) => ABOVE_VP.has(w)))) return "SVP";
  if (vp) return "VP";
  if (has(words, "president")) return "Executive";
  if (has(words, "director")) return seniorWord ? "Sr. Director" : "Director";
  if (has(words, "manager") || has(words, "mgr")) return seniorWord ? "Sr. Manager" : "Manager";
  if (has(words, "supervisor") || hasPhrase(key, "team lead") || hasPhrase(key, "team leader")) return "Manager";
  if (hasPhrase(key, "individual contributor") || has(words, "professional")) return "Individual Contributor";
  if (has(words, "intern") || has(words, "coop") || hasPhrase(key, "co op")) return "Intern";
  if (has(words, "student") || has(words, "apprentice")) return "Student";
  if (has(words, "analyst")) return "Analyst";
  if (has(words, "associate")) return "Associate";
  if (has(words, "executive")) return "Executive";
  return null;
}

/**
 * Best guess for one management-level value, or null when it carries no recognisable wording ("M3", "L7").
 * Workday's sample levels are numbered ("3 Vice President") and some tenants add a code ("Manager (M1)"),
 * so those decorations are ignored.
 */
export function suggestRole(raw: string): RoleSegment | null {
  const key = roleKey(raw.replace(/\([^)]*\)/g, " "));
  if (key.length === 0) return null;
  const undecorated = key.replace(/^\d+ /, "");
  return EXACT.get(key) ?? EXACT.get(undecorated) ?? byRules(undecorated);
}

export interface LevelCount {
  value: string;
  count: number;
}

export interface RoleValueRow extends LevelCount {
  suggested: RoleSegment | null;
}

/** Rows for the value-map form: each distinct level with its head-count and our suggestion, most common first. */
export function buildRoleValueMap(levels: readonly LevelCount[]): RoleValueRow[] {
  return [...levels]
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    .map((l) => ({ value: l.value, count: l.count, suggested: suggestRole(l.value) }));
}

/** Suggested value map for a set of levels; an unrecognised level maps to null (unassigned) until the admin decides. */
export function suggestRoleMap(values: Iterable<string>): Record<string, RoleSegment | null> {
  const out: Record<string, RoleSegment | null> = {};
  for (const v of values) {
    const t = v.trim();
    if (t.length > 0 && !(t in out)) out[t] = suggestRole(t);
  }
  return out;
}

/**
 * The admin's map keyed case- and whitespace-insensitively. A key present with null stays null: the
 * admin saw the value and left it unassigned.
 */
export function compileRoleMap(roleMap: Record<string, RoleSegment | null>): Map<string, RoleSegment | null> {
  const out = new Map<string, RoleSegment | null>();
  for (const [k, v] of Object.entries(roleMap)) out.set(valueKey(k), v);
  return out;
}

/**
 * Role for one cell. The confirmed map wins; a value the map does not know (new since the admin confirmed)
 * falls back to the suggestion so a sync does not blank everyone's role; `fromMap` tells which happened.
 */
export function resolveRole(
  value: string,
  compiled: Map<string, RoleSegment | null>,
): { role: RoleSegment | null; fromMap: boolean } {
  const key = valueKey(value);
  if (compiled.has(key)) return { role: compiled.get(key) ?? null, fromMap: true };
  return { role: suggestRole(value), fromMap: false };
}

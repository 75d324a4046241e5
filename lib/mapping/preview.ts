/**
 * What the mapping page shows for a config over a fetched report, in one pass: the field statistics,
 * the values waiting for a Role or a status, and a few sample rows raw beside cleaned. The report can
 * hold 50k rows, so this runs on the server and only these summaries travel to the browser.
 */
import type { RawRow } from "../workday/types";
import { USER_FIELD_KEYS, type MemberStatus, type RoleSegment, type UserFieldKey } from "./fields";
import type { CellProblem, CleanProfile, MappingConfig } from "./types";
import { firstText, rawDisplay } from "./clean-text";
import { suggestStatus, valueKey } from "./clean-flags";
import { buildRoleValueMap, type LevelCount, type RoleValueRow } from "./clean-role";
import { countManagementLevels, FieldSummaryAccumulator, type FieldSummary } from "./summarize";
import { createRowCleaner, sameProfile } from "./clean-row";
import { buildWorkerIndex, type WorkerIndex } from "./worker-index";
import { defaultMappingConfig } from "./default-config";
import { suggestMapping } from "./suggest";

export interface PreviewCell {
  raw: string;
  cleaned: string | null;
  problem: Pick<CellProblem, "severity" | "code" | "message"> | null;
}

export interface SampleRow {
  /** 1-based position in the report, so the admin can find the worker in Workday. */
  row: number;
  cells: Record<UserFieldKey, PreviewCell>;
  worst: CellProblem["severity"] | null;
}

export interface StatusValueRow extends LevelCount {
  /** The built-in reading of this wording; null when it is not recognised (the member stays active, flagged). */
  builtIn: MemberStatus | null;
}

export interface MappingPreview {
  rowCount: number;
  fields: Record<UserFieldKey, FieldSummary>;
  rowsWithErrors: number;
  rowsWithWarnings: number;
  /** Rows with an error or a warning. */
  rowsWithProblems: number;
  /** Distinct management levels, most common first, capped at `valueLimit`; `roleValuesTotal` counts them all. */
  roleValues: RoleValueRow[];
  roleValuesTotal: number;
  statusValues: StatusValueRow[];
  statusValuesTotal: number;
  /** The first rows of the report. */
  samples: SampleRow[];
  /** The first rows that have a problem, wherever they are in the report. */
  problemSamples: SampleRow[];
  /** Rows whose cleaned profile differs from the one under `options.baseline`; 0 without a baseline. */
  changedRows: number;
}

export interface PreviewOptions {
  sampleSize?: number;
  /** A column of IDs picked as the management level would otherwise list every row as a value. */
  valueLimit?: number;
  /** The saved mapping: rows are cleaned under it too, in the same pass, to count what the draft changes. */
  baseline?: MappingConfig;
}

export const SAMPLE_SIZE = 50;
export const VALUE_LIST_LIMIT = 200;

function cleanedDisplay(profile: CleanProfile, field: UserFieldKey): string | null {
  const v = profile[field];
  if (Array.isArray(v)) return v.length === 0 ? null : v.join("; ");
  return v;
}

function sampleRow(position: number, raw: RawRow, config: MappingConfig, profile: CleanProfile, problems: CellProblem[]): SampleRow {
  const cells = {} as Record<UserFieldKey, PreviewCell>;
  let worst: SampleRow["worst"] = null;
  for (const field of USER_FIELD_KEYS) {
    const column = config.columns[field];
    const p = problems.find((x) => x.field === field);
    cells[field] = {
      raw: column ? rawDisplay(raw[column]) : "",
      cleaned: cleanedDisplay(profile, field),
      problem: p ? { severity: p.severity, code: p.code, message: p.message } : null,
    };
  }
  for (const p of problems) {
    if (p.severity === "error") worst = "error";
    else if (worst === null) worst = "warning";
  }
  return { row: position, cells, worst };
}

function sortedCounts(counts: Map<string, number>): LevelCount[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** Field statistics, value lists and sample rows for `config` over `rows`. */
export function buildMappingPreview(rows: readonly RawRow[], config: MappingConfig, options: PreviewOptions = {}): MappingPreview {
  const sampleSize = options.sampleSize ?? SAMPLE_SIZE;
  const valueLimit = options.valueLimit ?? VALUE_LIST_LIMIT;
  const index = buildWorkerIndex(rows, config);
  const acc = new FieldSummaryAccumulator(config, index);
  const before = options.baseline ? baselineCleaner(rows, options.baseline, config, index) : null;
  let changedRows = 0;
  const statusColumn = config.columns.status ?? null;
  const statuses = new Map<string, number>();
  const samples: SampleRow[] = [];
  const problemSamples: SampleRow[] = [];
  let rowsWithProblems = 0;

  rows.forEach((raw, i) => {
    const { profile, problems } = acc.add(raw);
    if (before !== null && !sameProfile(before(raw).profile, profile)) changedRows++;
    if (problems.length > 0) rowsWithProblems++;
    if (samples.length < sampleSize) samples.push(sampleRow(i + 1, raw, config, profile, problems));
    if (problems.length > 0 && problemSamples.length < sampleSize) problemSamples.push(sampleRow(i + 1, raw, config, profile, problems));
    if (statusColumn !== null) {
      const s = firstText(raw[statusColumn]);
      if (s !== null) statuses.set(s, (statuses.get(s) ?? 0) + 1);
    }
  });

  const summary = acc.result();
  const statusCounts = sortedCounts(statuses);
  return {
    rowCount: summary.rowCount,
    fields: summary.fields,
    rowsWithErrors: summary.rowsWithErrors,
    rowsWithWarnings: summary.rowsWithWarnings,
    rowsWithProblems,
    roleValues: buildRoleValueMap(summary.distinctManagementLevels.slice(0, valueLimit)),
    roleValuesTotal: summary.distinctManagementLevels.length,
    statusValues: statusCounts.slice(0, valueLimit).map((s) => ({ ...s, builtIn: suggestStatus(s.value) })),
    statusValuesTotal: statusCounts.length,
    samples,
    problemSamples,
    changedRows,
  };
}

/** Cleans under the baseline, sharing the draft's manager index when both read identity from the same columns. */
function baselineCleaner(rows: readonly RawRow[], baseline: MappingConfig, draft: MappingConfig, draftIndex: WorkerIndex) {
  const same = baseline.columns.workdayId === draft.columns.workdayId && baseline.columns.email === draft.columns.email;
  const index = same ? draftIndex : buildWorkerIndex(rows, baseline);
  const clean = createRowCleaner(baseline);
  return (raw: RawRow) => clean(raw, index);
}

/** The mapping offered when none is saved: suggested columns, and a Role suggested for each level in the report. */
export function startingMappingConfig(
  users: { columns: string[]; rows: readonly RawRow[] },
  groups?: { columns: string[] } | null,
): MappingConfig {
  const levelColumn = suggestMapping(users.columns).managementLevel.column;
  return defaultMappingConfig(users.columns, countManagementLevels(users.rows, levelColumn), groups?.columns);
}

/** The key of `map` that a value reads from: values compare case- and whitespace-insensitively, as the cleaners do. */
export function mapKeyFor(map: Record<string, unknown>, value: string): string | null {
  if (Object.prototype.hasOwnProperty.call(map, value)) return value;
  const key = valueKey(value);
  return Object.keys(map).find((k) => valueKey(k) === key) ?? null;
}

/** A copy of `map` with `value` set, replacing any entry that differs from it only in case or spacing. */
export function withMapValue<T>(map: Record<string, T>, value: string, to: T): Record<string, T> {
  const out = { ...map };
  const existing = mapKeyFor(out, value);
  if (existing !== null) delete out[existing];
  out[value] = to;
  return out;
}

/** A copy of `map` without `value` (nor its case variants): the built-in reading applies again. */
export function withoutMapValue<T>(map: Record<string, T>, value: string): Record<string, T> {
  const existing = mapKeyFor(map, value);
  if (existing === null) return map;
  const out = { ...map };
  delete out[existing];
  return out;
}

/**
 * Adds the listed levels the role map does not know yet, with their suggestion (null when there is none),
 * so every value on screen has an entry the admin confirms by saving. Returns the same object when
 * nothing is new, so a form can compare by reference and not loop.
 */
export function withListedRoles(
  roleMap: Record<string, RoleSegment | null>,
  listed: readonly Pick<RoleValueRow, "value" | "suggested">[],
): Record<string, RoleSegment | null> {
  const known = new Set(Object.keys(roleMap).map(valueKey));
  const missing = listed.filter((l) => !known.has(valueKey(l.value)));
  if (missing.length === 0) return roleMap;
  const out = { ...roleMap };
  for (const l of missing) out[l.value] = l.suggested;
  return out;
}

/**
 * Preview statistics for the mapping form: how well each mapped column is filled, what its values look
 * like before and after cleaning, and which management levels need a Role. An accumulator so the same
 * numbers can be gathered while streaming a large report.
 */
import type { RawRow } from "../workday/types";
import { USER_FIELD_KEYS, type UserFieldKey } from "./fields";
import type { CleanProfile, CleanResult, MappingConfig } from "./types";
import { firstText, rawDisplay } from "./clean-text";
import { createRowCleaner, sameProfile, type RowCleaner } from "./clean-row";
import { buildWorkerIndex, type WorkerIndex } from "./worker-index";
import type { LevelCount } from "./clean-role";

export interface FieldExample {
  raw: string;
  /** The value as it will be stored; null when cleaning left it empty (invalid or unknown). */
  cleaned: string | null;
}

export interface FieldSummary {
  field: UserFieldKey;
  column: string | null;
  /** Share of rows (0..1) with a non-empty value in the column. */
  coverage: number;
  filled: number;
  /** Distinct non-empty raw values; counting stops at DISTINCT_LIMIT (see distinctCapped). */
  distinct: number;
  distinctCapped: boolean;
  /** Rows whose value was present but unusable (bad email, unknown locale, unassigned level, unresolved manager...). */
  invalid: number;
  /** Up to 5 distinct raw values beside their cleaned form. */
  examples: FieldExample[];
  /** Up to 5 distinct raw values that failed to clean. */
  invalidExamples: FieldExample[];
}

export interface MappingSummary {
  rowCount: number;
  fields: Record<UserFieldKey, FieldSummary>;
  /** Management-level values as sent, with head-counts, most common first: the rows of the value-map form. */
  distinctManagementLevels: LevelCount[];
  /** Rows with at least one error (cannot become a member as is) / at least one warning. */
  rowsWithErrors: number;
  rowsWithWarnings: number;
}

export const DISTINCT_LIMIT = 100_000;
const EXAMPLE_LIMIT = 5;

function cleanedDisplay(profile: CleanProfile, field: UserFieldKey): string | null {
  const v = profile[field];
  if (Array.isArray(v)) return v.length === 0 ? null : v.join("; ");
  return v;
}

interface FieldState {
  column: string | null;
  filled: number;
  distinct: Set<string>;
  distinctCapped: boolean;
  invalid: number;
  examples: FieldExample[];
  invalidExamples: FieldExample[];
}

export class FieldSummaryAccumulator {
  private rowCount = 0;
  private rowsWithErrors = 0;
  private rowsWithWarnings = 0;
  private readonly levels = new Map<string, number>();
  private readonly state: Record<UserFieldKey, FieldState>;
  private readonly cleaner: RowCleaner;
  private readonly levelColumn: string | null;
  private readonly invalidFields = new Set<UserFieldKey>();

  constructor(
    mapping: MappingConfig,
    private readonly index: WorkerIndex,
  ) {
    this.cleaner = createRowCleaner(mapping);
    this.levelColumn = mapping.columns.managementLevel ?? null;
    this.state = {} as Record<UserFieldKey, FieldState>;
    for (const field of USER_FIELD_KEYS) {
      this.state[field] = {
        column: mapping.columns[field] ?? null,
        filled: 0,
        distinct: new Set(),
        distinctCapped: false,
        invalid: 0,
        examples: [],
        invalidExamples: [],
      };
    }
  }

  /** Cleans and counts one row; returns the clean result so a caller can keep it. */
  add(raw: RawRow): CleanResult {
    const result = this.cleaner(raw, this.index);
    this.rowCount++;
    let hasError = false;
    let hasWarning = false;
    this.invalidFields.clear();
    for (const p of result.problems) {
      if (p.severity === "error") hasError = true;
      else hasWarning = true;
      if (p.code !== "missing") this.invalidFields.add(p.field);
    }
    if (hasError) this.rowsWithErrors++;
    if (hasWarning) this.rowsWithWarnings++;

    for (const field of USER_FIELD_KEYS) {
      const s = this.state[field];
      if (s.column === null) continue;
      const text = rawDisplay(raw[s.column]).trim();
      if (text.length === 0) continue;
      s.filled++;
      const bad = this.invalidFields.has(field);
      if (bad) s.invalid++;
      if (s.distinct.has(text)) continue;
      if (s.distinct.size < DISTINCT_LIMIT) s.distinct.add(text);
      else s.distinctCapped = true;
      const example = { raw: text, cleaned: cleanedDisplay(result.profile, field) };
      if (s.examples.length < EXAMPLE_LIMIT) s.examples.push(example);
      if (bad && s.invalidExamples.length < EXAMPLE_LIMIT) s.invalidExamples.push(example);
    }

    if (this.levelColumn !== null) {
      const level = firstText(raw[this.levelColumn]);
      if (level !== null) this.levels.set(level, (this.levels.get(level) ?? 0) + 1);
    }
    return result;
  }

  result(): MappingSummary {
    const fields = {} as Record<UserFieldKey, FieldSummary>;
    for (const field of USER_FIELD_KEYS) {
      const s = this.state[field];
      fields[field] = {
        field,
        column: s.column,
        coverage: this.rowCount === 0 ? 0 : s.filled / this.rowCount,
        filled: s.filled,
        distinct: s.distinct.size,
        distinctCapped: s.distinctCapped,
        invalid: s.invalid,
        examples: [...s.examples],
        invalidExamples: [...s.invalidExamples],
      };
    }
    const distinctManagementLevels = [...this.levels]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return {
      rowCount: this.rowCount,
      fields,
      distinctManagementLevels,
      rowsWithErrors: this.rowsWithErrors,
      rowsWithWarnings: this.rowsWithWarnings,
    };
  }
}

/** Preview statistics over a whole report (builds the manager index first). */
export function summarizeFields(rows: readonly RawRow[], mapping: MappingConfig): MappingSummary {
  const acc = new FieldSummaryAccumulator(mapping, buildWorkerIndex(rows, mapping));
  for (const row of rows) acc.add(row);
  return acc.result();
}

/** Management-level values with head-counts, without cleaning anything else (for a first value-map form). */
export function countManagementLevels(rows: Iterable<RawRow>, column: string | null): LevelCount[] {
  if (column === null) return [];
  const counts = new Map<string, number>();
  for (const row of rows) {
    const level = firstText(row[column]);
    if (level !== null) counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** How many rows would store a different profile under `after` than under `before` (shown before saving). */
export function countChangedRows(rows: readonly RawRow[], before: MappingConfig, after: MappingConfig): number {
  const beforeIndex = buildWorkerIndex(rows, before);
  const sameIdentity = before.columns.workdayId === after.columns.workdayId && before.columns.email === after.columns.email;
  const afterIndex = sameIdentity ? beforeIndex : buildWorkerIndex(rows, after);
  const cleanBefore = createRowCleaner(before);
  const cleanAfter = createRowCleaner(after);
  let changed = 0;
  for (const row of rows) {
    if (!sameProfile(cleanBefore(row, beforeIndex).profile, cleanAfter(row, afterIndex).profile)) changed++;
  }
  return changed;
}

/**
 * Which columns a report carries and how full each one is. Workday leaves empty values out of a
 * row, so a column is only known once some row has it: we look at every row, not a sample.
 */
import type { RawRow, RawValue } from "./types";

export interface ColumnStat {
  name: string;
  /** Rows where the column has a non-blank value. */
  filled: number;
  /** filled / rows, 0 when there are no rows. */
  share: number;
}

export function hasValue(v: RawValue | undefined): boolean {
  if (v === undefined) return false;
  if (typeof v === "string") return v.trim().length > 0;
  return v.length > 0;
}

export class ColumnStats {
  private readonly filled = new Map<string, number>();
  private rowCount = 0;

  add(row: RawRow): void {
    this.rowCount++;
    for (const key in row) {
      const n = this.filled.get(key);
      const inc = hasValue(row[key]) ? 1 : 0;
      this.filled.set(key, (n ?? 0) + inc);
    }
  }

  get rows(): number {
    return this.rowCount;
  }

  /** Columns in the order they were first seen. */
  get columns(): string[] {
    return [...this.filled.keys()];
  }

  share(column: string): number {
    return this.rowCount === 0 ? 0 : (this.filled.get(column) ?? 0) / this.rowCount;
  }

  toJSON(): ColumnStat[] {
    return [...this.filled].map(([name, filled]) => ({
      name,
      filled,
      share: this.rowCount === 0 ? 0 : Math.round((filled / this.rowCount) * 10_000) / 10_000,
    }));
  }
}

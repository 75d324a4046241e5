import { gunzipSync, gzipSync } from "node:zlib";
import type { Db } from "@/db";
import { getReportSnapshot, saveReportSnapshot } from "@/db/queries/report-snapshots";
import type { RawRow } from "@/lib/workday/types";

/** How long the mapping preview may work from a fetched report before asking to fetch again. */
export const SNAPSHOT_TTL_MS = 24 * 60 * 60 * 1000;
/** Enough rows for faithful statistics while keeping the stored blob to a few MB. */
export const SNAPSHOT_MAX_ROWS = 50_000;

/** Collects rows while a report streams in, up to the cap. */
export class SnapshotCollector {
  readonly rows: RawRow[] = [];
  total = 0;
  add = (row: RawRow) => {
    this.total++;
    if (this.rows.length < SNAPSHOT_MAX_ROWS) this.rows.push(row);
  };
}

export async function storeSnapshot(
  db: Db,
  { orgId, report, collector, columns, now = new Date() }: { orgId: string; report: "users" | "groups"; collector: SnapshotCollector; columns: string[]; now?: Date },
) {
  await saveReportSnapshot(db, {
    organizationId: orgId,
    report,
    fetchedAt: now,
    expiresAt: new Date(now.getTime() + SNAPSHOT_TTL_MS),
    rowCount: collector.total,
    keptRows: collector.rows.length,
    columns,
    rowsGz: gzipSync(JSON.stringify(collector.rows), { level: 4 }),
  });
}

export interface LoadedSnapshot {
  fetchedAt: Date;
  expiresAt: Date;
  rowCount: number;
  keptRows: number;
  columns: string[];
  rows: RawRow[];
}

export async function loadSnapshot(db: Db, { orgId, report }: { orgId: string; report: "users" | "groups" }): Promise<LoadedSnapshot | null> {
  const row = await getReportSnapshot(db, { orgId, report });
  if (!row) return null;
  const { rowsGz, organizationId: _org, report: _report, ...meta } = row;
  return { ...meta, rows: JSON.parse(gunzipSync(rowsGz).toString("utf8")) as RawRow[] };
}

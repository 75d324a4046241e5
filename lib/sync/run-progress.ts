/**
 * Writes a run's stage and rows read to its row so the page can poll it. Row counts are written at
 * most every PROGRESS_EVERY_MS (the page polls about once a second; more writes would only slow the
 * sync); a new stage is written at once. Writes are chained, never concurrent, and never fail the sync.
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import type { SyncStage } from "@/db/schema";

const PROGRESS_EVERY_MS = 300;

export interface SyncProgress {
  runId: string;
  stage: SyncStage;
  rowsRead: number;
}

export class RunProgress {
  private stage: SyncStage = "fetching_users";
  private rowsRead = 0;
  private lastWrite = 0;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: DbOrTx,
    private readonly runId: string,
    private readonly onProgress?: (p: SyncProgress) => void,
  ) {}

  setStage(stage: SyncStage): void {
    this.stage = stage;
    this.write();
  }

  setRows(rowsRead: number): void {
    this.rowsRead = rowsRead;
    if (Date.now() - this.lastWrite >= PROGRESS_EVERY_MS) this.write();
  }

  /** Waits for pending writes (before the run's final update, so an old stage cannot land after it). */
  flush(): Promise<void> {
    return this.chain;
  }

  private write(): void {
    this.lastWrite = Date.now();
    const { stage, rowsRead } = this;
    this.onProgress?.({ runId: this.runId, stage, rowsRead });
    this.chain = this.chain.then(() =>
      this.db
        .execute(sql`update sync_runs set stage = ${stage}, rows_read = ${rowsRead}, updated_at = now() where id = ${this.runId}`)
        .then(
          () => {},
          () => {},
        ),
    );
  }
}

/**
 * Streams cleaned rows into sync_staged_rows in large multi-row inserts (one JSON parameter per
 * batch, unpacked by json_to_recordset: the same statement runs on postgres.js and PGlite). One batch
 * is in flight while the next fills, so parsing the report and writing it overlap.
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import type { CellProblem, CleanProfile } from "@/lib/mapping";

const BATCH_ROWS = 5_000;
/** Batches written at once: on a server two connections load while the report keeps streaming; PGlite queues them. */
const MAX_IN_FLIGHT = 2;

export type RejectReason =
  | "missing_field"
  | "invalid_email"
  | "invalid_value"
  | "duplicate_workday_id"
  | "duplicate_email"
  | "email_in_use";

/** The first blocking problem of a row decides its reason; the message lists them all. */
export function rejectionOf(problems: CellProblem[]): { reason: RejectReason; message: string } | null {
  let reason: RejectReason | null = null;
  const messages: string[] = [];
  for (const p of problems) {
    if (p.severity !== "error") continue;
    messages.push(p.message);
    if (reason !== null) continue;
    if (p.field === "email" && p.code === "invalid") reason = "invalid_email";
    else if (p.code === "missing") reason = "missing_field";
    else reason = "invalid_value";
  }
  return reason === null ? null : { reason, message: messages.join(" ") };
}

interface StagedJson {
  n: number;
  wi: string | null;
  em: string | null;
  fn: string | null;
  ln: string | null;
  ml: string | null;
  jt: string | null;
  bu: string | null;
  jf: string | null;
  pm: string | null;
  me: string | null;
  lo: string | null;
  lc: string | null;
  st: string;
  gr: string[] | null;
  rr: string | null;
  rm: string | null;
}

export class StagingWriter {
  private batch: StagedJson[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  rows = 0;

  constructor(
    private readonly db: DbOrTx,
    private readonly runId: string,
    /** False when the report has no group column: memberships are then left alone. */
    private readonly groupsMapped: boolean,
  ) {}

  /** Returns a promise only when the caller should wait (a full batch while another is still being written). */
  add(profile: CleanProfile, problems: CellProblem[]): void | Promise<void> {
    const rejection = rejectionOf(problems);
    this.batch.push({
      n: ++this.rows,
      wi: profile.workdayId,
      em: profile.email,
      fn: profile.firstName,
      ln: profile.lastName,
      ml: profile.managementLevel,
      jt: profile.jobTitle,
      bu: profile.businessUnit,
      jf: profile.jobFunction,
      pm: profile.peopleManager,
      me: profile.managerEmail,
      lo: profile.location,
      lc: profile.locale,
      st: profile.status,
      // Stored sorted: memberships are a set, and the plan compares arrays.
      gr: this.groupsMapped ? [...profile.groups].sort() : null,
      rr: rejection?.reason ?? null,
      rm: rejection?.message ?? null,
    });
    if (this.batch.length >= BATCH_ROWS) return this.flushBatch();
  }

  private async flushBatch(): Promise<void> {
    const rows = this.batch;
    this.batch = [];
    // A failed write rejects here (or in finish), which stops the fetch.
    while (this.inFlight.size >= MAX_IN_FLIGHT) await Promise.race(this.inFlight);
    const write: Promise<void> = insertBatch(this.db, this.runId, rows).finally(() => this.inFlight.delete(write));
    write.catch(() => {});
    this.inFlight.add(write);
  }

  /** Waits for writes still in flight, ignoring their outcome (after a failed fetch, before cleaning up). */
  async settle(): Promise<void> {
    await Promise.allSettled(this.inFlight);
  }

  async finish(): Promise<void> {
    if (this.batch.length > 0) await this.flushBatch();
    await Promise.all(this.inFlight);
  }
}

async function insertBatch(db: DbOrTx, runId: string, rows: StagedJson[]): Promise<void> {
  await db.execute(sql`
    insert into sync_staged_rows (run_id, row_number, workday_id, workday_key, email, first_name, last_name, management_level,
      job_title, business_unit, job_function, people_manager, manager_email, location, locale, status, groups, reject_reason, reject_message)
    select ${runId}::uuid, r.n, r.wi, upper(r.wi), r.em, r.fn, r.ln, r.ml, r.jt, r.bu, r.jf, r.pm, r.me, r.lo, r.lc, r.st, r.gr, r.rr, r.rm
    from json_to_recordset(${JSON.stringify(rows)}::json) as r(n int, wi text, em text, fn text, ln text, ml text, jt text, bu text,
      jf text, pm text, me text, lo text, lc text, st text, gr text[], rr text, rm text)`);
}

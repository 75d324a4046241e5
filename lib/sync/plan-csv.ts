/**
 * The plan as CSV, one line per change, produced page by page (keyset on id) so a 100k-change plan is
 * never held whole. Yields text chunks: stream them to a response, or join them.
 */
import { and, asc, eq, gt } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { syncChanges } from "@/db/schema";

const PAGE = 5_000;
const HEADER = ["action", "workday_id", "email", "name", "fields", "before", "after", "reason", "message", "row_number"];

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet; an apostrophe defuses it.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export async function* planCsvChunks(db: DbOrTx, { orgId, runId }: { orgId: string; runId: string }): AsyncGenerator<string> {
  yield `${HEADER.join(",")}\r\n`;
  let after = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(syncChanges)
      .where(and(eq(syncChanges.runId, runId), eq(syncChanges.organizationId, orgId), gt(syncChanges.id, after)))
      .orderBy(asc(syncChanges.id))
      .limit(PAGE);
    if (rows.length === 0) return;
    let chunk = "";
    for (const r of rows) {
      chunk += `${[r.action, r.workdayId, r.email, r.name, r.fields?.join(" "), r.before, r.after, r.reason, r.message, r.rowNumber]
        .map(cell)
        .join(",")}\r\n`;
    }
    yield chunk;
    after = rows[rows.length - 1].id;
  }
}

export async function planCsv(db: DbOrTx, scope: { orgId: string; runId: string }): Promise<string> {
  let out = "";
  for await (const chunk of planCsvChunks(db, scope)) out += chunk;
  return out;
}

/**
 * Report bodies as lazy chunk sequences (about 64 KB each), so the server writes a report of any
 * size without holding it: JSON as RaaS sends it with format=json, XML as its default, and CSV.
 */
import type { SimRow } from "./workers";

const ROWS_PER_CHUNK = 128;

export function* jsonBody(rows: Iterable<SimRow>): Generator<string> {
  let buf = '{"Report_Entry":[';
  let n = 0;
  for (const row of rows) {
    buf += (n === 0 ? "" : ",") + JSON.stringify(row);
    n++;
    if (n % ROWS_PER_CHUNK === 0) {
      yield buf;
      buf = "";
    }
  }
  // An empty RaaS report comes back as `{}` rather than an empty list.
  yield n === 0 ? "{}" : `${buf}]}`;
}

const xmlEscape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

export function* xmlBody(rows: Iterable<SimRow>, reportName: string): Generator<string> {
  let buf = `<?xml version='1.0' encoding='UTF-8'?>\n<wd:Report_Data xmlns:wd="urn:com.workday.report/${xmlEscape(reportName)}">\n`;
  let n = 0;
  for (const row of rows) {
    buf += "<wd:Report_Entry>";
    for (const key in row) {
      const v = row[key];
      if (v !== null) buf += `<wd:${key}>${xmlEscape(v)}</wd:${key}>`;
    }
    buf += "</wd:Report_Entry>\n";
    if (++n % ROWS_PER_CHUNK === 0) {
      yield buf;
      buf = "";
    }
  }
  yield `${buf}</wd:Report_Data>\n`;
}

const csvCell = (v: string | null | undefined) =>
  v === null || v === undefined ? "" : /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;

export function* csvBody(rows: Iterable<SimRow>, columns: readonly string[]): Generator<string> {
  let buf = `${columns.map(csvCell).join(",")}\r\n`;
  let n = 0;
  for (const row of rows) {
    buf += `${columns.map((c) => csvCell(row[c])).join(",")}\r\n`;
    if (++n % ROWS_PER_CHUNK === 0) {
      yield buf;
      buf = "";
    }
  }
  yield buf;
}

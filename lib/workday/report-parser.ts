/**
 * Streaming reader for RaaS JSON (`{"Report_Entry":[...]}`): rows come out as their bytes
 * arrive, and rows already handed out are dropped by the parser, so a 2 GB report is read in
 * memory bounded by one row plus one network chunk.
 */
import type { RawRow, RawValue } from "./types";
import { problems, RaasError } from "./problems";

const MULTI_SEPARATOR = "; ";

/** Turns one parsed `Report_Entry` element into a RawRow (nulls dropped, "; " lists split). */
export function normalizeRow(entry: unknown): RawRow {
  const row: RawRow = {};
  if (entry === null || typeof entry !== "object" || Array.isArray(entry)) return row;
  for (const key in entry as Record<string, unknown>) {
    const v = normalizeValue((entry as Record<string, unknown>)[key]);
    if (v !== undefined) row[key] = v;
  }
  return row;
}

function normalizeValue(v: unknown): RawValue | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "string") {
    if (!v.includes(MULTI_SEPARATOR)) return v;
    const parts = splitMulti(v);
    return parts.length > 0 ? parts : undefined;
  }
  if (Array.isArray(v)) {
    if (v.length === 0) return undefined;
    if (v.every((x) => x !== null && typeof x === "object" && !Array.isArray(x))) {
      return v.map((x) => flatObject(x as Record<string, unknown>));
    }
    const parts = v.filter((x) => x !== null && x !== undefined).map(scalarText).filter((s) => s.length > 0);
    return parts.length > 0 ? parts : undefined;
  }
  if (typeof v === "object") return [flatObject(v as Record<string, unknown>)];
  return String(v);
}

function splitMulti(s: string): string[] {
  const out: string[] = [];
  for (const part of s.split(MULTI_SEPARATOR)) {
    const t = part.trim();
    if (t) out.push(t);
  }
  return out;
}

// Subgroup cells are meant to be strings; anything deeper is kept as JSON text rather than lost.
function flatObject(o: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k in o) {
    const x = o[k];
    if (x !== null && x !== undefined) out[k] = scalarText(x);
  }
  return out;
}

function scalarText(x: unknown): string {
  return typeof x === "string" ? x : typeof x === "object" ? JSON.stringify(x) : String(x);
}

const BOM = [0xef, 0xbb, 0xbf];
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const isWs = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
/** One row (or other value) larger than this is not a report we can hold. */
const MAX_VALUE_BYTES = 64 * 1024 * 1024;

type State =
  | "sniff" // BOM and whitespace before the document
  | "top_key_or_end" // after `{`: a key or `}`
  | "top_key" // after `,`: a key
  | "top_colon"
  | "top_value"
  | "top_after_value" // `,` or `}`
  | "list_first" // after `[`: a row or `]`
  | "list_next" // after `,`: a row
  | "list_after_row" // `,` or `]`
  | "done";

/** Where a captured value goes once complete. */
type Sink = "key" | "row" | "entry_null" | "other";

/**
 * Push parser. `write` returns the rows a chunk completed; `end` checks the document was whole.
 * Both throw RaasError with not_json (XML, HTML, CSV...) or malformed_json.
 *
 * Hand-written rather than a streaming JSON library because the bench showed the library's
 * token-by-token parse (@streamparser/json) was the largest share of a 100k-worker sync: this
 * scanner only finds where each row starts and ends (skipping strings with indexOf) and hands the
 * row's bytes to the built-in JSON.parse, several times faster. Memory stays bounded by one row
 * plus one network chunk.
 */
export class ReportParser {
  private state: State = "sniff";
  private leading = 0;
  private out: RawRow[] = [];
  private readonly decoder = new TextDecoder();

  private key: string | null = null;
  private reportEntry: "absent" | "list" | "null" = "absent";
  private otherTopKeys = 0;

  // The value being captured: its bytes so far from earlier chunks, and where it is in its syntax.
  private capturing = false;
  private sink: Sink = "other";
  private parts: Uint8Array[] = [];
  private partBytes = 0;
  private kind: "container" | "string" | "primitive" = "primitive";
  private depth = 0;
  private inString = false;
  private escaped = false;

  write(chunk: Uint8Array | string): RawRow[] {
    const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
    this.scan(bytes);
    const rows = this.out;
    this.out = [];
    return rows;
  }

  end(): RawRow[] {
    if (this.state === "sniff") throw new RaasError(problems.malformedJson("the response was empty."));
    if (this.state !== "done") throw new RaasError(problems.malformedJson("the JSON ends part way through."));
    if (this.reportEntry === "absent" && this.otherTopKeys > 0) {
      throw new RaasError(problems.malformedJson("it has no Report_Entry list."));
    }
    const rows = this.out;
    this.out = [];
    return rows;
  }

  private scan(bytes: Uint8Array): void {
    const n = bytes.length;
    let i = 0;
    if (this.capturing) {
      i = this.continueValue(bytes, 0);
      if (i < 0) return;
    }
    while (i < n) {
      const b = bytes[i];
      switch (this.state) {
        case "sniff": {
          if (this.leading < 3 && b === BOM[this.leading]) {
            this.leading++;
            i++;
            continue;
          }
          if (this.leading > 0 && this.leading < 3) throw new RaasError(problems.notJson("text in an unexpected encoding"));
          this.leading = 3;
          if (isWs(b)) break;
          if (b === 0x7b /* { */) {
            this.state = "top_key_or_end";
            break;
          }
          if (b === 0x5b /* [ */) throw new RaasError(problems.malformedJson("it is not a report (no Report_Entry list)."));
          throw new RaasError(problems.notJson(describeNonJson(bytes.subarray(i, i + 512))));
        }
        case "done":
          if (!isWs(b)) throw this.invalid("there is extra data after the report.");
          break;
        default: {
          if (isWs(b)) break;
          i = this.structural(bytes, i, b);
          if (i < 0) return;
          continue;
        }
      }
      i++;
    }
  }

  /** Handles a significant byte between values; returns where to go on (-1: the chunk ended in a value). */
  private structural(bytes: Uint8Array, i: number, b: number): number {
    switch (this.state) {
      case "top_key_or_end":
        if (b === 0x7d /* } */) {
          this.state = "done";
          return i + 1;
        }
      // falls through: otherwise a key
      case "top_key":
        if (b !== QUOTE) throw this.invalid();
        return this.startValue(bytes, i, "key");
      case "top_colon":
        if (b !== 0x3a /* : */) throw this.invalid();
        this.state = "top_value";
        return i + 1;
      case "top_value":
        if (this.key === "Report_Entry") {
          if (b === 0x5b /* [ */) {
            this.reportEntry = "list";
            this.state = "list_first";
            return i + 1;
          }
          if (b === 0x6e /* n */) return this.startValue(bytes, i, "entry_null");
          throw new RaasError(problems.malformedJson("its Report_Entry is not a list."));
        }
        return this.startValue(bytes, i, "other");
      case "top_after_value":
        if (b === 0x2c /* , */) this.state = "top_key";
        else if (b === 0x7d /* } */) this.state = "done";
        else throw this.invalid();
        return i + 1;
      case "list_first":
        if (b === 0x5d /* ] */) {
          this.state = "top_after_value";
          return i + 1;
        }
        return this.startValue(bytes, i, "row");
      case "list_next":
        return this.startValue(bytes, i, "row");
      case "list_after_row":
        if (b === 0x2c /* , */) this.state = "list_next";
        else if (b === 0x5d /* ] */) this.state = "top_after_value";
        else throw this.invalid();
        return i + 1;
      default:
        throw this.invalid();
    }
  }

  private startValue(bytes: Uint8Array, i: number, sink: Sink): number {
    const b = bytes[i];
    if (b === 0x5d || b === 0x7d || b === 0x2c || b === 0x3a) throw this.invalid();
    this.capturing = true;
    this.sink = sink;
    this.parts = [];
    this.partBytes = 0;
    this.depth = 0;
    this.escaped = false;
    this.inString = false;
    this.kind = b === 0x7b || b === 0x5b ? "container" : b === QUOTE ? "string" : "primitive";
    if (this.kind === "string") {
      this.inString = true;
      return this.continueValue(bytes, i, i + 1);
    }
    return this.continueValue(bytes, i, i);
  }

  /**
   * Scans the captured value from `from` (its bytes start at `start` in this chunk); when it ends,
   * parses it and returns the index after it, else keeps this chunk's part and returns -1.
   */
  private continueValue(bytes: Uint8Array, start: number, from = start): number {
    const n = bytes.length;
    let i = from;
    while (i < n) {
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          i++;
          continue;
        }
        const q = bytes.indexOf(QUOTE, i);
        if (q === -1) {
          // Does the chunk end on an escaping backslash? Count the run of backslashes before the end.
          let k = n - 1;
          while (k >= i && bytes[k] === BACKSLASH) k--;
          this.escaped = (n - 1 - k) % 2 === 1;
          i = n;
          break;
        }
        let k = q - 1;
        while (k >= i && bytes[k] === BACKSLASH) k--;
        i = q + 1;
        if ((q - 1 - k) % 2 === 1) continue; // an escaped quote
        this.inString = false;
        if (this.kind === "string") return this.finishValue(bytes, start, i);
        continue;
      }
      const b = bytes[i];
      if (this.kind === "primitive") {
        if (b === 0x2c || b === 0x5d || b === 0x7d || isWs(b)) return this.finishValue(bytes, start, i);
        i++;
        continue;
      }
      if (b === QUOTE) this.inString = true;
      else if (b === 0x7b || b === 0x5b) this.depth++;
      else if (b === 0x7d || b === 0x5d) {
        this.depth--;
        if (this.depth === 0) return this.finishValue(bytes, start, i + 1);
      }
      i++;
    }
    const part = bytes.subarray(start, n);
    this.partBytes += part.length;
    if (this.partBytes > MAX_VALUE_BYTES) throw new RaasError(problems.malformedJson("one of its rows is larger than 64 MB."));
    // A copy: the caller may reuse the chunk's buffer once write returns.
    this.parts.push(part.slice());
    return -1;
  }

  private finishValue(bytes: Uint8Array, start: number, end: number): number {
    let text: string;
    if (this.parts.length === 0) {
      text = this.decoder.decode(bytes.subarray(start, end));
    } else {
      const whole = new Uint8Array(this.partBytes + (end - start));
      let at = 0;
      for (const p of this.parts) {
        whole.set(p, at);
        at += p.length;
      }
      whole.set(bytes.subarray(start, end), at);
      text = this.decoder.decode(whole);
      this.parts = [];
    }
    this.capturing = false;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw this.invalid(undefined, err);
    }
    switch (this.sink) {
      case "key":
        this.key = value as string;
        this.state = "top_colon";
        break;
      case "row":
        this.out.push(normalizeRow(value));
        this.state = "list_after_row";
        break;
      case "entry_null":
        if (value !== null) throw new RaasError(problems.malformedJson("its Report_Entry is not a list."));
        this.reportEntry = "null";
        this.state = "top_after_value";
        break;
      case "other":
        this.otherTopKeys++;
        this.state = "top_after_value";
        break;
    }
    return end;
  }

  private invalid(words = "it is not valid JSON.", cause?: unknown): RaasError {
    return new RaasError(problems.malformedJson(words), { cause });
  }
}

function describeNonJson(head: Uint8Array): string {
  const text = new TextDecoder().decode(head).toLowerCase();
  if (text.startsWith("<")) {
    if (/<!doctype html|<html|<head|<body/.test(text)) return "a web page (HTML, often a sign-in page)";
    return "XML";
  }
  if (/^[^\n]*,[^\n]*(\r?\n|$)/.test(text)) return "CSV";
  return "plain text";
}

/** Reads a whole stream of chunks, calling onRow for each row (awaiting it when it returns a promise). */
export async function parseReportStream(
  source: AsyncIterable<Uint8Array | string>,
  onRow: (row: RawRow, index: number) => void | Promise<void>,
): Promise<number> {
  const parser = new ReportParser();
  let index = 0;
  const emit = async (rows: RawRow[]) => {
    for (const row of rows) {
      const r = onRow(row, index++);
      if (r && typeof (r as Promise<void>).then === "function") await r;
    }
  };
  for await (const chunk of source) await emit(parser.write(chunk));
  await emit(parser.end());
  return index;
}

/** Convenience for small bodies (tests, fixtures). */
export function parseReportText(text: string | Uint8Array): RawRow[] {
  const parser = new ReportParser();
  const rows = parser.write(text);
  rows.push(...parser.end());
  return rows;
}

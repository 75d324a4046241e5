/**
 * Streaming reader for RaaS JSON (`{"Report_Entry":[...]}`): rows come out as their bytes
 * arrive, and rows already handed out are dropped by the parser, so a 2 GB report is read in
 * memory bounded by one row plus one network chunk.
 */
import { Tokenizer, TokenParser, TokenType } from "@streamparser/json";
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

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const BOM = [0xef, 0xbb, 0xbf];

type Sniff = "pending" | "json";

/**
 * Push parser. `write` returns the rows a chunk completed; `end` checks the document was whole.
 * Both throw RaasError with not_json (XML, HTML, CSV...) or malformed_json.
 */
export class ReportParser {
  private sniff: Sniff = "pending";
  private leading = 0;
  private readonly tokenizer: Tokenizer;
  private readonly tokens: TokenParser;
  private out: RawRow[] = [];
  private failure: Error | null = null;
  private finished = false;

  // Top-level shape tracking: the token parser only sees rows, so we note ourselves whether
  // the root is an object and whether its Report_Entry is a list (or null).
  private depth = 0;
  private expectKey = false;
  private lastTopKey: string | null = null;
  private awaitingTopValue = false;
  private reportEntry: "absent" | "list" | "null" = "absent";
  private otherTopKeys = 0;
  private rootSeen = false;

  constructor() {
    this.tokenizer = new Tokenizer();
    this.tokens = new TokenParser({ paths: ["$.Report_Entry.*"], keepStack: false });
    this.tokens.onValue = ({ value, parent }) => {
      // A Report_Entry that is an object would also match the path; only list members are rows.
      if (Array.isArray(parent)) this.out.push(normalizeRow(value));
    };
    this.tokens.onError = (err) => {
      this.failure ??= err;
    };
    this.tokens.onEnd = () => {
      this.finished = true;
    };
    this.tokenizer.onError = (err) => {
      this.failure ??= err;
    };
    this.tokenizer.onToken = (t) => {
      this.track(t.token, t.value);
      this.tokens.write(t);
    };
  }

  write(chunk: Uint8Array | string): RawRow[] {
    const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
    if (this.sniff === "pending") {
      const start = this.sniffStart(bytes);
      if (start === -1) return [];
      this.sniff = "json";
      // The BOM and leading whitespace are consumed here; the tokenizer starts at `{`.
      this.feed(start === 0 ? bytes : bytes.subarray(start));
    } else {
      this.feed(bytes);
    }
    return this.take();
  }

  end(): RawRow[] {
    if (this.sniff === "pending") throw new RaasError(problems.malformedJson("the response was empty."));
    if (!this.finished && !this.failure) {
      try {
        this.tokenizer.end();
      } catch (err) {
        this.failure ??= err as Error;
      }
    }
    if (this.failure || !this.finished) {
      throw new RaasError(problems.malformedJson("the JSON ends part way through."), { cause: this.failure ?? undefined });
    }
    if (this.reportEntry === "absent" && this.otherTopKeys > 0) {
      throw new RaasError(problems.malformedJson("it has no Report_Entry list."));
    }
    return this.take();
  }

  private take(): RawRow[] {
    if (this.failure) throw this.malformed();
    const rows = this.out;
    this.out = [];
    return rows;
  }

  private feed(bytes: Uint8Array): void {
    if (this.failure) throw this.malformed();
    if (this.finished) {
      if (bytes.some((b) => !WS.has(b))) this.failure = new Error("data after the end of the JSON document");
      return;
    }
    try {
      this.tokenizer.write(bytes);
    } catch (err) {
      if (err instanceof RaasError) throw err;
      this.failure ??= err as Error;
    }
    if (this.failure) throw this.malformed();
  }

  private malformed(): RaasError {
    if (this.failure instanceof RaasError) return this.failure;
    const trailing = /after the end|ended/i.test(this.failure?.message ?? "");
    return new RaasError(
      problems.malformedJson(trailing ? "there is extra data after the report." : "it is not valid JSON."),
      { cause: this.failure ?? undefined },
    );
  }

  /** Index of the first significant byte, or -1 while only BOM/whitespace has been seen. */
  private sniffStart(bytes: Uint8Array): number {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      // `leading` counts BOM bytes while they are a prefix of the body, then goes past 3 for good.
      if (this.leading < 3 && b === BOM[this.leading]) {
        this.leading++;
        continue;
      }
      if (this.leading > 0 && this.leading < 3) throw new RaasError(problems.notJson("text in an unexpected encoding"));
      this.leading = 3;
      if (WS.has(b)) continue;
      if (b === 0x7b /* { */ || b === 0x5b /* [ */) return i;
      throw new RaasError(problems.notJson(describeNonJson(bytes.subarray(i, i + 512))));
    }
    return -1;
  }

  private track(token: TokenType, value: unknown): void {
    if (this.depth === 0) {
      if (this.rootSeen) return;
      this.rootSeen = true;
      if (token !== TokenType.LEFT_BRACE) {
        this.failure = new RaasError(problems.malformedJson("it is not a report (no Report_Entry list)."));
        throw this.failure;
      }
      this.depth = 1;
      this.expectKey = true;
      return;
    }
    if (this.depth === 1) {
      if (this.awaitingTopValue && token !== TokenType.COLON) {
        this.awaitingTopValue = false;
        if (this.lastTopKey === "Report_Entry") {
          if (token === TokenType.LEFT_BRACKET) this.reportEntry = "list";
          else if (token === TokenType.NULL) this.reportEntry = "null";
          else {
            this.failure = new RaasError(problems.malformedJson("its Report_Entry is not a list."));
            throw this.failure;
          }
        } else {
          this.otherTopKeys++;
        }
      } else if (token === TokenType.STRING && this.expectKey) {
        this.lastTopKey = value as string;
        this.expectKey = false;
        this.awaitingTopValue = true;
        return;
      } else if (token === TokenType.COMMA) {
        this.expectKey = true;
        return;
      }
    }
    if (token === TokenType.LEFT_BRACE || token === TokenType.LEFT_BRACKET) this.depth++;
    else if (token === TokenType.RIGHT_BRACE || token === TokenType.RIGHT_BRACKET) this.depth--;
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

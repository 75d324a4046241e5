/**
 * Cleaners for free text, names, emails and group lists. They run once per cell on reports of up to
 * a million rows, so the common case (short ASCII, already tidy) returns the input without allocating.
 */
import type { RawValue } from "../workday/types";

// Compiled once: a regex literal inside a function is cheap in V8, but keeping them here makes that explicit.
const WHITESPACE_RUN = /\s+/g;
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** Trims, folds inner whitespace (tabs, newlines, non-breaking spaces) to one space, NFC-normalises accents. Empty → null. */
export function cleanText(value: string): string | null {
  const n = value.length;
  let tidy = n > 0;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    // Non-ASCII may need NFC; control characters and doubled/edge spaces need folding.
    if (c < 32 || c > 126 || (c === 32 && (i === 0 || i === n - 1 || value.charCodeAt(i - 1) === 32))) {
      tidy = false;
      break;
    }
  }
  if (tidy) return value;
  let out = value.replace(WHITESPACE_RUN, " ").trim();
  if (out.length === 0) return null;
  for (let i = 0; i < out.length; i++) {
    if (out.charCodeAt(i) > 127) {
      out = out.normalize("NFC");
      break;
    }
  }
  return out;
}

/** Every value a cell holds: a string, a "; " list, or a subgroup whose objects each contribute their first value. */
export function rawValues(raw: RawValue | undefined): string[] {
  if (raw === undefined || raw === null) return [];
  if (typeof raw === "string") return [raw];
  const out: string[] = [];
  for (const item of raw as Array<string | Record<string, string>>) {
    if (typeof item === "string") out.push(item);
    else if (item && typeof item === "object") {
      for (const k in item) {
        const v = item[k];
        if (typeof v === "string") out.push(v);
        break;
      }
    }
  }
  return out;
}

/** A single-valued field: the first non-empty value, cleaned. */
export function firstText(raw: RawValue | undefined): string | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === "string") return cleanText(raw);
  for (const v of rawValues(raw)) {
    const t = cleanText(v);
    if (t !== null) return t;
  }
  return null;
}

/** Free text that may be multi-instance: each part cleaned, empties dropped, joined back with "; ". */
export function joinedText(raw: RawValue | undefined): string | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === "string") return cleanText(raw);
  const parts: string[] = [];
  for (const v of rawValues(raw)) {
    const t = cleanText(v);
    if (t !== null) parts.push(t);
  }
  return parts.length === 0 ? null : parts.join("; ");
}

/** Shown in previews: the cell as the admin would read it in Workday. */
export function rawDisplay(raw: RawValue | undefined): string {
  if (raw === undefined || raw === null) return "";
  if (typeof raw === "string") return raw;
  return rawValues(raw).join("; ");
}

export type EmailResult = { email: string; ok: true } | { email: null; ok: false; reason: "missing" | "invalid" };

/** Lower-cases and trims; an address without a plausible local@domain.tld shape is invalid. */
export function cleanEmail(value: string | null): EmailResult {
  if (value === null) return { email: null, ok: false, reason: "missing" };
  const t = value.trim();
  if (t.length === 0) return { email: null, ok: false, reason: "missing" };
  const lower = t.toLowerCase();
  if (!EMAIL_SHAPE.test(lower)) return { email: null, ok: false, reason: "invalid" };
  return { email: lower, ok: true };
}

/**
 * A user's groups: list items and "; "-joined strings alike become separate, trimmed, unique names
 * (first spelling kept), in report order.
 */
export function cleanGroups(raw: RawValue | undefined): string[] {
  const values = rawValues(raw);
  if (values.length === 0) return [];
  const out: string[] = [];
  for (const v of values) {
    if (v.indexOf(";") >= 0) {
      for (const part of v.split(";")) pushUnique(out, cleanText(part));
    } else pushUnique(out, cleanText(v));
  }
  return out;
}

function pushUnique(out: string[], value: string | null): void {
  if (value !== null && !out.includes(value)) out.push(value);
}

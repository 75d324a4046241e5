/**
 * Report-wide index of Workday ID → work email, so a manager given by ID or descriptor ("Alex Manager (000687)")
 * resolves to the manager's email whatever order the rows arrive in. Build it over the whole report first,
 * then clean: peers that link managers row by row miss the ones listed later.
 */
import type { RawRow } from "../workday/types";
import type { MappingConfig } from "./types";
import { cleanEmail, firstText } from "./clean-text";

export class WorkerIndex {
  private readonly emailById = new Map<string, string>();
  private readonly idColumn: string | null;
  private readonly emailColumn: string | null;

  constructor(mapping: Pick<MappingConfig, "columns">) {
    this.idColumn = mapping.columns.workdayId ?? null;
    this.emailColumn = mapping.columns.email ?? null;
  }

  /** Adds one row; rows without an ID or a valid email are skipped (they cannot be anyone's manager by email). */
  add(row: RawRow): void {
    if (this.idColumn === null || this.emailColumn === null) return;
    const id = firstText(row[this.idColumn]);
    if (id === null) return;
    const email = cleanEmail(firstText(row[this.emailColumn]));
    if (email.ok) this.set(id, email.email);
  }

  set(workdayId: string, email: string): void {
    this.emailById.set(idKey(workdayId), email);
  }

  emailFor(workdayId: string): string | null {
    return this.emailById.get(workdayId) ?? this.emailById.get(idKey(workdayId)) ?? null;
  }

  get size(): number {
    return this.emailById.size;
  }
}

/** IDs compare trimmed and case-insensitively ("e123" and "E123" are one worker). */
function idKey(id: string): string {
  return id.trim().toUpperCase();
}

export function buildWorkerIndex(rows: Iterable<RawRow>, mapping: Pick<MappingConfig, "columns">): WorkerIndex {
  const index = new WorkerIndex(mapping);
  for (const row of rows) index.add(row);
  return index;
}

/** An empty index, for cleaning without manager resolution (IDs then stay unresolved). */
export const EMPTY_WORKER_INDEX: WorkerIndex = new WorkerIndex({ columns: {} });

export type ManagerResult =
  | { email: string; problem: null }
  | { email: null; problem: "invalid" | "unresolved" };

/**
 * A manager cell → the manager's email. An "@" means it already is an email; "Name (ID)" or a bare ID
 * looks the ID up in the index.
 */
export function resolveManager(value: string, index: WorkerIndex): ManagerResult {
  if (value.indexOf("@") >= 0) {
    const e = cleanEmail(value);
    return e.ok ? { email: e.email, problem: null } : { email: null, problem: "invalid" };
  }
  let id = value;
  const close = value.lastIndexOf(")");
  const open = close > 0 ? value.lastIndexOf("(", close) : -1;
  if (open >= 0) id = value.slice(open + 1, close);
  id = id.trim();
  if (id.length === 0) return { email: null, problem: "unresolved" };
  const email = index.emailFor(id);
  return email === null ? { email: null, problem: "unresolved" } : { email, problem: null };
}

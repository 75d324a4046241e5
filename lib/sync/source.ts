/**
 * Where a sync's rows come from. The engine only needs "call me once per row"; a Workday connection
 * (raasSource) streams them over HTTP, tests and the bench hand over arrays.
 */
import { streamReport, type RawRow, type StreamReportOptions } from "@/lib/workday";

export type RowSink = (row: RawRow) => void | Promise<void>;

export interface ReportSource {
  users: (onRow: RowSink) => Promise<void>;
  /** Absent or null: the organization has no group report. */
  groups?: ((onRow: RowSink) => Promise<void>) | null;
}

export interface RaasSourceInput {
  usersUrl: string;
  groupsUrl?: string | null;
  username: string;
  password: string;
  extraHosts?: readonly string[];
  timeouts?: StreamReportOptions["timeouts"];
  signal?: AbortSignal;
}

/** Both reports fetched with streamReport; its RaasError (with `.problem`) propagates to previewSync. */
export function raasSource(input: RaasSourceInput): ReportSource {
  const opts: StreamReportOptions = {
    username: input.username,
    password: input.password,
    extraHosts: input.extraHosts,
    timeouts: input.timeouts,
    signal: input.signal,
  };
  const fetch = (url: string) => async (onRow: RowSink) => {
    await streamReport(url, opts, (row) => onRow(row));
  };
  return { users: fetch(input.usersUrl), groups: input.groupsUrl ? fetch(input.groupsUrl) : null };
}

/** Rows already in memory (tests, demos). A thrown error stands in for a failed fetch. */
export function memorySource(users: RawRow[] | (() => never), groups?: RawRow[] | null): ReportSource {
  const feed = (rows: RawRow[] | (() => never)) => async (onRow: RowSink) => {
    if (typeof rows === "function") rows();
    else for (const row of rows) await onRow(row);
  };
  return { users: feed(users), groups: groups ? feed(groups) : null };
}

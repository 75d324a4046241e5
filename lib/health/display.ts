/**
 * Words and numbers for the health pages: durations, times, a run's changes, the chart's points
 * and the console's URL query. Pure and without React, so the same text is rendered on the server
 * and in the browser (no locale or time zone of the machine leaks in) and can be tested alone.
 */
import type { HealthState, RunOutcome, RunTrigger, SyncCounts } from "@/db/schema";
import type { HealthSort } from "@/db/queries/health";
import { firstParam, type SearchParams } from "@/lib/search-params";

export const HEALTH_STATES: readonly HealthState[] = ["failing", "held", "degraded", "paused", "not_connected", "healthy"];
export const HEALTH_SORTS: readonly HealthSort[] = ["state", "name", "last_success", "since"];

/** "850 ms", "4.2 s", "3 min 5 s", "1 h 2 min". */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || ms < 0) return "—";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)} s`;
  const totalSeconds = Math.round(seconds);
  const minutes = Math.floor(totalSeconds / 60);
  if (minutes < 60) {
    const s = totalSeconds % 60;
    return s ? `${minutes} min ${s} s` : `${minutes} min`;
  }
  const hours = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${hours} h ${m} min` : `${hours} h`;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A fixed, unambiguous form (UTC), the same on server and browser: "2025-03-04 17:05 UTC". */
export function formatTimestamp(at: Date | string | null | undefined): string {
  if (!at) return "—";
  const d = typeof at === "string" ? new Date(at) : at;
  if (Number.isNaN(d.getTime())) return "—";
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

/** A compact form for narrow table cells and chart ticks (UTC): "12-04 15:54". */
export function formatShortTimestamp(at: Date | string | number | null | undefined): string {
  if (at === null || at === undefined) return "—";
  const d = at instanceof Date ? at : new Date(at);
  if (Number.isNaN(d.getTime())) return "—";
  return `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** Chart ticks: the day alone over a long span, the time too when the runs fit in two days. */
export function chartTickFormatter(points: readonly { t: number }[]): (t: number) => string {
  const span = points.length ? points[points.length - 1].t - points[0].t : 0;
  return span < 2 * 24 * 3600_000 ? (t) => formatShortTimestamp(t) : (t) => formatShortTimestamp(t).slice(0, 5);
}

/** "just now", "5 min ago", "3 h ago", "2 days ago"; "in 4 h" for the future. */
export function formatAgo(at: Date | string | null | undefined, now: Date): string {
  if (!at) return "never";
  const d = typeof at === "string" ? new Date(at) : at;
  const diff = now.getTime() - d.getTime();
  const abs = Math.abs(diff);
  const words = (): string => {
    if (abs < 60_000) return "";
    if (abs < 3600_000) return `${Math.floor(abs / 60_000)} min`;
    if (abs < 48 * 3600_000) return `${Math.floor(abs / 3600_000)} h`;
    return `${Math.floor(abs / (24 * 3600_000))} days`;
  };
  const w = words();
  if (!w) return diff >= 0 ? "just now" : "in under a minute";
  return diff >= 0 ? `${w} ago` : `in ${w}`;
}

/** A run's member changes in a few words: "12 added, 3 updated, 1 deactivated, 2 rejected". */
export function describeChanges(counts: SyncCounts | null | undefined): string {
  if (!counts) return "—";
  const parts: string[] = [];
  const add = (n: number, word: string) => {
    if (n > 0) parts.push(`${n.toLocaleString("en-US")} ${word}`);
  };
  add(counts.create, "added");
  add(counts.update, "updated");
  add(counts.reactivate, "reactivated");
  add(counts.deactivate, "deactivated");
  add(counts.remove, "removed");
  add(counts.rejected, "rejected");
  return parts.length ? parts.join(", ") : "No changes";
}

export const OUTCOME_WORDS: Record<RunOutcome, string> = {
  applied: "Applied",
  previewed: "Previewed",
  held: "Held for review",
  failed: "Failed",
};

export const TRIGGER_WORDS: Record<RunTrigger, string> = { scheduled: "Scheduled", manual: "Sync now" };

export interface ChartFigure {
  startedAt: Date | string;
  durationMs: number;
  memberCount: number | null;
  outcome: RunOutcome;
}

export interface ChartPoint {
  /** Epoch ms, the x axis. */
  t: number;
  /** Seconds, one decimal. */
  durationS: number;
  /** Null when the run did not get far enough to count members: the line skips it. */
  members: number | null;
  failed: boolean;
  outcome: RunOutcome;
}

/** The chart's points over the last `days`, oldest first. */
export function chartSeries(figures: readonly ChartFigure[], now: Date, days = 30): ChartPoint[] {
  const since = now.getTime() - days * 24 * 3600_000;
  return figures
    .map((f) => ({ f, t: new Date(f.startedAt).getTime() }))
    .filter(({ t }) => Number.isFinite(t) && t >= since && t <= now.getTime() + 60_000)
    .sort((a, b) => a.t - b.t)
    .map(({ f, t }) => ({
      t,
      durationS: Math.round(Math.max(0, f.durationMs) / 100) / 10,
      members: f.outcome === "failed" ? null : f.memberCount,
      failed: f.outcome === "failed",
      outcome: f.outcome,
    }));
}

/** Rows the console shows at first, and adds with each "show more". */
export const CONSOLE_PAGE = 200;
const CONSOLE_MAX = 5000;

export interface HealthQuery {
  q: string;
  state: HealthState | null;
  sort: HealthSort;
  /** How many rows to show: a multiple of CONSOLE_PAGE. */
  show: number;
}


/** The support console's URL query, with anything unknown dropped rather than trusted. */
export function parseHealthQuery(params: SearchParams): HealthQuery {
  const q = (firstParam(params.q) ?? "").trim().slice(0, 100);
  const stateParam = firstParam(params.state);
  const sortParam = firstParam(params.sort);
  const showParam = Number(firstParam(params.show));
  const pages = Number.isFinite(showParam) && showParam > 0 ? Math.ceil(showParam / CONSOLE_PAGE) : 1;
  return {
    q,
    state: HEALTH_STATES.includes(stateParam as HealthState) ? (stateParam as HealthState) : null,
    sort: HEALTH_SORTS.includes(sortParam as HealthSort) ? (sortParam as HealthSort) : "state",
    show: Math.min(CONSOLE_MAX, pages * CONSOLE_PAGE),
  };
}

/** The console's address for a query; defaults are left out so the plain /support is the default view. */
export function healthQueryHref(query: Partial<HealthQuery>, base = "/support"): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.state) params.set("state", query.state);
  if (query.sort && query.sort !== "state") params.set("sort", query.sort);
  if (query.show && query.show > CONSOLE_PAGE) params.set("show", String(query.show));
  const s = params.toString();
  return s ? `${base}?${s}` : base;
}

/** Audit actions in words for the organization's log. */
const AUDIT_WORDS: Record<string, string> = {
  "sync.requested": "Asked for a sync now",
  "sync.paused": "Paused scheduled syncs",
  "sync.resumed": "Resumed scheduled syncs",
  "sync.schedule_changed": "Changed the schedule",
  "sync.thresholds_changed": "Changed the deletion safeguards",
  "sync.applied": "Applied a sync",
  "health.webhook_saved": "Saved the alert webhook",
  "health.webhook_removed": "Removed the alert webhook",
  "connection.tested": "Tested the connection",
  "connection.saved": "Saved the connection",
  "organization.created": "Created the organization",
  "invitation.created": "Invited an admin",
  "invitation.accepted": "Accepted the invitation",
  "mapping.saved": "Saved the field mapping",
  "mapping.restored": "Restored a field mapping version",
  "member.restored": "Restored a member",
  "setup.submitted": "Submitted the endpoints to 10KC",
};

export function describeAuditAction(action: string): string {
  return AUDIT_WORDS[action] ?? action;
}

/**
 * When an organization's next scheduled run is due. "Daily at 03:00" means 03:00 where the
 * organization is (organizations.time_zone), through daylight-saving changes; "every N hours" counts
 * from the previous scheduled run.
 */
import type { ScheduleMode } from "@/db/schema";

export interface ScheduleSpec {
  mode: ScheduleMode;
  intervalHours: number;
  /** "HH:MM", 24-hour. */
  dailyAt: string;
}

export const DEFAULT_DAILY_AT = "03:00";
const HOUR = 3600_000;

export function isValidDailyAt(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock fields of `at` in `tz`. */
function wallClock(at: Date, tz: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: tz,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

/** Milliseconds `tz` is ahead of UTC at the instant `at`. */
function offsetAt(at: Date, tz: string): number {
  const w = wallClock(at, tz);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(at.getTime() / 1000) * 1000;
}

/**
 * The instant the clocks in `tz` show this date and time. A time skipped by a spring-forward change
 * lands just after the gap; a time shown twice in the autumn is its first showing.
 */
export function zonedTime(year: number, month: number, day: number, hour: number, minute: number, tz: string): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The offsets a day either side: equal on most days, the two sides of the change on a change day.
  const before = asUtc - offsetAt(new Date(asUtc - 24 * HOUR), tz);
  const after = asUtc - offsetAt(new Date(asUtc + 24 * HOUR), tz);
  const shows = (t: number) => {
    const w = wallClock(new Date(t), tz);
    return w.hour === hour && w.minute === minute;
  };
  const valid = [before, after].filter(shows).sort((a, b) => a - b);
  // None valid: the time falls in the gap, and the old offset carries it past the gap.
  return new Date(valid[0] ?? before);
}

/** The next run strictly after `after`, or null when the schedule is off. */
export function nextRunAt(spec: ScheduleSpec, timeZone: string, after: Date, lastScheduledAt?: Date | null): Date | null {
  if (spec.mode === "off") return null;
  if (spec.mode === "interval") {
    const every = Math.min(24, Math.max(1, Math.round(spec.intervalHours))) * HOUR;
    // From the previous run when there was one, so the rhythm holds; never in the past.
    const from = lastScheduledAt ? lastScheduledAt.getTime() + every : after.getTime() + every;
    return new Date(Math.max(from, after.getTime() + 1000));
  }
  const [hh, mm] = (isValidDailyAt(spec.dailyAt) ? spec.dailyAt : DEFAULT_DAILY_AT).split(":").map(Number);
  const tz = isValidTimeZone(timeZone) ? timeZone : "UTC";
  const today = wallClock(after, tz);
  for (let add = 0; add <= 2; add++) {
    // Calendar arithmetic on a UTC date, so month ends roll over correctly.
    const d = new Date(Date.UTC(today.year, today.month - 1, today.day + add));
    const at = zonedTime(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), hh, mm, tz);
    if (at.getTime() > after.getTime()) return at;
  }
  return new Date(after.getTime() + 24 * HOUR);
}

/** How long a scheduled run may keep retrying: half the gap to the next one, at most an hour. */
export function runWindowMs(spec: ScheduleSpec): number {
  const period = spec.mode === "interval" ? Math.min(24, Math.max(1, spec.intervalHours)) * HOUR : 24 * HOUR;
  return Math.min(HOUR, period / 2);
}

export function describeSchedule(spec: ScheduleSpec, paused: boolean): string {
  if (paused) return "Paused";
  if (spec.mode === "off") return "Off";
  if (spec.mode === "interval") return spec.intervalHours === 1 ? "Every hour" : `Every ${spec.intervalHours} hours`;
  return `Daily at ${spec.dailyAt}`;
}

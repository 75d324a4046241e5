import { describe, expect, it } from "vitest";
import { nextRunAt, runWindowMs, zonedTime } from "./next-run";

const daily = (dailyAt: string) => ({ mode: "daily" as const, intervalHours: 24, dailyAt });
const every = (intervalHours: number) => ({ mode: "interval" as const, intervalHours, dailyAt: "03:00" });

describe("next scheduled run", () => {
  it("is off when the schedule is off", () => {
    expect(nextRunAt({ mode: "off", intervalHours: 1, dailyAt: "03:00" }, "UTC", new Date())).toBeNull();
  });

  it("runs daily at the organization's local time", () => {
    // 2026-01-15 10:00 UTC is 05:00 in Toronto (EST, UTC-5): 03:00 today has passed, so tomorrow 08:00 UTC.
    const next = nextRunAt(daily("03:00"), "America/Toronto", new Date("2026-01-15T10:00:00Z"));
    expect(next?.toISOString()).toBe("2026-01-16T08:00:00.000Z");
    // In summer Toronto is UTC-4.
    expect(nextRunAt(daily("03:00"), "America/Toronto", new Date("2026-07-15T05:00:00Z"))?.toISOString()).toBe("2026-07-15T07:00:00.000Z");
    expect(nextRunAt(daily("23:30"), "Asia/Tokyo", new Date("2026-01-15T00:00:00Z"))?.toISOString()).toBe("2026-01-15T14:30:00.000Z");
  });

  it("handles the day clocks spring forward and fall back", () => {
    // 2026-03-08: Toronto skips 02:00–03:00. 02:30 does not exist; the run lands just after the gap.
    expect(zonedTime(2026, 3, 8, 2, 30, "America/Toronto").toISOString()).toBe("2026-03-08T07:30:00.000Z");
    // 2026-11-01: 01:30 happens twice; the first one (EDT) is chosen.
    expect(zonedTime(2026, 11, 1, 1, 30, "America/Toronto").toISOString()).toBe("2026-11-01T05:30:00.000Z");
    expect(zonedTime(2026, 11, 1, 3, 0, "America/Toronto").toISOString()).toBe("2026-11-01T08:00:00.000Z");
  });

  it("rolls over month ends", () => {
    expect(nextRunAt(daily("01:00"), "UTC", new Date("2026-01-31T02:00:00Z"))?.toISOString()).toBe("2026-02-01T01:00:00.000Z");
  });

  it("falls back to UTC for an unknown time zone", () => {
    expect(nextRunAt(daily("03:00"), "Mars/Olympus", new Date("2026-01-15T00:00:00Z"))?.toISOString()).toBe("2026-01-15T03:00:00.000Z");
  });

  it("runs every N hours from the previous scheduled run, never in the past", () => {
    const now = new Date("2026-01-15T10:00:00Z");
    expect(nextRunAt(every(6), "UTC", now)?.toISOString()).toBe("2026-01-15T16:00:00.000Z");
    expect(nextRunAt(every(6), "UTC", now, new Date("2026-01-15T08:00:00Z"))?.toISOString()).toBe("2026-01-15T14:00:00.000Z");
    // A worker that was down for a day does not fire a backlog: the next run is soon, once.
    expect(nextRunAt(every(1), "UTC", now, new Date("2026-01-14T08:00:00Z"))!.getTime()).toBeGreaterThan(now.getTime());
  });

  it("lets a run retry for half the gap to the next one, at most an hour", () => {
    expect(runWindowMs(every(1))).toBe(30 * 60_000);
    expect(runWindowMs(every(12))).toBe(60 * 60_000);
    expect(runWindowMs(daily("03:00"))).toBe(60 * 60_000);
  });
});

import { describe, expect, test } from "vitest";
import { scheduleFormSchema, thresholdsFormSchema, webhookFormSchema } from "@/components/health/schemas";
import {
  chartSeries,
  chartTickFormatter,
  formatShortTimestamp,
  describeAuditAction,
  describeChanges,
  formatAgo,
  formatDuration,
  formatTimestamp,
  healthQueryHref,
  parseHealthQuery,
} from "./display";

describe("formatDuration", () => {
  test.each([
    [0, "0 ms"],
    [850, "850 ms"],
    [4230, "4.2 s"],
    [42_400, "42 s"],
    [185_000, "3 min 5 s"],
    [180_000, "3 min"],
    [3_720_000, "1 h 2 min"],
    [7_200_000, "2 h"],
  ])("%i ms reads %s", (ms, words) => expect(formatDuration(ms)).toBe(words));

  test("nothing sensible reads as a dash", () => {
    expect(formatDuration(null)).toBe("—");
    expect(formatDuration(-5)).toBe("—");
    expect(formatDuration(Number.NaN)).toBe("—");
  });
});

describe("times", () => {
  const now = new Date("2025-03-10T12:00:00Z");
  test("timestamps are UTC and the same on every machine", () => {
    expect(formatTimestamp(new Date("2025-03-04T07:05:09Z"))).toBe("2025-03-04 07:05 UTC");
    expect(formatTimestamp("2025-12-31T23:59:00Z")).toBe("2025-12-31 23:59 UTC");
    expect(formatTimestamp(null)).toBe("—");
  });
  test("short timestamps and chart ticks", () => {
    expect(formatShortTimestamp(new Date("2025-03-04T07:05:09Z"))).toBe("03-04 07:05");
    expect(formatShortTimestamp(null)).toBe("—");
    const t0 = Date.parse("2025-03-04T07:05:00Z");
    expect(chartTickFormatter([{ t: t0 }, { t: t0 + 3600_000 }])(t0)).toBe("03-04 07:05");
    expect(chartTickFormatter([{ t: t0 }, { t: t0 + 5 * 24 * 3600_000 }])(t0)).toBe("03-04");
  });
  test("relative times", () => {
    expect(formatAgo(new Date(now.getTime() - 20_000), now)).toBe("just now");
    expect(formatAgo(new Date(now.getTime() - 5 * 60_000), now)).toBe("5 min ago");
    expect(formatAgo(new Date(now.getTime() - 3 * 3600_000), now)).toBe("3 h ago");
    expect(formatAgo(new Date(now.getTime() - 3 * 24 * 3600_000), now)).toBe("3 days ago");
    expect(formatAgo(new Date(now.getTime() + 4 * 3600_000), now)).toBe("in 4 h");
    expect(formatAgo(null, now)).toBe("never");
  });
});

describe("describeChanges", () => {
  const zero = { create: 0, update: 0, deactivate: 0, reactivate: 0, remove: 0, rejected: 0, groupsCreate: 0, groupsRemove: 0, membershipsAdd: 0, membershipsRemove: 0 };
  test("lists only what happened, in a fixed order", () => {
    expect(describeChanges({ ...zero, create: 1200, update: 3, deactivate: 1, rejected: 2 })).toBe("1,200 added, 3 updated, 1 deactivated, 2 rejected");
  });
  test("a run with nothing to do, and no run", () => {
    expect(describeChanges(zero)).toBe("No changes");
    expect(describeChanges(null)).toBe("—");
  });
});

describe("chartSeries", () => {
  const now = new Date("2025-03-31T00:00:00Z");
  const day = 24 * 3600_000;
  test("keeps the last 30 days, oldest first, seconds to one decimal, no member point for a failed run", () => {
    const points = chartSeries(
      [
        { startedAt: new Date(now.getTime() - 2 * day), durationMs: 4260, memberCount: 250, outcome: "applied" },
        { startedAt: new Date(now.getTime() - 40 * day), durationMs: 1000, memberCount: 200, outcome: "applied" },
        { startedAt: new Date(now.getTime() - 1 * day).toISOString(), durationMs: 800, memberCount: 250, outcome: "failed" },
        { startedAt: new Date(now.getTime() - 5 * day), durationMs: 61_000, memberCount: null, outcome: "held" },
      ],
      now,
    );
    expect(points.map((p) => p.t)).toEqual([now.getTime() - 5 * day, now.getTime() - 2 * day, now.getTime() - day]);
    expect(points.map((p) => p.durationS)).toEqual([61, 4.3, 0.8]);
    expect(points.map((p) => p.members)).toEqual([null, 250, null]);
    expect(points.map((p) => p.failed)).toEqual([false, false, true]);
  });
});

describe("the console's URL query", () => {
  test("unknown states and sorts are dropped, the search is trimmed", () => {
    expect(parseHealthQuery({ q: "  acme ", state: "failing", sort: "name" })).toEqual({ q: "acme", state: "failing", sort: "name", show: 200 });
    expect(parseHealthQuery({ state: "on-fire", sort: "drop table", show: "lots" })).toEqual({ q: "", state: null, sort: "state", show: 200 });
    expect(parseHealthQuery({ q: ["a", "b"] }).q).toBe("a");
  });
  test("rows shown grow a page at a time, up to a cap", () => {
    expect(parseHealthQuery({ show: "400" }).show).toBe(400);
    expect(parseHealthQuery({ show: "250" }).show).toBe(400);
    expect(parseHealthQuery({ show: "-1" }).show).toBe(200);
    expect(parseHealthQuery({ show: "999999" }).show).toBe(5000);
    expect(healthQueryHref({ q: "x", show: 400 })).toBe("/support?q=x&show=400");
  });
  test("the default view is the plain address", () => {
    expect(healthQueryHref({ q: "", state: null, sort: "state", show: 200 })).toBe("/support");
    expect(healthQueryHref({ q: "acme co", state: "held", sort: "last_success" })).toBe("/support?q=acme+co&state=held&sort=last_success");
  });
});

test("audit actions read as words; unknown ones as they are", () => {
  expect(describeAuditAction("sync.paused")).toBe("Paused scheduled syncs");
  expect(describeAuditAction("something.new")).toBe("something.new");
});

describe("form schemas shared with the server actions", () => {
  test("schedule: hours 1 to 24 from a text field, time as HH:MM", () => {
    expect(scheduleFormSchema.parse({ orgSlug: "a", mode: "interval", intervalHours: "6", dailyAt: "03:00" })).toMatchObject({ intervalHours: 6 });
    expect(scheduleFormSchema.safeParse({ orgSlug: "a", mode: "interval", intervalHours: "25", dailyAt: "03:00" }).success).toBe(false);
    expect(scheduleFormSchema.safeParse({ orgSlug: "a", mode: "interval", intervalHours: "1.5", dailyAt: "03:00" }).success).toBe(false);
    expect(scheduleFormSchema.safeParse({ orgSlug: "a", mode: "daily", intervalHours: "24", dailyAt: "24:00" }).success).toBe(false);
    expect(scheduleFormSchema.safeParse({ orgSlug: "a", mode: "weekly", intervalHours: "24", dailyAt: "03:00" }).success).toBe(false);
  });
  test("thresholds: an empty count means no count limit", () => {
    expect(thresholdsFormSchema.parse({ orgSlug: "a", deleteThresholdPercent: "20", deleteThresholdCount: "" })).toEqual({
      orgSlug: "a",
      deleteThresholdPercent: 20,
      deleteThresholdCount: null,
    });
    expect(thresholdsFormSchema.parse({ orgSlug: "a", deleteThresholdPercent: "5", deleteThresholdCount: "40" }).deleteThresholdCount).toBe(40);
    expect(thresholdsFormSchema.safeParse({ orgSlug: "a", deleteThresholdPercent: "101", deleteThresholdCount: "" }).success).toBe(false);
    expect(thresholdsFormSchema.safeParse({ orgSlug: "a", deleteThresholdPercent: "10", deleteThresholdCount: "-1" }).success).toBe(false);
  });
  test("webhook: the checkbox arrives as a string or a boolean", () => {
    expect(webhookFormSchema.parse({ orgSlug: "a", url: "https://x.test/h", rotateSecret: "on" }).rotateSecret).toBe(true);
    expect(webhookFormSchema.parse({ orgSlug: "a", url: "https://x.test/h" }).rotateSecret).toBe(false);
    expect(webhookFormSchema.parse({ orgSlug: "a", url: "https://x.test/h", rotateSecret: false }).rotateSecret).toBe(false);
  });
});

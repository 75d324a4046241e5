import { describe, expect, it } from "vitest";
import type { HealthState } from "@/db/schema";
import { alertFor, evaluateHealth, type RunFact } from "./state";

const now = new Date("2026-03-10T12:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);
const ok = (h: number, extra: Partial<RunFact> = {}): RunFact => ({ outcome: "applied", finishedAt: hoursAgo(h), rowsRead: 1000, rejected: 0, ...extra });
const fail = (h: number, errorCode = "timeout"): RunFact => ({ outcome: "failed", finishedAt: hoursAgo(h), errorCode, errorMessage: "It failed." });
const held = (h: number): RunFact => ({ outcome: "held", finishedAt: hoursAgo(h), heldReason: "Would remove 40% of members." });

const cases: Array<{ name: string; connected?: boolean; paused?: boolean; runs: RunFact[]; state: HealthState; reason?: RegExp }> = [
  { name: "no connection saved", connected: false, runs: [], state: "not_connected" },
  { name: "connected, never synced", runs: [], state: "not_connected", reason: /no sync has run/ },
  { name: "paused wins over everything", paused: true, runs: [fail(1, "auth_failed")], state: "paused" },
  { name: "paused without a connection is still paused", connected: false, paused: true, runs: [], state: "paused" },
  { name: "last run applied", runs: [ok(1)], state: "healthy" },
  { name: "a good preview counts as healthy", runs: [{ outcome: "previewed", finishedAt: hoursAgo(1), rowsRead: 10 }], state: "healthy" },
  { name: "recovers after failures", runs: [ok(1), fail(2), fail(3), fail(4)], state: "healthy" },
  { name: "one failure after a success today", runs: [fail(1), ok(5)], state: "degraded", reason: /earlier one today succeeded/ },
  { name: "two failures after a success today", runs: [fail(1), fail(2), ok(5)], state: "degraded" },
  { name: "three consecutive failures", runs: [fail(1), fail(2), fail(3), ok(4)], state: "failing", reason: /last 3 syncs failed/ },
  { name: "one failure, last success two days ago", runs: [fail(1), ok(48)], state: "failing", reason: /none has succeeded in the last day/ },
  { name: "first ever run failed", runs: [fail(1)], state: "failing" },
  { name: "auth failure fails at once", runs: [fail(1, "auth_failed"), ok(2)], state: "failing", reason: /refused/ },
  { name: "not authorized fails at once", runs: [fail(1, "not_authorized"), ok(2)], state: "failing" },
  { name: "plan held for review", runs: [held(1), ok(24)], state: "held", reason: /40%/ },
  { name: "rejected rows above 1%", runs: [ok(1, { rejected: 11, rowsRead: 1000 })], state: "degraded", reason: /11 of 1000/ },
  { name: "rejected rows at exactly 1% is fine", runs: [ok(1, { rejected: 10, rowsRead: 1000 })], state: "healthy" },
  { name: "old auth failure no longer counts", runs: [ok(1), fail(2, "auth_failed")], state: "healthy" },
];

describe("health rules", () => {
  it.each(cases)("$name → $state", ({ connected = true, paused = false, runs, state, reason }) => {
    const verdict = evaluateHealth({ connected, paused, runs, now });
    expect(verdict.state).toBe(state);
    if (reason) expect(verdict.reason).toMatch(reason);
  });

  it("names the setup step once, whether or not Workday's message already does", () => {
    const run = (errorMessage: string): RunFact => ({ outcome: "failed", finishedAt: hoursAgo(1), errorCode: "auth_failed", errorStep: 1, errorMessage });
    const own = evaluateHealth({ connected: true, paused: false, runs: [run("Check the ISU password (step 1).")], now }).reason;
    expect(own.match(/step 1/g)).toHaveLength(1);
    const bare = evaluateHealth({ connected: true, paused: false, runs: [run("Check the ISU password.")], now }).reason;
    expect(bare).toMatch(/\(setup step 1\)$/);
  });

  it("counts consecutive failures from the newest run", () => {
    expect(evaluateHealth({ connected: true, paused: false, runs: [fail(1), fail(2), ok(3), fail(4)], now }).consecutiveFailures).toBe(2);
  });
});

describe("alerts on state changes only", () => {
  const table: Array<[HealthState | null, HealthState, string | null]> = [
    [null, "failing", "failing"],
    ["healthy", "failing", "failing"],
    ["degraded", "failing", "failing"],
    ["failing", "failing", null],
    ["healthy", "held", "held"],
    ["held", "held", null],
    ["failing", "healthy", "recovered"],
    ["held", "healthy", "recovered"],
    ["failing", "degraded", "recovered"],
    ["healthy", "degraded", null],
    ["degraded", "healthy", null],
    ["failing", "paused", null],
    ["not_connected", "healthy", null],
  ];
  it.each(table)("%s → %s announces %s", (from, to, alert) => {
    expect(alertFor(from, to)).toBe(alert);
  });
});

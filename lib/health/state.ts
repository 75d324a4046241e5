/**
 * The health rules: from what is known about an organization's connection and its recent runs, the
 * state support sees and the words saying why. Pure, so the table of cases in state.test.ts is the
 * specification.
 */
import type { HealthState, RunOutcome } from "@/db/schema";

/** Consecutive failed runs that make a connection failing rather than degraded. */
export const FAILING_AFTER = 3;
/** Rejected rows above this share of the report make an otherwise good run degraded. */
export const REJECTED_SHARE_LIMIT = 0.01;
/** A failure is only "degraded" when a run succeeded within this long before it. */
export const RECENT_SUCCESS_MS = 24 * 60 * 60 * 1000;

/** Failures that retrying cannot fix: a person must change the ISU or its permissions. */
export const AUTH_CODES: ReadonlySet<string> = new Set(["auth_failed", "not_authorized"]);

export interface RunFact {
  outcome: RunOutcome;
  finishedAt: Date;
  errorCode?: string | null;
  errorStep?: number | null;
  errorMessage?: string | null;
  rowsRead?: number;
  rejected?: number;
  /** Held runs only: the safeguard's words. */
  heldReason?: string | null;
}

export interface HealthInput {
  /** A connection with a users URL and a saved password. */
  connected: boolean;
  paused: boolean;
  /** Newest first. Only finished runs; the caller leaves out a run still going. */
  runs: RunFact[];
  now: Date;
}

export interface HealthVerdict {
  state: HealthState;
  reason: string;
  consecutiveFailures: number;
}

export const STATE_WORDS: Record<HealthState, string> = {
  not_connected: "Not connected",
  healthy: "Healthy",
  degraded: "Degraded",
  failing: "Failing",
  held: "Held for review",
  paused: "Paused",
};

/** Most urgent first: the order of support's list. */
export const STATE_SEVERITY: Record<HealthState, number> = {
  failing: 0,
  held: 1,
  degraded: 2,
  paused: 3,
  not_connected: 4,
  healthy: 5,
};

const isSuccess = (r: RunFact) => r.outcome === "applied" || r.outcome === "previewed";

function failureWords(run: RunFact): string {
  const message = run.errorMessage ?? "The sync failed.";
  // Workday problems already name their step ("... (step 1)"); say it only where the message does not.
  const step = run.errorStep && !/\bstep \d\b/i.test(message) ? ` (setup step ${run.errorStep})` : "";
  return `${message}${step}`;
}

export function evaluateHealth(input: HealthInput): HealthVerdict {
  const { runs } = input;
  let consecutiveFailures = 0;
  while (consecutiveFailures < runs.length && runs[consecutiveFailures].outcome === "failed") consecutiveFailures++;
  const verdict = (state: HealthState, reason: string): HealthVerdict => ({ state, reason, consecutiveFailures });

  // Paused wins: support paused it on purpose, and nothing scheduled will change until resumed.
  if (input.paused) return verdict("paused", "Scheduled syncs are paused.");
  if (!input.connected) return verdict("not_connected", "No Workday connection is saved for this organization.");
  const last = runs[0];
  if (!last) return verdict("not_connected", "The connection is saved but no sync has run yet.");

  if (last.outcome === "failed") {
    if (last.errorCode && AUTH_CODES.has(last.errorCode)) {
      return verdict("failing", `Workday refused the Integration System User: ${failureWords(last)}`);
    }
    if (consecutiveFailures >= FAILING_AFTER) {
      return verdict("failing", `The last ${consecutiveFailures} syncs failed. ${failureWords(last)}`);
    }
    const since = input.now.getTime() - RECENT_SUCCESS_MS;
    const recentSuccess = runs.slice(consecutiveFailures).find((r) => isSuccess(r) && r.finishedAt.getTime() >= since);
    if (recentSuccess) return verdict("degraded", `The last sync failed; an earlier one today succeeded. ${failureWords(last)}`);
    return verdict("failing", `The last sync failed and none has succeeded in the last day. ${failureWords(last)}`);
  }
  if (last.outcome === "held") {
    return verdict("held", `A sync plan is held for review. ${last.heldReason ?? ""}`.trim());
  }
  const read = last.rowsRead ?? 0;
  const rejected = last.rejected ?? 0;
  if (read > 0 && rejected / read > REJECTED_SHARE_LIMIT) {
    const share = Math.round((rejected / read) * 1000) / 10;
    return verdict("degraded", `${rejected} of ${read} report rows (${share}%) were rejected in the last sync; see the rejected rows.`);
  }
  return verdict("healthy", last.outcome === "applied" ? "The last sync was applied." : "The last sync preview succeeded.");
}

export type AlertKind = "failing" | "held" | "recovered";

/**
 * Announcements on changes only: entering failing or held, and leaving them for a good state.
 * The same state twice in a row (five failing runs) announces nothing after the first.
 */
export function alertFor(from: HealthState | null, to: HealthState): AlertKind | null {
  if (from === to) return null;
  if (to === "failing") return "failing";
  if (to === "held") return "held";
  if ((from === "failing" || from === "held") && (to === "healthy" || to === "degraded")) return "recovered";
  return null;
}

/**
 * Which failures a scheduled run tries again, and when. Workday being briefly down or slow is common
 * and fixes itself; a refused sign-in never does, and retrying it can lock the ISU out.
 */
import { AUTH_CODES } from "@/lib/health/state";

/**
 * Codes worth another attempt: the network or Workday, not the setup; and the sync engine's "busy"
 * and "stale_plan" (another writer got there first: a fresh preview resolves it).
 */
export const TRANSIENT_CODES: ReadonlySet<string> = new Set([
  "timeout",
  "host_unreachable",
  "server_error",
  "tls_error",
  "malformed_json",
  "busy",
  "stale_plan",
]);

export type FailureKind = "transient" | "auth" | "permanent";

export function classifyFailure(code: string | null | undefined): FailureKind {
  if (code && AUTH_CODES.has(code)) return "auth";
  if (code && TRANSIENT_CODES.has(code)) return "transient";
  return "permanent";
}

export interface BackoffPolicy {
  /** Wait before the second attempt. */
  baseMs: number;
  /** No single wait is longer than this. */
  maxMs: number;
  /** Attempts in all, the first one included. */
  maxAttempts: number;
  /** ±share of randomness, so many organizations failing together do not retry in lockstep. */
  jitter: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 30_000, maxMs: 10 * 60_000, maxAttempts: 6, jitter: 0.2 };

/** Wait after failed attempt `attempt` (1-based): base, 2×base, 4×base..., capped, with jitter. */
export function backoffDelay(attempt: number, policy: BackoffPolicy = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const plain = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  const spread = plain * policy.jitter * (random() * 2 - 1);
  return Math.max(0, Math.round(plain + spread));
}

/**
 * Whether to try again after a failure, and after how long: only transient failures, only while
 * attempts remain, and only if the next attempt would start before the run's window closes (a
 * retry that overlaps the next scheduled run would only compete with it).
 */
export function retryDecision(
  input: { code: string | null | undefined; attempt: number; now: number; windowEndsAt: number },
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): { retry: false; why: "auth" | "permanent" | "attempts" | "window" } | { retry: true; delayMs: number } {
  const kind = classifyFailure(input.code);
  if (kind !== "transient") return { retry: false, why: kind };
  if (input.attempt >= policy.maxAttempts) return { retry: false, why: "attempts" };
  const delayMs = backoffDelay(input.attempt, policy, random);
  if (input.now + delayMs >= input.windowEndsAt) return { retry: false, why: "window" };
  return { retry: true, delayMs };
}

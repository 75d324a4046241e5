import { describe, expect, it } from "vitest";
import { backoffDelay, classifyFailure, retryDecision, type BackoffPolicy } from "./backoff";

const policy: BackoffPolicy = { baseMs: 1000, maxMs: 10_000, maxAttempts: 6, jitter: 0 };
const middle = () => 0.5;

describe("backoff", () => {
  it("doubles the wait after each failed attempt, up to the cap", () => {
    expect([1, 2, 3, 4, 5, 6].map((a) => backoffDelay(a, policy))).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
  });

  it("spreads waits by the jitter share, never below zero", () => {
    const p = { ...policy, jitter: 0.2 };
    expect(backoffDelay(1, p, () => 0)).toBe(800);
    expect(backoffDelay(1, p, () => 1)).toBe(1200);
    expect(backoffDelay(1, p, middle)).toBe(1000);
  });

  it("retries timeouts, unreachable hosts, 5xx and TLS failures", () => {
    for (const code of ["timeout", "host_unreachable", "server_error", "tls_error"]) {
      expect(classifyFailure(code), code).toBe("transient");
      expect(retryDecision({ code, attempt: 1, now: 0, windowEndsAt: 60_000 }, policy, middle)).toEqual({ retry: true, delayMs: 1000 });
    }
  });

  it("never retries a refused sign-in or a missing authorization", () => {
    for (const code of ["auth_failed", "not_authorized"]) {
      expect(retryDecision({ code, attempt: 1, now: 0, windowEndsAt: 3_600_000 }, policy)).toEqual({ retry: false, why: "auth" });
    }
  });

  it("does not retry setup mistakes such as a wrong URL", () => {
    expect(retryDecision({ code: "not_found", attempt: 1, now: 0, windowEndsAt: 3_600_000 }, policy)).toEqual({ retry: false, why: "permanent" });
    expect(retryDecision({ code: null, attempt: 1, now: 0, windowEndsAt: 3_600_000 }, policy)).toEqual({ retry: false, why: "permanent" });
  });

  it("stops when the attempts are used up or the window would close first", () => {
    expect(retryDecision({ code: "timeout", attempt: 6, now: 0, windowEndsAt: 3_600_000 }, policy)).toEqual({ retry: false, why: "attempts" });
    expect(retryDecision({ code: "timeout", attempt: 3, now: 0, windowEndsAt: 3999 }, policy, middle)).toEqual({ retry: false, why: "window" });
    expect(retryDecision({ code: "timeout", attempt: 3, now: 0, windowEndsAt: 4001 }, policy, middle)).toEqual({ retry: true, delayMs: 4000 });
  });
});

/**
 * Time caps for one report download. A 2 GB report legitimately takes minutes, so each phase has
 * its own cap (a stalled transfer is caught by `idle` long before `total` would notice).
 */
import { problems, type TimeoutCap } from "./problems";
import type { Problem } from "./types";

export interface RaasTimeouts {
  /** DNS lookup plus TCP (and TLS) connect. */
  connectMs: number;
  /** From sending the request to the response headers: Workday runs the report before answering. */
  firstByteMs: number;
  /** Longest gap between two chunks of the body. */
  idleMs: number;
  /** The whole download, including the time spent handling rows. */
  totalMs: number;
}

export const DEFAULT_TIMEOUTS: RaasTimeouts = {
  connectMs: 10_000,
  firstByteMs: 120_000,
  idleMs: 60_000,
  totalMs: 30 * 60_000,
};

const capMs: Record<Exclude<TimeoutCap, "total">, keyof RaasTimeouts> = {
  connect: "connectMs",
  firstByte: "firstByteMs",
  idle: "idleMs",
};

/** One phase timer at a time plus the overall one; `onTrip` gets the timeout problem once. */
export class Deadlines {
  private phase: NodeJS.Timeout | null = null;
  private total: NodeJS.Timeout | null;
  private tripped = false;

  constructor(
    readonly limits: RaasTimeouts,
    private readonly onTrip: (p: Problem) => void,
  ) {
    this.total = setTimeout(() => this.trip("total", limits.totalMs), limits.totalMs);
  }

  arm(cap: Exclude<TimeoutCap, "total">): void {
    this.disarm();
    const ms = this.limits[capMs[cap]];
    this.phase = setTimeout(() => this.trip(cap, ms), ms);
  }

  disarm(): void {
    if (this.phase) clearTimeout(this.phase);
    this.phase = null;
  }

  clear(): void {
    this.disarm();
    if (this.total) clearTimeout(this.total);
    this.total = null;
  }

  private trip(cap: TimeoutCap, ms: number): void {
    if (this.tripped) return;
    this.tripped = true;
    this.clear();
    this.onTrip(problems.timeout(cap, ms));
  }
}

export function resolveTimeouts(partial?: Partial<RaasTimeouts>): RaasTimeouts {
  const out = { ...DEFAULT_TIMEOUTS };
  for (const key of Object.keys(out) as Array<keyof RaasTimeouts>) {
    const v = partial?.[key];
    if (typeof v === "number" && Number.isFinite(v) && v > 0) out[key] = v;
  }
  return out;
}

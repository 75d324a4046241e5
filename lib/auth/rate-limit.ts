/**
 * Sliding-window limiter kept in memory: enough to slow password guessing against one app process.
 * Several instances each keep their own window, which still bounds guesses per instance.
 */
export class RateLimiter {
  private hits = new Map<string, number[]>();
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when any key has used up its tries in the window. */
  blocked(keys: string[]): boolean {
    const t = this.now();
    return keys.some((key) => this.recent(key, t).length >= this.limit);
  }

  /** Counts one try against each key. */
  record(keys: string[]) {
    const t = this.now();
    for (const key of keys) this.hits.set(key, [...this.recent(key, t), t]);
    if (this.hits.size > 10_000) this.prune(t);
  }

  private recent(key: string, t: number) {
    return (this.hits.get(key) ?? []).filter((at) => t - at < this.windowMs);
  }

  reset(keys: string[]) {
    for (const key of keys) this.hits.delete(key);
  }

  private prune(t: number) {
    for (const [key, list] of this.hits) if (list.every((at) => t - at >= this.windowMs)) this.hits.delete(key);
  }
}

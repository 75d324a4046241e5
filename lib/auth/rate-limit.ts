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

  /** Records an attempt for each key; false when any key is over its limit. */
  attempt(keys: string[]): boolean {
    const t = this.now();
    let allowed = true;
    for (const key of keys) {
      const recent = (this.hits.get(key) ?? []).filter((at) => t - at < this.windowMs);
      if (recent.length >= this.limit) allowed = false;
      recent.push(t);
      this.hits.set(key, recent);
    }
    if (this.hits.size > 10_000) this.prune(t);
    return allowed;
  }

  reset(keys: string[]) {
    for (const key of keys) this.hits.delete(key);
  }

  private prune(t: number) {
    for (const [key, list] of this.hits) if (list.every((at) => t - at >= this.windowMs)) this.hits.delete(key);
  }
}

/**
 * Stateless seeded randomness: every draw is a pure function of (seed, worker index, salt), so
 * any worker (a manager, say) can be regenerated on demand without keeping the report in memory.
 */

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Uniform in [0, 1). */
export function draw(seed: number, index: number, salt: number): number {
  return mix(mix(mix(seed | 0) ^ index) ^ Math.imul(salt, 0x9e3779b1)) / 4294967296;
}

export function pick<T>(list: readonly T[], seed: number, index: number, salt: number): T {
  return list[Math.floor(draw(seed, index, salt) * list.length)];
}

/** Stable 32-bit seed from free text (`seed=acme`). */
export function seedFrom(value: string | number | undefined | null, fallback = 1): number {
  if (value === undefined || value === null || value === "") return fallback;
  if (typeof value === "number" && Number.isFinite(value)) return value | 0;
  const n = Number(value);
  if (Number.isInteger(n)) return n | 0;
  let h = 2166136261;
  for (let i = 0; i < String(value).length; i++) h = Math.imul(h ^ String(value).charCodeAt(i), 16777619);
  return h | 0;
}

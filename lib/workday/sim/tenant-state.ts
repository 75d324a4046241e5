/**
 * What a stand-in tenant serves: size, seed, an injected fault and data tweaks. Set per tenant
 * (tests, demo) and overridden per request by query parameters of the same names.
 */
import { z } from "zod";
import { seedFrom } from "./random";
import { EXTRA_USER_COLUMNS, type ExtraUserColumn, type ReportConfig } from "./workers";

export const FAULTS = [
  "401", "403", "500", "404", "503", "406", "xml", "csv", "html", "slow", "stall", "truncated", "empty",
] as const;
export type SimFault = (typeof FAULTS)[number];

export const tenantStateSchema = z.object({
  workers: z.number().int().min(0).max(5_000_000).optional(),
  seed: z.union([z.number().int(), z.string()]).optional(),
  fault: z.enum(FAULTS).nullable().optional(),
  dropPercent: z.number().min(0).max(100).optional(),
  dropColumns: z.array(z.string()).optional(),
  extraColumns: z.array(z.enum(EXTRA_USER_COLUMNS)).optional(),
  delayMs: z.number().int().min(0).max(600_000).optional(),
  overrides: z.record(z.string(), z.record(z.string(), z.string().nullable())).optional(),
});
export type TenantState = z.infer<typeof tenantStateSchema>;

export const DEFAULT_WORKERS = 250;
export const DEFAULT_DELAY_MS = 3000;

export interface RequestPlan {
  config: ReportConfig;
  fault: SimFault | null;
  delayMs: number;
  /** The `format` query parameter: json, csv, or XML when absent (the RaaS default). */
  format: "json" | "csv" | "xml";
}

function int(value: string | null, min: number, max: number): number | undefined {
  if (value === null || value === "") return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.floor(n))) : undefined;
}

export function planRequest(query: URLSearchParams, state: TenantState | undefined): RequestPlan {
  const s = state ?? {};
  const faultParam = query.get("fault");
  const fault = faultParam && (FAULTS as readonly string[]).includes(faultParam) ? (faultParam as SimFault) : (s.fault ?? null);
  const dropColumnsParam = query.get("dropColumns");
  const extraColumnsParam = query.get("extraColumns");
  const fmt = (query.get("format") ?? "").toLowerCase();
  return {
    config: {
      workers: int(query.get("workers"), 0, 5_000_000) ?? s.workers ?? DEFAULT_WORKERS,
      seed: seedFrom(query.get("seed") ?? s.seed, 1),
      dropPercent: int(query.get("dropPercent"), 0, 100) ?? s.dropPercent ?? 0,
      dropColumns: dropColumnsParam !== null ? dropColumnsParam.split(",").map((c) => c.trim()).filter(Boolean) : (s.dropColumns ?? []),
      overrides: s.overrides ?? {},
      extraColumns:
        extraColumnsParam !== null
          ? extraColumnsParam.split(",").map((c) => c.trim()).filter((c): c is ExtraUserColumn => (EXTRA_USER_COLUMNS as readonly string[]).includes(c))
          : (s.extraColumns ?? []),
    },
    fault,
    delayMs: int(query.get("delayMs"), 0, 600_000) ?? s.delayMs ?? DEFAULT_DELAY_MS,
    format: fmt === "json" ? "json" : fmt === "csv" ? "csv" : "xml",
  };
}

/**
 * "Test connection": fetch the user report (and the group report, if any) end to end and say,
 * in setup-step terms, what is wrong. The result is the CLI's `check` JSON, so its shape is stable.
 */
import { fieldLabel, RECOMMENDED_USER_FIELDS, REQUIRED_USER_FIELDS, USER_FIELD_KEYS, type UserFieldKey } from "../mapping/fields";
import { suggestGroupMapping, suggestMapping } from "../mapping/suggest";
import type { LookupFn } from "./address-guard";
import { ColumnStats, type ColumnStat } from "./column-stats";
import type { RaasTimeouts } from "./deadlines";
import { problems, RaasError, scrubSecret } from "./problems";
import { streamReport } from "./raas-client";
import type { Problem, RawRow } from "./types";
import { parseRaasUrl } from "./url";

export type ReportKind = "users" | "groups";

export interface ReportCheck {
  ok: boolean;
  rows: number;
  columns: string[];
  /** Field key → suggested column (user fields for the user report, `groupName` for groups). */
  mapping: Record<string, string | null>;
  problems: Problem[];
  columnStats: ColumnStat[];
  /** First rows as received, for the admin to eyeball. */
  sample: RawRow[];
  tenant: string | null;
  report: string | null;
}

export interface CheckResult {
  ok: boolean;
  users: ReportCheck;
  groups: ReportCheck | null;
}

export interface CheckReportOptions {
  username: string;
  password: string;
  extraHosts?: readonly string[];
  timeouts?: Partial<RaasTimeouts>;
  maxBytes?: number;
  lookup?: LookupFn;
  signal?: AbortSignal;
  onProgress?: (p: { rows: number; bytes: number }) => void;
  /** Sees every row as it streams (the mapping preview keeps a snapshot of them). */
  onRow?: (row: RawRow) => void;
}

export interface CheckReportsInput extends Omit<CheckReportOptions, "onProgress" | "onRow"> {
  usersUrl: string;
  groupsUrl?: string | null;
  onProgress?: (p: { report: ReportKind; rows: number; bytes: number }) => void;
  onRow?: (report: ReportKind, row: RawRow) => void;
}

const SAMPLE_SIZE = 5;
/** A mapped column empty in more rows than this share is flagged. */
const SPARSE_BELOW = 0.5;

export async function checkReports(input: CheckReportsInput): Promise<CheckResult> {
  const { usersUrl, groupsUrl, onProgress, onRow, ...common } = input;
  const [users, groups] = await Promise.all([
    checkReport("users", usersUrl, {
      ...common,
      onProgress: onProgress && ((p) => onProgress({ report: "users", ...p })),
      onRow: onRow && ((row) => onRow("users", row)),
    }),
    groupsUrl
      ? checkReport("groups", groupsUrl, {
          ...common,
          onProgress: onProgress && ((p) => onProgress({ report: "groups", ...p })),
          onRow: onRow && ((row) => onRow("groups", row)),
        })
      : Promise.resolve(null),
  ]);
  return { ok: users.ok && (groups?.ok ?? true), users, groups };
}

export async function checkReport(kind: ReportKind, url: string, opts: CheckReportOptions): Promise<ReportCheck> {
  const parsed = parseRaasUrl(url, { extraHosts: opts.extraHosts });
  const stats = new ColumnStats();
  const sample: RawRow[] = [];
  const found: Problem[] = [];

  try {
    await streamReport(url, opts, (row) => {
      stats.add(row);
      opts.onRow?.(row);
      if (sample.length < SAMPLE_SIZE) sample.push(row);
    });
  } catch (err) {
    if (!(err instanceof RaasError)) throw err;
    found.push(err.problem);
  }

  const columns = stats.columns;
  const mapping = kind === "users" ? userMapping(columns) : { groupName: suggestGroupMapping(columns).groupName.column };
  if (found.length === 0) found.push(...contentProblems(kind, stats, mapping));

  const clean = found.map((p) => scrubSecret(p, opts.password));
  return {
    ok: !clean.some((p) => p.severity === "error"),
    rows: stats.rows,
    columns,
    mapping,
    problems: clean,
    columnStats: stats.toJSON(),
    sample,
    tenant: parsed.ok ? parsed.tenant : null,
    report: parsed.ok ? parsed.report : null,
  };
}

function userMapping(columns: string[]): Record<UserFieldKey, string | null> {
  const suggested = suggestMapping(columns);
  const out = {} as Record<UserFieldKey, string | null>;
  for (const key of USER_FIELD_KEYS) out[key] = suggested[key]?.column ?? null;
  return out;
}

function contentProblems(kind: ReportKind, stats: ColumnStats, mapping: Record<string, string | null>): Problem[] {
  if (stats.rows === 0) return [kind === "users" ? problems.emptyUserReport() : problems.emptyGroupReport()];
  const out: Problem[] = [];
  if (kind === "users") {
    const missing = REQUIRED_USER_FIELDS.filter((k) => !mapping[k]).map((k) => fieldLabel(k));
    if (missing.length) out.push(problems.missingRequiredFields(missing, "users"));
    const missingRecommended = RECOMMENDED_USER_FIELDS.filter((k) => !mapping[k]).map((k) => fieldLabel(k));
    if (missingRecommended.length) out.push(problems.missingRecommendedFields(missingRecommended));
  } else if (!mapping.groupName) {
    out.push(problems.missingRequiredFields([fieldLabel("groupName")], "groups"));
  }
  for (const [key, column] of Object.entries(mapping)) {
    if (!column) continue;
    const share = stats.share(column);
    if (share < SPARSE_BELOW) out.push(problems.sparseField(fieldLabel(key as UserFieldKey), column, share));
  }
  return out;
}

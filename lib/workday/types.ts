/**
 * A value as RaaS sends it, after parsing: a plain string, a multi-instance value split on "; ",
 * or a subgroup (an array of objects whose values are strings).
 */
export type RawValue = string | string[] | Array<Record<string, string>>;
/** One `Report_Entry` row. Absent keys and `null` values are both left out. */
export type RawRow = Record<string, RawValue>;

/** Setup step the admin should revisit (1 to 8), or null when no single step is at fault. */
export type SetupStep = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export type ProblemCode =
  | "bad_url"
  | "blocked_host"
  | "auth_failed"
  | "not_authorized"
  | "not_found"
  | "host_unreachable"
  | "tls_error"
  | "timeout"
  | "not_json"
  | "malformed_json"
  | "too_large"
  | "server_error"
  | "empty_report"
  | "missing_required_fields"
  | "missing_recommended_fields"
  | "sparse_field";

export interface Problem {
  code: ProblemCode;
  severity: "error" | "warning";
  step: SetupStep | null;
  /** What to change, in the admin's words. Never contains a password. */
  message: string;
}

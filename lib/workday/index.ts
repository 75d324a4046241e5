export type { Problem, ProblemCode, RawRow, RawValue, SetupStep } from "./types";
export { RaasError, isRaasError, problems } from "./problems";
export { parseRaasUrl, parseExtraHosts, isExtraHost, type ParsedRaasUrl, type RaasUrl } from "./url";
export { classifyAddress, resolveAllowedAddress, systemLookup, type LookupFn, type ResolvedAddress } from "./address-guard";
export { DEFAULT_TIMEOUTS, type RaasTimeouts } from "./deadlines";
export { ReportParser, normalizeRow, parseReportStream, parseReportText } from "./report-parser";
export { streamReport, DEFAULT_MAX_BYTES, type StreamReportOptions, type StreamReportResult, type RowHandler } from "./raas-client";
export { ColumnStats, hasValue, type ColumnStat } from "./column-stats";
export { checkReports, checkReport, type CheckResult, type ReportCheck, type ReportKind, type CheckReportsInput, type CheckReportOptions } from "./check";

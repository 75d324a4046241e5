/** The sync engine: preview a plan from Workday's reports, apply it, and the reads the pages need. */
export { previewSync, type PreviewSyncInput, type PreviewSyncResult } from "./preview";
export { applySync, type ApplySyncInput, type ApplySyncResult } from "./apply";
export type { ApplyStep } from "./apply-sql";
export { SyncError, isSyncError, type SyncErrorCode } from "./errors";
export { raasSource, memorySource, type ReportSource, type RowSink, type RaasSourceInput } from "./source";
export { restoreMember } from "./restore-member";
export { planCsv, planCsvChunks } from "./plan-csv";
export { checkSafeguards, type Hold, type HoldCode } from "./safeguards";
export type { SyncProgress } from "./run-progress";
export { emptyCounts } from "./plan-summary";
export type { RejectReason } from "./stage-rows";

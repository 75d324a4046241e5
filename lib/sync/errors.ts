/** Refusals of applySync, each with a code the page can branch on and words saying what to do. */
export type SyncErrorCode = "stale_plan" | "held" | "already_applied" | "busy" | "not_found";

export class SyncError extends Error {
  readonly code: SyncErrorCode;
  constructor(code: SyncErrorCode, message: string) {
    super(message);
    this.name = "SyncError";
    this.code = code;
  }
}

export function isSyncError(err: unknown): err is SyncError {
  return err instanceof SyncError;
}

export const syncErrors = {
  notFound: () => new SyncError("not_found", "This sync preview does not exist or has no plan to apply. Preview the sync again."),
  alreadyApplied: () => new SyncError("already_applied", "This plan has already been applied. Preview again to see whether anything changed since."),
  busy: () =>
    new SyncError("busy", "Another sync is being applied to this organization right now. Wait for it to finish, then preview again."),
  stale: () =>
    new SyncError(
      "stale_plan",
      "Members have changed since this preview (another sync was applied or a member was restored), so this plan is out of date. Preview again and apply the new plan.",
    ),
  held: (reason: string | null) =>
    new SyncError("held", `${reason ?? "This plan is held for review."} Review the changes and confirm this plan to apply it anyway.`),
};

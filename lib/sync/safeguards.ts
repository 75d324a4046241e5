/**
 * Checks on a finished plan that hold it for a person to confirm. Peers' worst failures are mass
 * deletions after a broken or partial report; an empty or shrunken report is far more often a lost
 * permission than a real exodus.
 */
import type { SyncCounts } from "@/db/schema";

export type HoldCode = "empty_report" | "partial_report" | "deletion_threshold";

export interface Hold {
  code: HoldCode;
  reason: string;
}

export interface SafeguardInput {
  counts: SyncCounts;
  /** Rows of the user report, rejected ones included. */
  reportRows: number;
  /** Active members before the sync. */
  activeMembers: number;
  deleteThresholdPercent: number;
  deleteThresholdCount: number | null;
}

export function checkSafeguards(input: SafeguardInput): Hold | null {
  const { counts, reportRows, activeMembers } = input;
  if (reportRows === 0) {
    return {
      code: "empty_report",
      reason:
        `The user report came back empty while the organization has ${activeMembers} active member${activeMembers === 1 ? "" : "s"}. ` +
        "This usually means the Integration System User lost access to workers (setup step 3) or the report's filter changed (step 4), not that everyone left.",
    };
  }
  if (reportRows < activeMembers / 2) {
    return {
      code: "partial_report",
      reason:
        `The user report has ${reportRows} row${reportRows === 1 ? "" : "s"}, fewer than half of the ${activeMembers} active members. ` +
        "This is more likely a connector or permission fault (setup steps 1 and 3) than real departures.",
    };
  }
  const leaving = counts.remove + counts.deactivate;
  const byPercent = (activeMembers * input.deleteThresholdPercent) / 100;
  const overPercent = activeMembers > 0 && leaving > byPercent;
  const overCount = input.deleteThresholdCount !== null && leaving > input.deleteThresholdCount;
  if (overPercent || overCount) {
    const limits = [
      `${input.deleteThresholdPercent}% of active members (${Math.floor(byPercent)})`,
      ...(input.deleteThresholdCount !== null ? [`${input.deleteThresholdCount} members`] : []),
    ];
    return {
      code: "deletion_threshold",
      reason:
        `This sync would remove ${counts.remove} and deactivate ${counts.deactivate} member${leaving === 1 ? "" : "s"} ` +
        `(${leaving} of ${activeMembers} active), more than the organization's limit of ${limits.join(" or ")}.`,
    };
  }
  return null;
}

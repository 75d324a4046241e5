/** How the members page words states and last changes; pure, shared by the page and its components. */
import type { MemberState } from "@/db/queries/members";

export const MEMBER_STATES: readonly { state: MemberState; label: string }[] = [
  { state: "active", label: "Active" },
  { state: "inactive", label: "Inactive" },
  { state: "removed", label: "Removed" },
];

export function parseState(param: string | undefined): MemberState | undefined {
  return MEMBER_STATES.find((s) => s.state === param)?.state;
}

const CHANGE_WORDS: Record<string, string> = {
  create: "Created",
  update: "Updated",
  deactivate: "Deactivated",
  reactivate: "Reactivated",
  remove: "Removed",
  restore: "Restored by support",
  reject: "Row rejected",
};

/** "Updated" for an action code; an unknown code is shown as its words. */
export function changeWords(action: string | null): string {
  if (!action) return "No change recorded";
  return CHANGE_WORDS[action] ?? action.replace(/_/g, " ");
}

/** A run's status as it matters to one member's history: only applied runs changed the member. */
export function historyStatusWords(runStatus: string, appliedByEmail: string | null): string {
  if (runStatus === "applied") return `applied by ${appliedByEmail ?? "the scheduler"}`;
  if (runStatus === "held") return "planned in a held preview, not applied";
  return "planned in a preview, not applied";
}

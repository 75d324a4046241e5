import type { MemberState } from "@/db/queries/members";

const STYLE: Record<MemberState, string> = {
  active: "bg-green-100 text-green-900",
  inactive: "bg-slate-200 text-slate-800",
  removed: "bg-red-100 text-red-900",
};

export function MemberStateBadge({ state }: { state: MemberState }) {
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${STYLE[state]}`} data-testid="member-state">
      {state}
    </span>
  );
}

import Link from "next/link";
import type { MemberState } from "@/db/queries/members";
import { MEMBER_STATES } from "@/app/(app)/orgs/[slug]/members/members-view";

/** All / Active / Inactive / Removed, each with its count; the current one is marked. */
export function StateFilter({
  counts,
  current,
  hrefFor,
}: {
  counts: Record<MemberState, number>;
  current: MemberState | undefined;
  hrefFor: (state: MemberState | undefined) => string;
}) {
  const all = counts.active + counts.inactive + counts.removed;
  const options = [{ state: undefined, label: "All", n: all }, ...MEMBER_STATES.map((s) => ({ ...s, n: counts[s.state] }))];
  return (
    <nav aria-label="Member state" className="flex flex-wrap gap-2" data-testid="state-filter">
      {options.map((o) => {
        const active = o.state === current;
        return (
          <Link
            key={o.label}
            href={hrefFor(o.state)}
            aria-current={active ? "page" : undefined}
            className={`rounded-full border px-3 py-1 text-sm font-medium ${active ? "border-brand bg-brand text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-100"}`}
          >
            {o.label} <span className="tabular-nums">({o.n.toLocaleString("en-US")})</span>
          </Link>
        );
      })}
    </nav>
  );
}

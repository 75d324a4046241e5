import Link from "next/link";
import type { SummaryItem } from "@/app/(app)/orgs/[slug]/sync/sync-view";

/** One tile per change kind (each opens its tab), then groups, memberships and manager links. */
export function SyncSummary({ items, hrefFor }: { items: SummaryItem[]; hrefFor: (tab: string) => string }) {
  return (
    <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-6" data-testid="sync-summary" aria-label="Summary of changes">
      {items.map((item) => {
        const body = (
          <>
            <span className="block text-xs text-slate-600">{item.label}</span>
            <span className="block text-xl font-semibold tabular-nums" data-testid={`count-${item.key}`}>
              {item.value.toLocaleString("en-US")}
            </span>
          </>
        );
        return (
          <li key={item.key}>
            {item.tab ? (
              <Link href={hrefFor(item.tab)} className="block rounded-md border border-slate-200 bg-white p-3 hover:border-brand">
                {body}
              </Link>
            ) : (
              <div className="rounded-md border border-slate-200 bg-slate-50 p-3">{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

import Link from "next/link";
import type { SyncCounts } from "@/db/schema/sync";
import { CHANGE_TABS } from "@/app/(app)/orgs/[slug]/sync/sync-view";

/** One link per change kind with its count; the current one is marked for screen readers too. */
export function ChangeTabs({ counts, current, hrefFor }: { counts: SyncCounts; current: string; hrefFor: (tab: string) => string }) {
  return (
    <nav aria-label="Change kinds" className="border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-1">
        {CHANGE_TABS.map((t) => {
          const active = t.slug === current;
          return (
            <li key={t.slug}>
              <Link
                href={hrefFor(t.slug)}
                aria-current={active ? "page" : undefined}
                className={`inline-block rounded-t-md border px-3 py-2 text-sm font-medium ${
                  active ? "border-slate-200 border-b-white bg-white text-brand" : "border-transparent text-slate-600 hover:text-slate-900"
                }`}
              >
                {t.label} <span className="tabular-nums text-slate-500">({counts[t.countKey].toLocaleString("en-US")})</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

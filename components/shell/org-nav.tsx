"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const SECTIONS = [
  { path: "setup", label: "Setup" },
  { path: "mapping", label: "Field mapping" },
  { path: "sync", label: "Sync" },
  { path: "members", label: "Members" },
  { path: "health", label: "Health and schedule" },
] as const;

/** The organization's sections; the current one is marked for screen readers as well as by colour. */
export function OrgNav({ slug, orgName, supportView }: { slug: string; orgName: string; supportView: boolean }) {
  const pathname = usePathname();
  return (
    <nav aria-label={`${orgName} sections`} className="mb-6 flex flex-wrap items-center gap-1 border-b border-slate-200 pb-2 text-sm">
      {supportView && (
        <Link href={`/support/orgs/${slug}`} className="mr-3 font-medium text-slate-700 hover:underline">
          {orgName}
        </Link>
      )}
      {SECTIONS.map(({ path, label }) => {
        const href = `/orgs/${slug}/${path}`;
        const current = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={path}
            href={href}
            aria-current={current ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 focus-visible:outline-2 focus-visible:outline-brand ${
              current ? "bg-brand/10 font-semibold text-brand" : "text-slate-600 hover:bg-slate-100"
            }`}
          >
            {label}
          </Link>
        );
      })}
    </nav>
  );
}

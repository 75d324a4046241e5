import Link from "next/link";

const linkStyle = "rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-100";
const offStyle = "rounded-md border border-slate-200 px-3 py-1.5 text-slate-400";

/** Previous / next links over a server-paged list, with where the reader is. */
export function Pager({
  page,
  pageCount,
  total,
  noun,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  total: number;
  noun: string;
  hrefFor: (page: number) => string;
}) {
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-slate-600" data-testid="pager-status">
        {total.toLocaleString("en-US")} {noun} · page {page.toLocaleString("en-US")} of {pageCount.toLocaleString("en-US")}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link href={hrefFor(page - 1)} className={linkStyle} rel="prev">
            ← Previous
          </Link>
        ) : (
          <span className={offStyle} aria-disabled="true">
            ← Previous
          </span>
        )}
        {page < pageCount ? (
          <Link href={hrefFor(page + 1)} className={linkStyle} rel="next">
            Next →
          </Link>
        ) : (
          <span className={offStyle} aria-disabled="true">
            Next →
          </span>
        )}
      </div>
    </nav>
  );
}

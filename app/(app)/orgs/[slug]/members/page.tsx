import Link from "next/link";
import { countMembersByState, getMember, listMembers, type MemberState } from "@/db/queries/members";
import { listMemberChanges } from "@/db/queries/sync-runs";
import { firstParam, isUuid, type SearchParams } from "@/lib/search-params";
import { requireOrgAccess } from "@/lib/session";
import { MemberHistory } from "@/components/members/member-history";
import { MembersTable, type MemberRowView } from "@/components/members/members-table";
import { StateFilter } from "@/components/members/state-filter";
import { Pager } from "@/components/sync/pager";
import { SearchForm } from "@/components/sync/search-form";
import { pageCount, parsePage } from "../sync/sync-view";
import { parseState } from "./members-view";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 50;

export default async function MembersPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { slug } = await params;
  const raw = await searchParams;
  const { user, org, db } = await requireOrgAccess(slug);
  const q = firstParam(raw.q)?.trim() ?? "";
  const state = parseState(firstParam(raw.state));
  const page = parsePage(firstParam(raw.page));
  const memberId = firstParam(raw.member);
  const selected = memberId && isUuid(memberId) ? memberId : null;

  const [byState, list, member, history] = await Promise.all([
    countMembersByState(db, { orgId: org.id }),
    listMembers(db, { orgId: org.id, search: q || undefined, state, page, pageSize: PAGE_SIZE }),
    selected ? getMember(db, { orgId: org.id, memberId: selected }) : Promise.resolve(null),
    selected ? listMemberChanges(db, { orgId: org.id, memberId: selected }) : Promise.resolve([]),
  ]);

  const base = `/orgs/${org.slug}/members`;
  const href = (p: { state?: MemberState; q?: string; page?: number; member?: string }) => {
    const u = new URLSearchParams();
    if (p.state) u.set("state", p.state);
    if (p.q) u.set("q", p.q);
    if (p.page && p.page > 1) u.set("page", String(p.page));
    if (p.member) u.set("member", p.member);
    const s = u.toString();
    return s ? `${base}?${s}` : base;
  };
  const rows: MemberRowView[] = list.items.map((m) => ({
    id: m.id,
    name: [m.firstName, m.lastName].filter(Boolean).join(" "),
    email: m.email,
    workdayId: m.workdayId,
    role: m.managementLevel,
    jobTitle: m.jobTitle,
    state: m.state,
    lastChangeAction: m.lastChangeAction,
    lastChangeAt: m.lastChangeAt?.toISOString() ?? null,
    historyHref: href({ state, q, page, member: m.id }),
  }));
  const totalMembers = byState.active + byState.inactive + byState.removed;

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Members</h1>
          <p className="mt-1 max-w-2xl text-slate-600">
            The organization&apos;s profiles as the syncs left them. Removed members are kept and can be restored by 10KC support. Changes
            come from Workday through a{" "}
            <Link href={`/orgs/${org.slug}/sync`} className="font-medium text-brand underline">
              sync
            </Link>
            , shaped by the{" "}
            <Link href={`/orgs/${org.slug}/mapping`} className="font-medium text-brand underline">
              field mapping
            </Link>
            .
          </p>
        </div>
      </header>

      {selected && !member && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          This member does not exist in this organization.
        </p>
      )}
      {member && (
        <MemberHistory
          orgSlug={org.slug}
          member={member}
          entries={history}
          canRestore={user.role === "support"}
          closeHref={href({ state, q, page })}
        />
      )}

      {totalMembers === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-700" data-testid="no-members">
          <p className="font-medium text-slate-900">No members yet.</p>
          <p className="mt-1">
            Members are created when a sync is applied.{" "}
            <Link href={`/orgs/${org.slug}/sync`} className="font-medium text-brand underline">
              Preview the first sync
            </Link>
          </p>
        </div>
      ) : (
        <div className="space-y-3">
          <StateFilter counts={byState} current={state} hrefFor={(s) => href({ state: s, q })} />
          <SearchForm action={base} keep={{ state }} query={q} label="Search members" placeholder="Email, name or Workday ID" />
          {list.total === 0 ? (
            <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600" data-testid="members-empty">
              {q ? `No member matches “${q}”.` : "No member is in this state."}
            </p>
          ) : (
            <>
              <MembersTable members={rows} selectedId={member?.id ?? null} />
              <Pager
                page={list.page}
                pageCount={pageCount(list.total, PAGE_SIZE)}
                total={list.total}
                noun={list.total === 1 ? "member" : "members"}
                hrefFor={(p) => href({ state, q, page: p })}
              />
            </>
          )}
        </div>
      )}
    </div>
  );
}

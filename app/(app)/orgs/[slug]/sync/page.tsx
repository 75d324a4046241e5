import Link from "next/link";
import { getConnection } from "@/db/queries/connections";
import { countManagerLinkChanges, getLatestSyncRun, getSyncRun, listSyncChanges, listSyncRuns } from "@/db/queries/sync-runs";
import type { SyncRun } from "@/db/schema";
import { whatIsMissing } from "@/lib/connections/test-connection";
import { firstParam, isUuid, type SearchParams } from "@/lib/search-params";
import { requireOrgAccess } from "@/lib/session";
import type { Db } from "@/db";
import { ProblemList } from "@/components/connection/problem-list";
import { ApplyPlanForm } from "@/components/sync/apply-plan-form";
import { ApplyResult } from "@/components/sync/apply-result";
import { ChangeTabs } from "@/components/sync/change-tabs";
import { ChangesTable } from "@/components/sync/changes-table";
import { HeldNotice } from "@/components/sync/held-notice";
import { NoPreview } from "@/components/sync/no-preview";
import { Pager } from "@/components/sync/pager";
import { PreviewSyncButton } from "@/components/sync/preview-sync-button";
import { RunProgress } from "@/components/sync/run-progress";
import { SearchForm } from "@/components/sync/search-form";
import { RunStatusBadge, SyncHistory } from "@/components/sync/sync-history";
import { SyncSummary } from "@/components/sync/sync-summary";
import { isStalled, pageCount, parsePage, pickTab, summaryItems } from "./sync-view";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 50;

type Search = { run?: string; tab?: string; q?: string; page?: string };

export default async function SyncPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { slug } = await params;
  const raw = await searchParams;
  const search: Search = { run: firstParam(raw.run), tab: firstParam(raw.tab), q: firstParam(raw.q), page: firstParam(raw.page) };
  const { org, db } = await requireOrgAccess(slug);
  const [connection, history, named] = await Promise.all([
    getConnection(db, { orgId: org.id }),
    listSyncRuns(db, { orgId: org.id, limit: 10 }),
    search.run && isUuid(search.run) ? getSyncRun(db, { orgId: org.id, runId: search.run }) : Promise.resolve(null),
  ]);
  const run = named ?? (search.run ? null : (history[0] ?? (await getLatestSyncRun(db, { orgId: org.id }))));
  const connected = !whatIsMissing(connection);

  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Sync members</h1>
          <p className="mt-1 max-w-2xl text-slate-600">
            Preview every member change Workday&apos;s reports would make, review it, then apply exactly that plan.
          </p>
          <p className="mt-1 max-w-2xl text-sm text-slate-600">
            Values look wrong? Fix them in the{" "}
            <Link href={`/orgs/${org.slug}/mapping`} className="font-medium text-brand underline">
              field mapping
            </Link>{" "}
            and preview again. Today&apos;s profiles are on the{" "}
            <Link href={`/orgs/${org.slug}/members`} className="font-medium text-brand underline">
              members
            </Link>{" "}
            page.
          </p>
        </div>
      </header>

      <PreviewSyncButton orgSlug={org.slug} disabled={!connected || (run?.status === "running" && !isStalled(run))} label={run ? "Preview sync again" : "Preview sync"} />

      {search.run && !named && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          This sync run does not exist. Preview the sync again.
        </p>
      )}
      {!run ? (search.run ? null : <NoPreview orgSlug={org.slug} connected={connected} />) : <RunView orgSlug={org.slug} db={db} orgId={org.id} run={run} search={search} />}

      <SyncHistory runs={history} orgSlug={org.slug} currentRunId={run?.id ?? null} />
    </div>
  );
}

async function RunView({ orgSlug, orgId, db, run, search }: { orgSlug: string; orgId: string; db: Db; run: SyncRun; search: Search }) {
  const progress = { runId: run.id, status: run.status, stage: run.stage, rowsRead: run.rowsRead, reportRows: run.reportRows };
  const heading = (
    <h2 className="flex flex-wrap items-center gap-2 text-lg font-semibold">
      Preview of {run.createdAt.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" })}
      <RunStatusBadge status={run.status} />
      <span className="text-sm font-normal text-slate-600">by {run.createdByEmail ?? "the scheduler"}</span>
    </h2>
  );
  if (run.status === "running" && isStalled(run)) {
    return (
      <section className="space-y-3">
        {heading}
        <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          This preview stopped reporting progress (the app may have restarted while it ran). Nothing was changed. Preview the sync again.
        </p>
      </section>
    );
  }
  if (run.status === "running") {
    return (
      <section className="space-y-3">
        {heading}
        <RunProgress orgSlug={orgSlug} initial={progress} />
      </section>
    );
  }
  if (run.status === "failed" || !run.counts) {
    return (
      <section className="space-y-3" data-testid="run-failed">
        {heading}
        <p className="text-sm text-slate-700">The sync stopped before it had a plan, so nothing was changed. Fix what is below, then preview again.</p>
        <ProblemList problems={run.problems} orgSlug={orgSlug} />
      </section>
    );
  }

  const counts = run.counts;
  const tab = pickTab(search.tab, counts);
  const q = search.q?.trim() ?? "";
  const [changes, managerLinks] = await Promise.all([
    listSyncChanges(db, { orgId, runId: run.id, action: tab.action, search: q || undefined, page: parsePage(search.page), pageSize: PAGE_SIZE }),
    countManagerLinkChanges(db, { orgId, runId: run.id }),
  ]);
  const pages = pageCount(changes.total, PAGE_SIZE);
  const base = `/orgs/${orgSlug}/sync`;
  const href = (p: { tab?: string; q?: string; page?: number }) => {
    const u = new URLSearchParams({ run: run.id });
    if (p.tab) u.set("tab", p.tab);
    if (p.q) u.set("q", p.q);
    if (p.page && p.page > 1) u.set("page", String(p.page));
    return `${base}?${u}`;
  };
  const memberChanges = counts.create + counts.update + counts.deactivate + counts.reactivate + counts.remove;
  const canApply = run.status === "previewed" || run.status === "held";

  return (
    <section className="space-y-4" aria-label="Sync plan">
      {heading}
      {run.status === "applied" && run.appliedAt && (
        <ApplyResult orgSlug={orgSlug} counts={counts} appliedBy={run.appliedByEmail} appliedAt={run.appliedAt.toISOString()} />
      )}
      {run.heldReason && <HeldNotice code={run.heldCode} reason={run.heldReason} confirmedBy={run.heldConfirmedBy} />}
      <ProblemList problems={run.problems} orgSlug={orgSlug} />
      <p className="text-sm text-slate-600">
        {(run.reportRows ?? 0).toLocaleString("en-US")} rows in the user report; {(run.activeMembers ?? 0).toLocaleString("en-US")} active
        members before this sync.{" "}
        <a href={`/api/orgs/${orgSlug}/sync/runs/${run.id}/csv`} className="font-medium text-brand underline" download>
          Download the whole plan (CSV)
        </a>
      </p>
      <SyncSummary items={summaryItems(counts, managerLinks)} hrefFor={(t) => href({ tab: t })} />
      {canApply && <ApplyPlanForm key={run.id} orgSlug={orgSlug} progress={progress} held={run.status === "held"} changes={memberChanges} />}

      <div className="space-y-3">
        <ChangeTabs counts={counts} current={tab.slug} hrefFor={(t) => href({ tab: t })} />
        <SearchForm
          action={base}
          keep={{ run: run.id, tab: tab.slug }}
          query={q}
          label={`Search ${tab.label.toLowerCase()}`}
          placeholder="Email, name or Workday ID"
        />
        {changes.total === 0 ? (
          <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600" data-testid="tab-empty">
            {q ? `Nothing matches “${q}”.` : tab.empty}
          </p>
        ) : (
          <>
            <ChangesTable action={tab.action} items={changes.items} caption={`${tab.label}: page ${changes.page}`} />
            <Pager
              page={changes.page}
              pageCount={pages}
              total={changes.total}
              noun={changes.total === 1 ? "change" : "changes"}
              hrefFor={(p) => href({ tab: tab.slug, q, page: p })}
            />
          </>
        )}
      </div>
    </section>
  );
}

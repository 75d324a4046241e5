import Link from "next/link";
import { getDb } from "@/db";
import { listAllOrganizationsHealth } from "@/db/queries/health";
import { listAllSupportNotifications } from "@/db/queries/notifications";
import { listConnectionsForProgressOf, listSetupStepsOf } from "@/db/queries/setup";
import { LastTestCell, SetupProgressCell, SubmittedCell } from "@/components/setup/setup-progress-cell";
import { ConsoleFilters } from "@/components/support/console-filters";
import { OrganizationsTable, type ConsoleRow } from "@/components/support/organizations-table";
import { CONSOLE_PAGE, formatTimestamp, healthQueryHref, parseHealthQuery } from "@/lib/health/display";
import { describeSchedule } from "@/lib/schedule/next-run";
import { setupFacts, setupProgress, type StoredStep } from "@/lib/setup/facts";
import { type SearchParams } from "@/lib/search-params";
import { requireSupport } from "@/lib/session";
import { CreateOrganizationForm } from "./create-organization-form";

export default async function SupportHome({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireSupport();
  const query = parseHealthQuery(await searchParams);
  const db = await getDb();
  const now = new Date();
  const [found, notices] = await Promise.all([
    // Sorted, filtered and searched in the database: most urgent first unless asked otherwise.
    // One more than shown, to know whether there are more.
    listAllOrganizationsHealth(db, { search: query.q || undefined, state: query.state ?? undefined, sort: query.sort, limit: query.show + 1 }),
    listAllSupportNotifications(db, { limit: 5 }),
  ]);
  const more = found.length > query.show;
  const orgs = more ? found.slice(0, query.show) : found;
  // Wizard progress only for the rows shown.
  const orgIds = orgs.map((o) => o.orgId);
  const [allSteps, allConnections] = await Promise.all([listSetupStepsOf(db, { orgIds }), listConnectionsForProgressOf(db, { orgIds })]);
  // Each organization's wizard progress, by the same rules its admin sees.
  const stepsByOrg = new Map<string, StoredStep[]>();
  for (const row of allSteps) stepsByOrg.set(row.organizationId, [...(stepsByOrg.get(row.organizationId) ?? []), row]);
  const connectionByOrg = new Map(allConnections.map((c) => [c.organizationId, c]));
  const wizardCell = (orgId: string, slug: string) => {
    const steps = stepsByOrg.get(orgId) ?? [];
    const connection = connectionByOrg.get(orgId) ?? null;
    const facts = setupFacts(steps, connection);
    const progress = setupProgress(steps, facts);
    const since = [progress.lastChange?.at, connection?.updatedAt].filter((d): d is Date => !!d).sort((a, b) => +b - +a)[0] ?? null;
    return (
      <div className="min-w-40 space-y-1">
        <Link href={`/orgs/${slug}/setup`} className="hover:underline">
          <SetupProgressCell progress={progress} />
        </Link>
        <div className="text-xs">
          Test: <LastTestCell test={facts.test} at={connection?.lastTestAt ?? null} />
        </div>
        <div className="text-xs">
          <SubmittedCell submittedAt={facts.submittedAt} since={since} />
        </div>
      </div>
    );
  };
  const rows: ConsoleRow[] = orgs.map((o) => ({
    slug: o.slug,
    name: o.name,
    state: o.state,
    reason: o.reason,
    since: o.since,
    lastSuccessAt: o.lastSuccessAt,
    lastAttemptAt: o.lastAttemptAt,
    membersCount: o.membersCount,
    lastRun: o.lastRun,
    schedule: o.schedule ? describeSchedule(o.schedule, o.schedule.paused) : "Not scheduled",
    wizard: wizardCell(o.orgId, o.slug),
  }));
  const anyFilter = !!query.q || !!query.state;

  return (
    <div className="space-y-8">
      {notices.length > 0 && (
        <section aria-label="Recent notifications" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="mb-2 text-lg font-semibold">Recent notifications</h2>
          <ul className="space-y-1 text-sm" data-testid="support-notifications">
            {notices.map((n) => (
              <li key={n.id}>
                <span className="text-slate-500">{formatTimestamp(n.createdAt)} · </span>
                {n.orgSlug ? (
                  <Link href={`/support/orgs/${n.orgSlug}`} className="text-brand underline">
                    {n.message}
                  </Link>
                ) : (
                  n.message
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h1 className="text-2xl font-semibold">Organizations</h1>
        <p className="text-sm text-slate-600">Connection health for every customer, failing ones first.</p>
        <ConsoleFilters query={query} shown={rows.length} more={more} />
        {rows.length === 0 ? (
          <p className="mt-4 rounded-md border border-dashed border-slate-300 p-6 text-slate-600">
            {anyFilter ? "No organization matches. Clear the search or the state filter." : "No organizations yet. Create the first customer below, then invite its Workday admin."}
          </p>
        ) : (
          <div className="mt-4">
            <OrganizationsTable rows={rows} query={query} now={now} />
            {more && (
              <p className="mt-3 text-sm">
                <Link href={healthQueryHref({ ...query, show: query.show + CONSOLE_PAGE })} className="text-brand underline" scroll={false}>
                  Show {CONSOLE_PAGE} more
                </Link>
              </p>
            )}
          </div>
        )}
      </section>
      <section className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 className="mb-4 text-lg font-semibold">New organization</h2>
        <CreateOrganizationForm />
      </section>
    </div>
  );
}

import Link from "next/link";
import { getDb } from "@/db";
import { listAllSupportNotifications } from "@/db/queries/notifications";
import { listAllOrganizations } from "@/db/queries/organizations";
import { listAllConnectionsForProgress, listAllSetupSteps } from "@/db/queries/setup";
import { LastTestCell, SetupProgressCell, SubmittedCell } from "@/components/setup/setup-progress-cell";
import { setupFacts, setupProgress, type StoredStep } from "@/lib/setup/facts";
import { requireSupport } from "@/lib/session";
import { CreateOrganizationForm } from "./create-organization-form";

export default async function SupportHome() {
  await requireSupport();
  const db = await getDb();
  const [orgs, allSteps, allConnections, notices] = await Promise.all([
    listAllOrganizations(db),
    listAllSetupSteps(db),
    listAllConnectionsForProgress(db),
    listAllSupportNotifications(db, { limit: 5 }),
  ]);
  // Each organization's wizard progress, by the same rules its admin sees.
  const stepsByOrg = new Map<string, StoredStep[]>();
  for (const row of allSteps) stepsByOrg.set(row.organizationId, [...(stepsByOrg.get(row.organizationId) ?? []), row]);
  const connectionByOrg = new Map(allConnections.map((c) => [c.organizationId, c]));
  const progressOf = (orgId: string) => {
    const steps = stepsByOrg.get(orgId) ?? [];
    const connection = connectionByOrg.get(orgId) ?? null;
    const facts = setupFacts(steps, connection);
    const progress = setupProgress(steps, facts);
    const latest = [progress.lastChange?.at, connection?.updatedAt].filter((d): d is Date => !!d).sort((a, b) => +b - +a)[0] ?? null;
    return { progress, facts, lastTestAt: connection?.lastTestAt ?? null, since: latest };
  };
  return (
    <div className="space-y-8">
      {notices.length > 0 && (
        <section aria-label="Recent notifications" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="mb-2 text-lg font-semibold">Recent notifications</h2>
          <ul className="space-y-1 text-sm" data-testid="support-notifications">
            {notices.map((n) => (
              <li key={n.id}>
                <span className="text-slate-500">{n.createdAt.toISOString().slice(0, 16).replace("T", " ")} · </span>
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
        {orgs.length === 0 ? (
          <p className="mt-4 rounded-md border border-dashed border-slate-300 p-6 text-slate-600">
            No organizations yet. Create the first customer below, then invite its Workday admin.
          </p>
        ) : (
          <table className="mt-4 w-full border-collapse rounded-md bg-white text-sm shadow-sm">
            <thead>
              <tr className="border-b text-left text-slate-600">
                <th className="px-4 py-2 font-medium">Customer</th>
                <th className="px-4 py-2 font-medium">Address</th>
                <th className="px-4 py-2 font-medium">Setup</th>
                <th className="px-4 py-2 font-medium">Last test</th>
                <th className="px-4 py-2 font-medium">Submitted</th>
                <th className="px-4 py-2 font-medium">Created</th>
              </tr>
            </thead>
            <tbody>
              {orgs.map((org) => {
                const { progress, facts, lastTestAt, since } = progressOf(org.id);
                return (
                  <tr key={org.id} className="border-b align-top last:border-0" data-testid={`org-row-${org.slug}`}>
                    <td className="px-4 py-2">
                      <Link href={`/support/orgs/${org.slug}`} className="font-medium text-brand underline">
                        {org.name}
                      </Link>
                    </td>
                    <td className="px-4 py-2 font-mono text-xs">{org.slug}</td>
                    <td className="px-4 py-2">
                      <Link href={`/orgs/${org.slug}/setup`} className="hover:underline">
                        <SetupProgressCell progress={progress} />
                      </Link>
                    </td>
                    <td className="px-4 py-2">
                      <LastTestCell test={facts.test} at={lastTestAt} />
                    </td>
                    <td className="px-4 py-2">
                      <SubmittedCell submittedAt={facts.submittedAt} since={since} />
                    </td>
                    <td className="px-4 py-2">{org.createdAt.toISOString().slice(0, 10)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      <section className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 className="mb-4 text-lg font-semibold">New organization</h2>
        <CreateOrganizationForm />
      </section>
    </div>
  );
}

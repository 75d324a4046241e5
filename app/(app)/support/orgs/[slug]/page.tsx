import Link from "next/link";
import { notFound } from "next/navigation";
import { listInvitations } from "@/db/queries/invitations";
import { findOrganizationBySlug } from "@/db/queries/organizations";
import { listOrganizationAdmins } from "@/db/queries/users";
import { getDb } from "@/db";
import { HealthOverview } from "@/components/health/health-overview";
import { requireSupport } from "@/lib/session";
import { loadOrgHealth } from "@/app/(app)/orgs/[slug]/health/load-health";
import { InviteAdminForm } from "./invite-admin-form";

export default async function SupportOrganizationPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireSupport();
  const { slug } = await params;
  const db = await getDb();
  const org = await findOrganizationBySlug(db, slug);
  if (!org) notFound();
  const [admins, invitations, view] = await Promise.all([
    listOrganizationAdmins(db, org.id),
    listInvitations(db, { orgId: org.id }),
    loadOrgHealth(db, { orgId: org.id }),
  ]);
  if (!view) notFound();
  return (
    <div className="space-y-8">
      <div>
        <Link href="/support" className="text-sm text-brand underline">
          ← All organizations
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">{org.name}</h1>
        <p className="flex flex-wrap gap-x-4 text-sm text-slate-600">
          <span className="font-mono text-xs leading-5">{org.slug}</span>
          <Link href={`/orgs/${org.slug}/setup`} className="text-brand underline">
            Setup ({view.setup.stepsDone}/8 steps saved{view.setup.submittedAt ? ", submitted" : ""})
          </Link>
          <Link href={`/orgs/${org.slug}/mapping`} className="text-brand underline">
            Field mapping
          </Link>
          <Link href={`/orgs/${org.slug}/sync`} className="text-brand underline">
            Sync preview
          </Link>
        </p>
      </div>

      <HealthOverview view={view} role="support" />

      <section className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 className="mb-4 text-lg font-semibold">Invite the Workday admin</h2>
        <InviteAdminForm orgSlug={org.slug} />
      </section>
      <section className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 className="mb-2 text-lg font-semibold">Admins</h2>
        {admins.length === 0 ? (
          <p className="text-sm text-slate-600">No admin has joined yet.</p>
        ) : (
          <ul className="text-sm">
            {admins.map((a) => (
              <li key={a.id}>
                {a.name} · {a.email}
              </li>
            ))}
          </ul>
        )}
        <h3 className="mt-4 mb-2 font-medium">Invitations</h3>
        {invitations.length === 0 ? (
          <p className="text-sm text-slate-600">None sent.</p>
        ) : (
          <ul className="text-sm">
            {invitations.map((i) => (
              <li key={i.id}>
                {i.email} ·{" "}
                {i.acceptedAt
                  ? `accepted ${i.acceptedAt.toISOString().slice(0, 10)}`
                  : i.expiresAt < new Date()
                    ? "expired"
                    : `pending until ${i.expiresAt.toISOString().slice(0, 10)}`}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

import { HealthOverview } from "@/components/health/health-overview";
import { requireOrgAccess } from "@/lib/session";
import { notFound } from "next/navigation";
import { loadOrgHealth } from "./load-health";

export default async function OrgHealthPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  // Support sees any organization, an admin only their own; anything else is a 404.
  const { user, org, db } = await requireOrgAccess(slug);
  const view = await loadOrgHealth(db, { orgId: org.id });
  if (!view) notFound();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Health and schedule</h1>
        <p className="text-sm text-slate-600">How the Workday sync for {org.name} is doing, when it runs, and a sync on demand.</p>
      </div>
      <HealthOverview view={view} role={user.role === "support" ? "support" : "admin"} />
    </div>
  );
}

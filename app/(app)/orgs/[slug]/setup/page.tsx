import { requireOrgAccess } from "@/lib/session";

export default async function SetupPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { org } = await requireOrgAccess(slug);
  return (
    <div>
      <h1 className="text-2xl font-semibold">Connect {org.name}&apos;s Workday</h1>
      <p className="mt-2 text-slate-600">Set up the connection between your Workday tenant and Ten Thousand Coffees.</p>
    </div>
  );
}

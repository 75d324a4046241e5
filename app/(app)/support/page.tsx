import Link from "next/link";
import { getDb } from "@/db";
import { listAllOrganizations } from "@/db/queries/organizations";
import { requireSupport } from "@/lib/session";
import { CreateOrganizationForm } from "./create-organization-form";

export default async function SupportHome() {
  await requireSupport();
  const orgs = await listAllOrganizations(await getDb());
  return (
    <div className="space-y-8">
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
                <th className="px-4 py-2 font-medium">Created</th>
              </tr>
            </thead>
            <tbody>
              {orgs.map((org) => (
                <tr key={org.id} className="border-b last:border-0">
                  <td className="px-4 py-2">
                    <Link href={`/support/orgs/${org.slug}`} className="font-medium text-brand underline">
                      {org.name}
                    </Link>
                  </td>
                  <td className="px-4 py-2 font-mono text-xs">{org.slug}</td>
                  <td className="px-4 py-2">{org.createdAt.toISOString().slice(0, 10)}</td>
                </tr>
              ))}
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

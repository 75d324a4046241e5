import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { findOrganizationById } from "@/db/queries/organizations";
import { requireUser } from "@/lib/session";

export default async function Home() {
  const user = await requireUser();
  if (user.role === "support") redirect("/support");
  const org = user.orgId ? await findOrganizationById(await getDb(), user.orgId) : null;
  if (!org) redirect("/signin");
  redirect(`/orgs/${org.slug}/setup`);
}

import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db";
import { findOrganizationById } from "@/db/queries/organizations";
import { parseStepNumber } from "@/lib/setup/steps";
import { requireUser } from "@/lib/session";

/**
 * /setup and /setup/3 without an organization in the address (links in help text and emails):
 * an admin lands on their own organization's step; support, who has none, on the organizations list.
 */
export default async function SetupShortcut({ params }: { params: Promise<{ step?: string[] }> }) {
  const user = await requireUser();
  if (user.role === "support") redirect("/support");
  const org = user.orgId ? await findOrganizationById(await getDb(), user.orgId) : null;
  if (!org) notFound();
  const { step: parts = [] } = await params;
  const step = parts.length === 1 ? parseStepNumber(parts[0]) : null;
  redirect(step ? `/orgs/${org.slug}/setup/${step}` : `/orgs/${org.slug}/setup`);
}

import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import { findOrganizationBySlug } from "@/db/queries/organizations";
import { findUserById } from "@/db/queries/users";
import { auth } from "@/lib/auth";
import type { SessionUser } from "@/lib/actions/core";

/**
 * The signed-in user, read again from the database on each request so that a removed user or a
 * changed role takes effect at once rather than when the token expires.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = await findUserById(await getDb(), id);
  if (!user) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, orgId: user.organizationId };
});

export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/signin");
  return user;
}

/** Support pages answer 404 to an admin: they are not shown, and their existence is not confirmed. */
export async function requireSupport(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "support") notFound();
  return user;
}

/** An organization's page: support sees any, an admin only their own; anything else is a 404. */
export async function requireOrgAccess(slug: string) {
  const user = await requireUser();
  const org = await findOrganizationBySlug(await getDb(), slug);
  if (!org || (user.role !== "support" && user.orgId !== org.id)) notFound();
  return { user, org, db: await getDb() };
}

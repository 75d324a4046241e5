import { getDb } from "@/db";
import { findOrganizationBySlug } from "@/db/queries/organizations";
import { currentUser } from "@/lib/session";

/** Route handlers' twin of requireOrgAccess: a 401 or 404 Response instead of a redirect. */
export async function orgRouteAccess(slug: string) {
  const user = await currentUser();
  if (!user) return { error: Response.json({ error: "Sign in first." }, { status: 401 }) } as const;
  const db = await getDb();
  const org = await findOrganizationBySlug(db, slug);
  if (!org || (user.role !== "support" && user.orgId !== org.id)) {
    return { error: Response.json({ error: "Not found." }, { status: 404 }) } as const;
  }
  return { user, org, db } as const;
}

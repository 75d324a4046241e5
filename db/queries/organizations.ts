import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { organizations } from "../schema";

export async function createOrganization(db: DbOrTx, input: { slug: string; name: string; timeZone?: string }) {
  const [org] = await db.insert(organizations).values(input).returning();
  return org;
}

export async function findOrganizationBySlug(db: DbOrTx, slug: string) {
  const [org] = await db.select().from(organizations).where(eq(organizations.slug, slug)).limit(1);
  return org ?? null;
}

export async function findOrganizationById(db: DbOrTx, orgId: string) {
  const [org] = await db.select().from(organizations).where(eq(organizations.id, orgId)).limit(1);
  return org ?? null;
}

/** Support-wide: every organization. */
export async function listAllOrganizations(db: DbOrTx) {
  return db.select().from(organizations).orderBy(asc(organizations.name));
}

import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { users, type Role } from "../schema";

export async function findUserByEmail(db: DbOrTx, email: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`)
    .limit(1);
  return user ?? null;
}

export async function findUserById(db: DbOrTx, id: string) {
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return user ?? null;
}

export async function createUser(
  db: DbOrTx,
  input: { email: string; name?: string; passwordHash: string | null; role: Role; organizationId: string | null },
) {
  const [user] = await db
    .insert(users)
    .values({ ...input, email: input.email.trim().toLowerCase() })
    .returning();
  return user;
}

export async function listOrganizationAdmins(db: DbOrTx, orgId: string) {
  return db
    .select({ id: users.id, email: users.email, name: users.name, createdAt: users.createdAt })
    .from(users)
    .where(and(eq(users.organizationId, orgId), eq(users.role, "admin")));
}

/** Support-wide: addresses to notify when a customer submits or a connection needs attention. */
export async function listAllSupportEmails(db: DbOrTx) {
  const rows = await db.select({ email: users.email }).from(users).where(eq(users.role, "support"));
  return rows.map((r) => r.email);
}

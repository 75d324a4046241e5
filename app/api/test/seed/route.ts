import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db";
import { syncSchedules } from "@/db/schema";
import { createOrganization, findOrganizationBySlug } from "@/db/queries/organizations";
import { createUser, findUserByEmail } from "@/db/queries/users";
import { hashPassword } from "@/lib/auth/password";
import { saveConnectionSettings } from "@/lib/connections/save-connection";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

const seedSchema = z.object({
  orgs: z.array(z.object({ slug: z.string(), name: z.string() })).default([]),
  users: z
    .array(z.object({ email: z.string(), password: z.string(), name: z.string().default(""), role: z.enum(["support", "admin"]), orgSlug: z.string().optional() }))
    .default([]),
  connections: z
    .array(z.object({ orgSlug: z.string(), usersUrl: z.string(), groupsUrl: z.string().default(""), username: z.string(), password: z.string() }))
    .default([]),
  /** Moves an organization's next scheduled run (seconds from now; negative: overdue), so tests need not wait hours. */
  schedules: z.array(z.object({ orgSlug: z.string(), nextRunInSeconds: z.number() })).default([]),
});

/**
 * Browser tests seed their own data through this route, so they work the same on the embedded
 * database (which only the app's process may open) and on a server. It exists only when
 * E2E_TEST_HOOKS=1; otherwise it is a 404 like any unknown path.
 */
export async function POST(request: Request) {
  if (env().E2E_TEST_HOOKS !== "1") return new Response("Not found", { status: 404 });
  const input = seedSchema.parse(await request.json());
  const db = await getDb();
  for (const o of input.orgs) if (!(await findOrganizationBySlug(db, o.slug))) await createOrganization(db, o);
  for (const u of input.users) {
    if (await findUserByEmail(db, u.email)) continue;
    const org = u.orgSlug ? await findOrganizationBySlug(db, u.orgSlug) : null;
    await createUser(db, { email: u.email, name: u.name, role: u.role, organizationId: org?.id ?? null, passwordHash: await hashPassword(u.password) });
  }
  for (const c of input.connections) {
    const org = await findOrganizationBySlug(db, c.orgSlug);
    if (!org) return Response.json({ error: `No organization ${c.orgSlug}` }, { status: 400 });
    await saveConnectionSettings(db, { orgId: org.id, ...c, actor: { id: null, email: "e2e" } });
  }
  for (const s of input.schedules) {
    const org = await findOrganizationBySlug(db, s.orgSlug);
    if (!org) return Response.json({ error: `No organization ${s.orgSlug}` }, { status: 400 });
    await db.insert(syncSchedules).values({ organizationId: org.id }).onConflictDoNothing();
    await db
      .update(syncSchedules)
      .set({ nextRunAt: new Date(Date.now() + s.nextRunInSeconds * 1000) })
      .where(eq(syncSchedules.organizationId, org.id));
  }
  return Response.json({ ok: true });
}

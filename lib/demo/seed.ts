import type { Db } from "@/db";
import { createOrganization, findOrganizationBySlug } from "@/db/queries/organizations";
import { createUser, findUserByEmail } from "@/db/queries/users";
import { getConnection, saveConnection } from "@/db/queries/connections";
import { hashPassword } from "@/lib/auth/password";
import { encryptPassword } from "@/lib/connections/credentials";

export const DEMO = {
  support: { email: "support@10kc.demo", password: "demo-support-pass", name: "Sam Support" },
  org: { slug: "acme", name: "Acme Financial (demo)" },
  admin: { email: "admin@acme.demo", password: "demo-admin-pass", name: "Ada Admin" },
  // The Workday stand-in that `npm start` runs beside the app (scripts/workday-sim.ts).
  workday: {
    usersUrl: "http://127.0.0.1:4010/ccx/service/customreport2/acme/ISU_10KC/Workers_for_10KC?format=json",
    groupsUrl: "http://127.0.0.1:4010/ccx/service/customreport2/acme/ISU_10KC/Groups_for_10KC?format=json",
    username: "ISU_10KC",
    password: "demo-password",
  },
} as const;

/** Creates the demo accounts once; running it again changes nothing. */
export async function seedDemo(db: Db) {
  let org = await findOrganizationBySlug(db, DEMO.org.slug);
  org ??= await createOrganization(db, DEMO.org);
  if (!(await findUserByEmail(db, DEMO.support.email))) {
    await createUser(db, { ...DEMO.support, passwordHash: await hashPassword(DEMO.support.password), role: "support", organizationId: null });
  }
  if (!(await findUserByEmail(db, DEMO.admin.email))) {
    await createUser(db, { ...DEMO.admin, passwordHash: await hashPassword(DEMO.admin.password), role: "admin", organizationId: org.id });
  }
  if (!(await getConnection(db, { orgId: org.id }))) {
    const { password, ...urls } = DEMO.workday;
    await saveConnection(db, { orgId: org.id, ...urls, passwordBox: encryptPassword(password), actorId: null });
  }
  return org;
}

export function demoBanner(url: string) {
  return [
    "",
    "  Workday Connect is running on the embedded database.",
    `  Open ${url} and sign in as:`,
    `    10KC support:  ${DEMO.support.email} / ${DEMO.support.password}`,
    `    Demo admin:    ${DEMO.admin.email} / ${DEMO.admin.password}  (organization "${DEMO.org.name}")`,
    "",
  ].join("\n");
}

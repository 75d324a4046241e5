import { expect, type APIRequestContext, type Page } from "@playwright/test";

export function unique(prefix: string) {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export interface SeededUser {
  email: string;
  password: string;
  name?: string;
  role: "support" | "admin";
  orgSlug?: string;
}

export interface SeededConnection {
  orgSlug: string;
  usersUrl: string;
  groupsUrl?: string;
  username: string;
  password: string;
}

export async function seed(
  request: APIRequestContext,
  data: { orgs?: { slug: string; name: string }[]; users?: SeededUser[]; connections?: SeededConnection[] },
) {
  const res = await request.post("/api/test/seed", { data });
  expect(res.ok(), await res.text()).toBeTruthy();
}

/** Signs in through Auth.js's own endpoint, not the form: the cookie lands in the page's context. */
export async function signInViaApi(page: Page, user: { email: string; password: string }) {
  const csrf = await (await page.request.get("/api/auth/csrf")).json();
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken: csrf.csrfToken, email: user.email, password: user.password, callbackUrl: "/" },
  });
  expect(res.ok()).toBeTruthy();
  const cookies = await page.context().cookies();
  expect(cookies.some((c) => c.name.endsWith("authjs.session-token")), "sign-in did not set a session cookie").toBeTruthy();
}

/** A support user and an organization with its admin, all unique to the calling test. */
export async function seedOrgWithAdmin(request: APIRequestContext, prefix = "org") {
  const slug = unique(prefix);
  const admin: SeededUser = { email: `admin@${slug}.test`, password: "admin-password-1", name: "Test Admin", role: "admin", orgSlug: slug };
  const support: SeededUser = { email: `support@${slug}.test`, password: "support-password-1", name: "Test Support", role: "support" };
  await seed(request, { orgs: [{ slug, name: `Org ${slug}` }], users: [admin, support] });
  return { slug, admin, support };
}

export const SIM_PORT = Number(process.env.E2E_SIM_PORT || 4110);
export const SIM = `http://127.0.0.1:${SIM_PORT}`;

/** Report URLs on the Workday stand-in; each test uses its own tenant so its state is its own. */
export function simReports(tenant: string, query = "") {
  const base = `${SIM}/ccx/service/customreport2/${tenant}/ISU_10KC`;
  return {
    usersUrl: `${base}/Workers_for_10KC?format=json${query}`,
    groupsUrl: `${base}/Groups_for_10KC?format=json${query}`,
    username: "ISU_10KC",
    password: "demo-password",
  };
}

/** Sets a stand-in tenant's state (size, faults, dropped workers, overrides). */
export async function setSimTenant(request: APIRequestContext, tenant: string, state: Record<string, unknown>) {
  const res = await request.put(`${SIM}/_sim/tenants/${tenant}`, { data: state });
  expect(res.ok(), await res.text()).toBeTruthy();
}

/** An organization with its admin and a connection to its own stand-in tenant. */
export async function seedConnectedOrg(request: APIRequestContext, prefix = "org") {
  const seeded = await seedOrgWithAdmin(request, prefix);
  const reports = simReports(seeded.slug);
  await seed(request, { connections: [{ orgSlug: seeded.slug, ...reports }] });
  return { ...seeded, tenant: seeded.slug, reports };
}

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

export async function seed(request: APIRequestContext, data: { orgs?: { slug: string; name: string }[]; users?: SeededUser[] }) {
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

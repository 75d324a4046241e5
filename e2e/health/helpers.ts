import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { seed, simReports, setSimTenant, type SeededUser } from "../support/fixtures";

/** Several organizations whose slugs share one prefix (so a search finds exactly them), each connected to its own stand-in tenant. */
export async function seedConnectedOrgs(request: APIRequestContext, prefix: string, names: string[]) {
  const slugs = names.map((n) => `${prefix}-${n}`);
  const admins: SeededUser[] = slugs.map((slug) => ({ email: `admin@${slug}.test`, password: "admin-password-1", name: "Test Admin", role: "admin", orgSlug: slug }));
  const support: SeededUser = { email: `support@${prefix}.test`, password: "support-password-1", name: "Test Support", role: "support" };
  await seed(request, {
    orgs: slugs.map((slug) => ({ slug, name: `Org ${slug}` })),
    users: [...admins, support],
    connections: slugs.map((slug) => ({ orgSlug: slug, ...simReports(slug) })),
  });
  // Small and fast tenants: the stand-in waits 3 s per report by default.
  for (const slug of slugs) await setSimTenant(request, slug, { workers: 30, delayMs: 0, fault: null });
  return { slugs, admins, support };
}

/** Moves an organization's next scheduled run, through the E2E-only seed route. */
export async function setNextRun(request: APIRequestContext, orgSlug: string, inSeconds: number) {
  const res = await request.post("/api/test/seed", { data: { schedules: [{ orgSlug, nextRunInSeconds: inSeconds }] } });
  expect(res.ok(), await res.text()).toBeTruthy();
}

/** The state shown at the top of an organization's health section. */
export const healthState = (page: Page) => page.getByTestId("health-now").getByTestId("health-state");

/** Presses "Sync now" and waits, without reloading, until the page shows the run's outcome. */
export async function syncNow(page: Page, expectedState: string) {
  await page.getByRole("button", { name: "Sync now", exact: true }).click();
  await expect(page.getByText("Sync requested: it starts within seconds")).toBeVisible();
  await expect(healthState(page)).toHaveAttribute("data-state", expectedState, { timeout: 45_000 });
}

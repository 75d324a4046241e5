import { expect, test } from "@playwright/test";
import { setSimTenant, signInViaApi, unique } from "../support/fixtures";
import { healthState, seedConnectedOrgs, syncNow } from "./helpers";

test("support sees a failing organization first, opens it, sees the failing step, and brings it back after the stand-in is fixed", async ({ page, request }) => {
  const prefix = unique("hc");
  const { slugs, support } = await seedConnectedOrgs(request, prefix, ["a-good", "b-bad"]);
  const [good, bad] = slugs;
  // The bad tenant refuses the ISU: an authentication failure makes the connection failing at once.
  await setSimTenant(request, bad, { workers: 30, delayMs: 0, fault: "401" });
  await signInViaApi(page, support);

  await page.goto(`/support/orgs/${good}`);
  await expect(healthState(page)).toHaveAttribute("data-state", "not_connected");
  await syncNow(page, "healthy");
  await expect(healthState(page)).toHaveText("Healthy");

  await page.goto(`/support/orgs/${bad}`);
  await syncNow(page, "failing");
  await expect(healthState(page)).toHaveText("Failing");
  await expect(page.getByTestId("health-reason")).toContainText("(step 1)");

  // The console, searched down to these two: the failing one comes first, in colour and words.
  await page.goto(`/support?q=${prefix}`);
  const rows = page.getByTestId("organizations-table").locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute("data-testid", `org-row-${bad}`);
  await expect(rows.nth(0).getByTestId("health-state")).toHaveText("Failing");
  await expect(rows.nth(1)).toHaveAttribute("data-testid", `org-row-${good}`);
  await expect(rows.nth(1).getByTestId("health-state")).toHaveText("Healthy");
  await expect(rows.nth(1).getByTestId("last-run-changes")).toContainText("added");

  // Unsearched, failing organizations still lead the list.
  await page.goto("/support");
  await expect(page.getByTestId("organizations-table").locator("tbody tr").first()).toHaveAttribute("data-state", "failing");

  // Filtering by state, through the form: only failing ones remain.
  await page.getByLabel("Search").fill(prefix);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${prefix}`));
  await page.getByLabel("State").selectOption("failing");
  await expect(page).toHaveURL(/state=failing/);
  await expect(rows).toHaveCount(1);
  await expect(page.getByTestId(`org-row-${bad}`)).toBeVisible();

  // Sorted by name instead ("a-good" before "b-bad"), by the column header.
  await page.goto(`/support?q=${prefix}`);
  await page.getByRole("columnheader", { name: /Customer/ }).getByRole("link").click();
  await expect(page).toHaveURL(/sort=name/);
  await expect(rows.nth(0)).toHaveAttribute("data-testid", `org-row-${good}`);
  await expect(page.getByRole("columnheader", { name: /Customer/ })).toHaveAttribute("aria-sort", "ascending");

  // The change to failing was announced in the app, once.
  await page.goto(`/support?q=${prefix}`);
  await expect(page.getByTestId("support-notifications").getByText(`The Workday sync for Org ${bad} is failing`)).toHaveCount(1);

  // Drill down: the failing run names its step and links to it.
  await page.getByTestId(`org-row-${bad}`).getByRole("link", { name: `Org ${bad}`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Org ${bad}` })).toBeVisible();
  const failedRun = page.getByTestId("run-row").first();
  await expect(failedRun).toHaveAttribute("data-outcome", "failed");
  await expect(failedRun.getByTestId("run-problem")).toContainText("auth_failed");
  await expect(failedRun.getByRole("link", { name: "Open setup step 1" })).toHaveAttribute("href", `/orgs/${bad}/setup/1`);
  await expect(page.getByTestId("last-run-problems").getByRole("link", { name: "Go to step 1" }).first()).toBeVisible();

  // The customer fixes the ISU password: support re-tests, then syncs, and the connection recovers.
  await setSimTenant(request, bad, { workers: 30, delayMs: 0, fault: null });
  await page.getByRole("button", { name: "Re-test connection" }).click();
  await expect(page.getByTestId("test-outcome")).toHaveText("both reports work", { timeout: 30_000 });
  await syncNow(page, "healthy");
  await expect(page.getByTestId("state-change").first()).toHaveAttribute("data-to", "healthy");
  await expect(page.getByTestId("state-change").first()).toContainText("alert sent: recovered");
  await expect(page.getByTestId("state-history")).toContainText("Failing");
  // The chart draws the runs: one failed (a red point) and one good.
  await expect(page.getByTestId("run-chart").locator("svg.recharts-surface").first()).toBeVisible();
  await expect(page.getByTestId("run-chart")).toContainText("2 runs in the last 30 days, 1 failed");

  // Every action is in the audit log with who did it.
  const audit = page.getByTestId("audit-log");
  await expect(audit.locator('[data-action="sync.requested"]').first()).toContainText(support.email);
  await expect(audit.locator('[data-action="connection.tested"]').first()).toContainText(support.email);

  await page.goto(`/support?q=${prefix}`);
  await expect(page.getByTestId(`org-row-${bad}`).getByTestId("health-state")).toHaveText("Healthy");
});

test("support changes the deletion safeguards and adds a webhook whose secret is shown once", async ({ page, request }) => {
  const prefix = unique("hs");
  const { slugs, support } = await seedConnectedOrgs(request, prefix, ["one"]);
  const [slug] = slugs;
  await signInViaApi(page, support);
  await page.goto(`/support/orgs/${slug}`);

  await page.getByLabel("Hold when removals exceed (%)").fill("150");
  await page.getByRole("button", { name: "Save safeguards" }).click();
  await expect(page.getByText("Enter a percentage from 0 to 100")).toBeVisible();
  await page.getByLabel("Hold when removals exceed (%)").fill("10");
  await page.getByLabel("Hold when removals exceed (members)").fill("25");
  await page.getByRole("button", { name: "Save safeguards" }).click();
  await expect(page.getByText("Safeguards saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Hold when removals exceed (%)")).toHaveValue("10");
  await expect(page.getByLabel("Hold when removals exceed (members)")).toHaveValue("25");

  await page.getByLabel("Webhook URL").fill("ftp://nowhere");
  await page.getByRole("button", { name: "Add webhook" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /https/i }).first()).toBeVisible();
  await page.getByLabel("Webhook URL").fill("https://hooks.example.com/workday");
  await page.getByRole("button", { name: "Add webhook" }).click();
  const secret = page.getByTestId("webhook-secret");
  await expect(secret).toBeVisible();
  const secretValue = await secret.inputValue();
  expect(secretValue.length).toBeGreaterThan(20);
  await page.reload();
  await expect(page.getByTestId("webhook-secret")).toHaveCount(0);
  await expect(page.getByLabel("Webhook URL")).toHaveValue("https://hooks.example.com/workday");

  const audit = page.getByTestId("audit-log");
  await expect(audit.locator('[data-action="sync.thresholds_changed"]').first()).toContainText(support.email);
  await expect(audit.locator('[data-action="health.webhook_saved"]').first()).toContainText(support.email);
  await expect(audit).not.toContainText(secretValue);
});

test("a plan that would remove most members is held for review, found by the state filter, with the way to review it", async ({ page, request }) => {
  const prefix = unique("hh");
  const { slugs, support } = await seedConnectedOrgs(request, prefix, ["held"]);
  const [slug] = slugs;
  await signInViaApi(page, support);
  await page.goto(`/support/orgs/${slug}`);
  await syncNow(page, "healthy");

  // The report suddenly has far fewer rows: the safeguard holds the plan instead of removing members.
  await setSimTenant(request, slug, { workers: 5, delayMs: 0, fault: null });
  await syncNow(page, "held");
  await expect(healthState(page)).toHaveText("Held for review");
  await expect(page.getByRole("link", { name: "Review the held plan and apply it →" })).toHaveAttribute("href", `/orgs/${slug}/sync`);
  await expect(page.getByTestId("run-row").first()).toHaveAttribute("data-outcome", "held");

  await page.goto(`/support?q=${prefix}`);
  const row = page.getByTestId(`org-row-${slug}`);
  await expect(row.getByTestId("health-state")).toHaveText("Held for review");
  await expect(row.getByTestId("last-run-changes")).toContainText("not applied");
  await page.getByLabel("State").selectOption("held");
  await expect(page).toHaveURL(/state=held/);
  await expect(row).toBeVisible();
});

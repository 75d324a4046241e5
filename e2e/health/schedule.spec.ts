import { expect, test } from "@playwright/test";
import { signInViaApi, unique } from "../support/fixtures";
import { healthState, seedConnectedOrgs, setNextRun, syncNow } from "./helpers";

test("the admin sets a schedule; pausing stops it, and resuming lets the next scheduled run happen", async ({ page, request }) => {
  const prefix = unique("hp");
  const { slugs, admins } = await seedConnectedOrgs(request, prefix, ["acme"]);
  const [slug] = slugs;
  await signInViaApi(page, admins[0]);

  await page.goto(`/orgs/${slug}/health`);
  await expect(page.getByRole("heading", { level: 1, name: "Health and schedule" })).toBeVisible();
  // A first applied sync starts the default daily schedule.
  await syncNow(page, "healthy");
  await expect(page.getByTestId("schedule-summary")).toContainText("Daily at 03:00");

  await page.getByLabel("Every few hours").check();
  await page.getByLabel("Hours between syncs").fill("30");
  await page.getByRole("button", { name: "Save schedule" }).click();
  await expect(page.getByText("Enter a number of hours from 1 to 24")).toBeVisible();
  await page.getByLabel("Hours between syncs").fill("1");
  await page.getByRole("button", { name: "Save schedule" }).click();
  await expect(page.getByText("Schedule saved: Every hour.")).toBeVisible();
  await expect(page.getByTestId("schedule-summary")).toContainText("Every hour");

  await page.getByRole("button", { name: "Pause scheduled syncs" }).click();
  await expect(healthState(page)).toHaveText("Paused");
  await expect(page.getByTestId("schedule-summary")).toContainText("Paused");
  const runs = page.getByTestId("run-row");
  await expect(runs).toHaveCount(1);

  // The slot comes due while paused: the scheduler ticks every second and must leave it alone.
  await setNextRun(request, slug, -5);
  await page.waitForTimeout(5_000);
  await page.reload();
  await expect(runs).toHaveCount(1);
  await expect(healthState(page)).toHaveText("Paused");

  // Resumed, the next due slot runs on its own.
  await page.getByRole("button", { name: "Resume scheduled syncs" }).click();
  await expect(healthState(page)).toHaveText("Healthy");
  await setNextRun(request, slug, -5);
  await expect(async () => {
    await page.reload();
    await expect(page.locator('[data-testid="run-row"][data-trigger="scheduled"]')).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });

  const audit = page.getByTestId("audit-log");
  for (const action of ["sync.requested", "sync.schedule_changed", "sync.paused", "sync.resumed"]) {
    await expect(audit.locator(`[data-action="${action}"]`).first()).toContainText(admins[0].email);
  }
});

test("an admin sees the safeguards but cannot change them, and cannot open another organization's health page", async ({ page, request }) => {
  const prefix = unique("hr");
  const { slugs, admins } = await seedConnectedOrgs(request, prefix, ["mine", "theirs"]);
  await signInViaApi(page, admins[0]);

  await page.goto(`/orgs/${slugs[0]}/health`);
  await expect(page.getByTestId("thresholds-readonly")).toContainText("20%");
  await expect(page.getByRole("button", { name: "Save safeguards" })).toHaveCount(0);
  await expect(page.getByLabel("Webhook URL")).toHaveCount(0);

  const response = await page.goto(`/orgs/${slugs[1]}/health`);
  expect(response?.status()).toBe(404);
  await expect(page.locator("body")).not.toContainText(`Org ${slugs[1]}`);
});

import { expect, test, type Page } from "@playwright/test";
import { seedConnectedOrg, seedOrgWithAdmin, setSimTenant, signInViaApi } from "../support/fixtures";

/** Opens the mapping page with no fetched report yet and fetches one from the stand-in. */
async function fetchFromWorkday(page: Page, slug: string) {
  await page.goto(`/orgs/${slug}/mapping`);
  await expect(page.getByTestId("no-snapshot")).toBeVisible();
  await page.getByRole("button", { name: "Fetch from Workday" }).click();
  await expect(page.getByLabel("Management level", { exact: true })).toBeVisible({ timeout: 30_000 });
}

async function unassignedValues(page: Page): Promise<number> {
  const text = (await page.getByTestId("unassigned-roles").textContent()) ?? "";
  return Number(/^(\d+) of/.exec(text)?.[1] ?? 0);
}

test("the admin switches the management level to Job_Level, assigns M3 to Sr. Director, saves and finds it kept", async ({ page, request }) => {
  const { slug, admin, tenant } = await seedConnectedOrg(request, "map");
  await setSimTenant(request, tenant, { extraColumns: ["Job_Level"] });
  await signInViaApi(page, admin);
  await fetchFromWorkday(page, slug);

  const level = page.getByLabel("Management level", { exact: true });
  await expect(level).toHaveValue("Management_Level");
  await expect(page.locator('tr[data-field="managementLevel"]').getByTestId("suggestion")).toContainText("known column name");
  await expect(page.getByTestId("saved-version")).toContainText("No mapping is saved yet");

  await level.selectOption("Job_Level");
  const m3 = page.getByLabel("Role for M3", { exact: true });
  await expect(m3).toHaveValue("");
  await expect(page.getByLabel("Role for Executive", { exact: true })).toHaveValue("Executive");
  const before = await unassignedValues(page);
  expect(before).toBeGreaterThan(0);

  await m3.selectOption("Sr. Director");
  await expect.poll(() => unassignedValues(page)).toBe(before - 1);
  await expect(page.getByTestId("changed-rows")).toHaveText(/^[1-9][\d,]*$/);

  await page.getByRole("button", { name: "Save mapping" }).click();
  await expect(page.getByTestId("saved-version")).toContainText(`Version 1 is in use, saved by ${admin.email}`);

  await page.reload();
  await expect(page.getByLabel("Management level", { exact: true })).toHaveValue("Job_Level");
  await expect(page.getByLabel("Role for M3", { exact: true })).toHaveValue("Sr. Director");
  await expect(page.getByText("No unsaved changes.")).toBeVisible();
  // The sample rows show M3 cleaned to the Role it was given.
  await expect(page.getByTestId("sample-rows").getByText("Sr. Director").first()).toBeVisible();
});

test("one column cannot feed two fields, and an earlier version can be restored", async ({ page, request }) => {
  const { slug, admin } = await seedConnectedOrg(request, "mapver");
  await signInViaApi(page, admin);
  await fetchFromWorkday(page, slug);
  await page.getByRole("button", { name: "Save mapping" }).click();
  await expect(page.getByTestId("saved-version")).toContainText("Version 1 is in use");

  const email = page.getByLabel("Work email", { exact: true });
  await email.selectOption("employee_id");
  await expect(page.getByRole("alert").filter({ hasText: 'Column "employee_id" already feeds Workday ID' }).first()).toBeVisible();
  await page.getByRole("button", { name: "Save as a new version" }).click();
  await expect(page.getByTestId("saved-version")).toContainText("Version 1 is in use");

  await page.getByLabel("Job title", { exact: true }).selectOption("");
  await email.selectOption("primary_work_email");
  await expect(page.getByTestId("changed-rows")).toHaveText(/^[1-9][\d,]*$/);
  await page.getByRole("button", { name: "Save as a new version" }).click();
  await expect(page.getByTestId("saved-version")).toContainText("Version 2 is in use");
  await expect(page.getByLabel("Job title", { exact: true })).toHaveValue("");

  await page.getByRole("button", { name: "Restore version 1" }).click();
  await expect(page.getByTestId("saved-version")).toContainText("Version 3 is in use");
  await expect(page.getByTestId("mapping-versions")).toContainText("Restored version 1");
  await expect(page.getByLabel("Job title", { exact: true })).toHaveValue("Business_Title");
});

test("without a saved connection the page says so and points to step 7; another organization's page is refused", async ({ page, request }) => {
  const mine = await seedOrgWithAdmin(request, "mapnone");
  const theirs = await seedOrgWithAdmin(request, "maptheirs");
  await signInViaApi(page, mine.admin);

  await page.goto(`/orgs/${mine.slug}/mapping`);
  const empty = page.getByTestId("no-snapshot");
  await expect(empty).toContainText("No Workday report to preview");
  await expect(empty.getByRole("link", { name: "Go to setup step 7" })).toHaveAttribute("href", `/orgs/${mine.slug}/setup/7`);
  await expect(page.getByRole("button", { name: "Fetch from Workday" })).toBeDisabled();

  const response = await page.goto(`/orgs/${theirs.slug}/mapping`);
  expect(response?.status()).toBe(404);
  await expect(page.locator("body")).not.toContainText(`Org ${theirs.slug}`);
});

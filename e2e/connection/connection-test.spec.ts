import { expect, test } from "@playwright/test";
import { seedConnectedOrg, signInViaApi } from "../support/fixtures";

test("the admin tests the Workday connection and sees rows, columns and samples", async ({ page, request }) => {
  const { slug, admin, reports } = await seedConnectedOrg(request, "conn");
  await signInViaApi(page, admin);
  await page.goto(`/orgs/${slug}/setup/7`);
  await expect(page.getByLabel("User report JSON URL")).toHaveValue(reports.usersUrl);
  await expect(page.getByText(/A password is saved/)).toBeVisible();

  await page.getByRole("button", { name: "Save and test connection" }).click();
  await expect(page.getByTestId("test-outcome")).toHaveText("both reports work");
  const users = page.getByTestId("report-users");
  await expect(users.getByText("Passed")).toBeVisible();
  expect(Number((await page.getByTestId("rows-users").textContent())?.replace(/,/g, ""))).toBeGreaterThan(100);
  await expect(users.getByRole("cell", { name: "Legal_Name_-_First_Name" }).first()).toBeVisible();
  await expect(users.getByText("First 5 rows as Workday sent them")).toBeVisible();
  await expect(page.getByTestId("report-groups").getByText("Passed")).toBeVisible();

  // The saved password is never sent to the browser: not in the page, not in the polled JSON.
  const html = await (await page.request.get(`/orgs/${slug}/setup/7`)).text();
  const json = await (await page.request.get(`/api/orgs/${slug}/connection`)).text();
  for (const body of [html, json, await page.content()]) expect(body).not.toContain(reports.password);
});

test("a wrong ISU password opens step 1 with its advice", async ({ page, request }) => {
  const { slug, admin } = await seedConnectedOrg(request, "wrongpw");
  await signInViaApi(page, admin);
  await page.goto(`/orgs/${slug}/setup/7`);
  await page.getByLabel("ISU password").fill("not-the-password");
  await page.getByRole("button", { name: "Save and test connection" }).click();

  await expect(page).toHaveURL(new RegExp(`/orgs/${slug}/setup/1$`));
  await expect(page.getByText(/Workday rejected the sign-in for the Integration System User/).first()).toBeVisible();
  await page.goto(`/orgs/${slug}/setup/7`);
  await expect(page.getByTestId("test-outcome")).toHaveText("something needs fixing");
  const problem = page.locator('[data-problem-code="auth_failed"]').first();
  await expect(problem.getByRole("link", { name: "Go to step 1" })).toHaveAttribute("href", `/orgs/${slug}/setup/1`);
  expect(await page.content()).not.toContain("not-the-password");
});

import { expect, test, type Page } from "@playwright/test";
import { seedOrgWithAdmin, signInViaApi, simReports } from "../support/fixtures";

const POLICIES = [
  "Person Data: Work Contact Information",
  "Workday Accounts",
  "Worker Data: Active and Terminated Workers",
  "Worker Data: All Positions",
  "Worker Data: Business Title on Worker Profile",
  "Worker Data: Current Staffing Information",
  "Worker Data: Public Worker Reports",
  "Worker Data: Workers",
];

const stepState = (page: Page, step: number) => page.getByTestId(`step-${step}`);
const saveAndContinue = (page: Page) => page.getByRole("button", { name: "Save and continue" }).click();

async function tickOnlyBoxAndContinue(page: Page, slug: string, step: number) {
  await expect(page).toHaveURL(new RegExp(`/orgs/${slug}/setup/${step}$`));
  await page.getByRole("checkbox").check();
  await saveAndContinue(page);
  await expect(page).toHaveURL(new RegExp(`/orgs/${slug}/setup/${step + 1}$`));
  await expect(stepState(page, step)).toHaveAttribute("data-state", "done");
}

test("a new admin walks all eight steps against the stand-in, resuming in a new session, and support sees the submission", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const { slug, admin, support } = await seedOrgWithAdmin(request, "wizard");
  const reports = simReports(slug);
  await signInViaApi(page, admin);

  await page.goto(`/orgs/${slug}/setup`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Connect");
  await expect(page.getByTestId("setup-progress")).toContainText("0 of 8 steps finished");
  for (let step = 1; step <= 8; step++) await expect(stepState(page, step)).toHaveAttribute("data-state", "not_started");
  await page.getByRole("link", { name: "Start with step 1" }).click();

  // Step 1: the ISU username is saved for step 7.
  await expect(page.getByRole("heading", { name: "Create the Integration System User" })).toBeVisible();
  await expect(page.getByText("Create Integration System User", { exact: true })).toBeVisible();
  await page.getByLabel("ISU username").fill(reports.username);
  await saveAndContinue(page);
  await expect(page).toHaveURL(new RegExp(`/orgs/${slug}/setup/2$`));
  await expect(stepState(page, 1)).toHaveAttribute("data-state", "done");

  // Step 2: the exact group type, one tick.
  await expect(page.getByText("Integration System Security Group (Unconstrained)").first()).toBeVisible();
  await tickOnlyBoxAndContinue(page, slug, 2);

  // Step 3: half the policies saved keeps the step open; all eight and the activation finish it.
  for (const policy of POLICIES.slice(0, 4)) await page.getByLabel(policy, { exact: true }).check();
  await saveAndContinue(page);
  await expect(page.getByText("Saved. Come back to tick the rest.")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/orgs/${slug}/setup/3$`));
  await expect(stepState(page, 3)).toHaveAttribute("data-state", "not_started");
  for (const policy of POLICIES.slice(4)) await page.getByLabel(policy, { exact: true }).check();
  await saveAndContinue(page);
  await expect(page.getByText("Saved. Come back to tick the rest.")).toBeVisible();
  await expect(stepState(page, 3)).toHaveAttribute("data-state", "not_started");
  await page.getByLabel(/Activate Pending Security Policy Changes/).check();
  await saveAndContinue(page);
  await expect(page).toHaveURL(new RegExp(`/orgs/${slug}/setup/4$`));
  await expect(stepState(page, 3)).toHaveAttribute("data-state", "done");

  // The admin leaves; a new session picks up at step 4 with the ticks kept.
  await page.context().close();
  const context = await browser.newContext();
  const resumed = await context.newPage();
  await signInViaApi(resumed, admin);
  await resumed.goto("/");
  await expect(resumed).toHaveURL(new RegExp(`/orgs/${slug}/setup$`));
  await expect(resumed.getByTestId("setup-progress")).toContainText("3 of 8 steps finished");
  await expect(resumed.getByTestId("setup-progress")).toContainText(admin.email);
  await resumed.getByRole("link", { name: /Continue with step 4/ }).click();
  await expect(resumed).toHaveURL(new RegExp(`/orgs/${slug}/setup/4$`));
  for (const step of [1, 2, 3]) await expect(stepState(resumed, step)).toHaveAttribute("data-state", "done");

  // Step 4: the field table comes from the profile fields, with their allowed values.
  const table = resumed.getByTestId("profile-field-table");
  for (const text of ["employee_id", "primary_work_email", "Sr. Manager", "Individual Contributor", "fr-CA", "inactive", "yes"]) {
    await expect(table).toContainText(text);
  }
  await tickOnlyBoxAndContinue(resumed, slug, 4);
  await expect(resumed.getByText("group_name").first()).toBeVisible();
  await tickOnlyBoxAndContinue(resumed, slug, 5);
  await expect(resumed.getByText("Share", { exact: true })).toBeVisible();
  await tickOnlyBoxAndContinue(resumed, slug, 6);

  // Step 7: the endpoints and the live test; the username comes from step 1.
  await expect(resumed.getByText("Actions → Web Service → View URLs")).toBeVisible();
  await expect(resumed.getByLabel("ISU username")).toHaveValue(reports.username);
  await resumed.getByLabel("User report JSON URL").fill(reports.usersUrl);
  await resumed.getByLabel("Group report JSON URL").fill(reports.groupsUrl);
  await resumed.getByLabel("ISU password").fill(reports.password);
  await expect(resumed.getByRole("link", { name: "Next: step 8 →" })).toBeVisible();
  await resumed.getByRole("button", { name: "Save and test connection" }).click();
  await expect(resumed.getByTestId("test-outcome")).toHaveText("both reports work", { timeout: 60_000 });
  for (const step of [4, 5, 6, 7]) await expect(stepState(resumed, step)).toHaveAttribute("data-state", "verified");
  for (const step of [1, 2, 3]) await expect(stepState(resumed, step)).toHaveAttribute("data-state", "done");

  // Step 8: submit, then on to the mapping preview.
  await resumed.getByRole("link", { name: "Next: step 8 →" }).click();
  await resumed.getByRole("button", { name: "Submit to 10KC" }).click();
  await expect(resumed.getByTestId("submitted")).toBeVisible();
  await expect(stepState(resumed, 8)).toHaveAttribute("data-state", "verified");
  await expect(resumed.getByRole("link", { name: "Go to the mapping preview →" })).toHaveAttribute("href", `/orgs/${slug}/mapping`);
  await context.close();

  // Support sees the progress and the submission, and the wizard read-only.
  const supportContext = await browser.newContext();
  const supportPage = await supportContext.newPage();
  await signInViaApi(supportPage, support);
  await supportPage.goto("/support");
  const row = supportPage.getByTestId(`org-row-${slug}`);
  await expect(row.getByTestId("setup-reached")).toContainText("All 8 steps finished");
  await expect(row.getByTestId("last-test")).toContainText("Passed");
  await expect(row.getByTestId("submitted-state")).toContainText("Submitted");
  await expect(supportPage.getByTestId("support-notifications")).toContainText(`Org ${slug} submitted its Workday endpoints`);

  await supportPage.goto(`/orgs/${slug}/setup/2`);
  await expect(supportPage.getByTestId("read-only-notice")).toBeVisible();
  const box = supportPage.getByRole("checkbox");
  await expect(box).toBeDisabled();
  // Even with the form forced open in the browser, the server refuses support's change.
  await supportPage.locator("fieldset").evaluate((el) => el.removeAttribute("disabled"));
  await box.uncheck();
  await saveAndContinue(supportPage);
  await expect(supportPage.getByText("Your role cannot do this.")).toBeVisible();
  await supportPage.reload();
  await expect(stepState(supportPage, 2)).toHaveAttribute("data-state", "done");
  await supportContext.close();
});

test("a wrong password in step 7 reopens step 1 with its advice", async ({ page, request }) => {
  const { slug, admin } = await seedOrgWithAdmin(request, "wrongpw");
  const reports = simReports(slug);
  await signInViaApi(page, admin);

  await page.goto(`/orgs/${slug}/setup/1`);
  await page.getByLabel("ISU username").fill(reports.username);
  await saveAndContinue(page);
  await expect(stepState(page, 1)).toHaveAttribute("data-state", "done");

  await page.goto(`/orgs/${slug}/setup/7`);
  await page.getByLabel("User report JSON URL").fill(reports.usersUrl);
  await page.getByLabel("Group report JSON URL").fill(reports.groupsUrl);
  await page.getByLabel("ISU password").fill("not-the-password");
  await page.getByRole("button", { name: "Save and test connection" }).click();

  await expect(page).toHaveURL(new RegExp(`/orgs/${slug}/setup/1$`), { timeout: 60_000 });
  await expect(stepState(page, 1)).toHaveAttribute("data-state", "needs_attention");
  await expect(page.getByTestId("step-problems")).toContainText("Workday rejected the sign-in");
  await expect(page.getByText("this user most likely cannot see them")).toBeVisible();
  for (const step of [4, 5, 6, 7]) await expect(stepState(page, step)).not.toHaveAttribute("data-state", "verified");

  // Step 8 stays closed, and the summary puts step 1 first.
  await page.goto(`/orgs/${slug}/setup/8`);
  await expect(page.getByRole("button", { name: "Submit to 10KC" })).toBeDisabled();
  await page.goto(`/orgs/${slug}/setup`);
  await expect(page.getByRole("link", { name: /Continue with step 1/ })).toBeVisible();
  await expect(page.getByTestId("steps-left")).toContainText("Workday rejected the sign-in");
});

test("an admin's /setup/3 shortcut opens their own organization's step; another organization's steps are a 404", async ({ page, request }) => {
  const mine = await seedOrgWithAdmin(request, "mine");
  const theirs = await seedOrgWithAdmin(request, "theirs");
  await signInViaApi(page, mine.admin);

  await page.goto("/setup/3");
  await expect(page).toHaveURL(new RegExp(`/orgs/${mine.slug}/setup/3$`));
  await expect(page.getByRole("heading", { name: "Grant the domain security policies" })).toBeVisible();
  await page.goto("/setup");
  await expect(page).toHaveURL(new RegExp(`/orgs/${mine.slug}/setup$`));

  for (const path of [`/orgs/${theirs.slug}/setup/3`, `/orgs/${mine.slug}/setup/9`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

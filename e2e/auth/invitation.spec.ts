import { expect, test } from "@playwright/test";
import { seed, signInViaApi, unique } from "../support/fixtures";

test("support creates an organization and invites its admin, who sets a password and lands on setup", async ({ page, browser, request }) => {
  const support = { email: `${unique("support")}@10kc.test`, password: "support-password-1", role: "support" as const };
  await seed(request, { users: [support] });
  await signInViaApi(page, support);

  await page.goto("/support");
  const name = `Globex ${unique("co")}`;
  await page.getByLabel("Customer name").fill(name);
  const slug = await page.getByLabel("Address (slug)").inputValue();
  expect(slug).toMatch(/^globex-co-/);
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();

  const adminEmail = `it-admin@${slug}.test`;
  await page.getByLabel("Admin's work email").fill(adminEmail);
  await page.getByRole("button", { name: "Invite admin" }).click();
  const link = await page.getByTestId("invite-link").inputValue();
  expect(link).toContain("/invite/");

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await adminPage.goto(link);
  await expect(adminPage.getByText(adminEmail)).toBeVisible();
  await adminPage.getByLabel("Your name").fill("Ida Admin");
  await adminPage.getByLabel("Choose a password").fill("short");
  await adminPage.getByLabel("Type it again").fill("short");
  await adminPage.getByRole("button", { name: "Set password and continue" }).click();
  await expect(adminPage.getByText("Use at least 10 characters")).toBeVisible();

  await adminPage.getByLabel("Choose a password").fill("a-long-password-1");
  await adminPage.getByLabel("Type it again").fill("a-long-password-1");
  await adminPage.getByRole("button", { name: "Set password and continue" }).click();
  await expect(adminPage).toHaveURL(new RegExp(`/orgs/${slug}/setup`));
  await expect(adminPage.getByTestId("signed-in-user")).toHaveText("Ida Admin");

  // The link is single use.
  const again = await browser.newContext();
  const againPage = await again.newPage();
  await againPage.goto(link);
  await expect(againPage.getByText("already been used")).toBeVisible();

  // Support sees the admin joined.
  await page.reload();
  await expect(page.getByText(`Ida Admin · ${adminEmail}`)).toBeVisible();
  await adminContext.close();
  await again.close();
});

import { expect, test } from "@playwright/test";
import { seedOrgWithAdmin } from "../support/fixtures";

test("an admin signs in with the form and lands on their organization's setup", async ({ page, request }) => {
  const { slug, admin } = await seedOrgWithAdmin(request, "signin");
  await page.goto("/support");
  await expect(page).toHaveURL(/\/signin\?next=%2Fsupport/);
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill("wrong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();

  await page.goto("/signin");
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${slug}/setup`));
  await expect(page.getByTestId("signed-in-role")).toHaveText("Workday admin");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
});

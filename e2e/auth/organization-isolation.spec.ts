import { expect, test } from "@playwright/test";
import { seedOrgWithAdmin, signInViaApi } from "../support/fixtures";

test("an admin is refused another organization's pages and routes, and every support page", async ({ page, request }) => {
  const mine = await seedOrgWithAdmin(request, "mine");
  const theirs = await seedOrgWithAdmin(request, "theirs");
  await signInViaApi(page, mine.admin);

  await page.goto(`/orgs/${mine.slug}/setup`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Connect");

  for (const path of [`/orgs/${theirs.slug}/setup`, "/support", `/support/orgs/${mine.slug}`, `/support/orgs/${theirs.slug}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.locator("body")).not.toContainText(`Org ${theirs.slug}`);
  }

  const own = await page.request.get(`/api/orgs/${mine.slug}`);
  expect(own.status()).toBe(200);
  const other = await page.request.get(`/api/orgs/${theirs.slug}`);
  expect(other.status()).toBe(404);
  expect(await other.text()).not.toContain(theirs.slug);
});

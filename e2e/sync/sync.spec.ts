import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { seedConnectedOrg, setSimTenant, signInViaApi } from "../support/fixtures";

const WORKERS = 20;

/** Every worker of a small stand-in tenant active, so the first sync creates exactly WORKERS members. */
function allActive(extra: Record<string, Record<string, string>> = {}) {
  const overrides: Record<string, Record<string, string>> = {};
  for (let i = 1; i <= WORKERS; i++) overrides[`E${String(i).padStart(6, "0")}`] = { Worker_Status: "Active" };
  for (const [id, values] of Object.entries(extra)) overrides[id] = { ...overrides[id], ...values };
  return overrides;
}

async function tenantWithWorkers(request: APIRequestContext, tenant: string, state: Record<string, unknown> = {}) {
  await setSimTenant(request, tenant, { workers: WORKERS, seed: 1, overrides: allActive(), ...state });
}

/** Starts a preview and waits for its plan: the page moves to the new run, shows progress, then the summary. */
async function preview(page: Page, button: "Preview sync" | "Preview sync again" = "Preview sync again") {
  const before = page.url();
  await page.getByRole("button", { name: button, exact: true }).click();
  await expect(page).not.toHaveURL(before);
  await expect(page).toHaveURL(/[?&]run=[0-9a-f-]{36}/);
  await expect(page.getByTestId("sync-summary")).toBeVisible({ timeout: 30_000 });
}

async function applyPlan(page: Page, name = "Apply plan") {
  await page.getByRole("button", { name, exact: true }).click();
  await expect(page.getByTestId("apply-result")).toBeVisible({ timeout: 30_000 });
}

/**
 * Calls a server action the way the browser does, bypassing the page, to prove the server itself
 * refuses (a hidden button is not a check). The action's id comes from the build's manifest.
 */
async function callServerAction(page: Page, pagePath: string, exportedName: string, input: Record<string, unknown>) {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(process.env.NEXT_DIST_DIR || ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const id = Object.entries(manifest.node).find(([, a]) => a.exportedName === exportedName && a.filename?.includes("/members/"))?.[0];
  expect(id, `no server action ${exportedName} in the build`).toBeTruthy();
  const res = await page.request.post(pagePath, {
    headers: { "Next-Action": id!, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: JSON.stringify(["$undefined", input]),
  });
  return res.text();
}

/** The admin's first sync from the sync page: preview, then apply the 20 creates. */
async function firstSync(page: Page, slug: string) {
  await page.goto(`/orgs/${slug}/sync`);
  await expect(page.getByTestId("no-preview")).toContainText("No sync has been previewed yet");
  await preview(page, "Preview sync");
  await expect(page.getByTestId("count-create")).toHaveText(String(WORKERS));
  await applyPlan(page);
}

test("the admin previews the first sync, sees every create, applies it and finds the members", async ({ page, request }) => {
  const { slug, admin, tenant } = await seedConnectedOrg(request, "sync1");
  // Workday answers slowly, so the progress is seen while the preview runs.
  await tenantWithWorkers(request, tenant, { fault: "slow", delayMs: 2500 });
  await signInViaApi(page, admin);

  await page.goto(`/orgs/${slug}/sync`);
  await expect(page.getByTestId("no-preview")).toBeVisible();
  await page.getByRole("button", { name: "Preview sync", exact: true }).click();
  await expect(page.getByTestId("sync-progress")).toContainText(/Reading the (user|group) report: \d+ rows read/);
  await expect(page.getByRole("progressbar", { name: "Sync progress" })).toBeVisible();
  await expect(page.getByTestId("sync-summary")).toBeVisible({ timeout: 30_000 });
  await tenantWithWorkers(request, tenant);
  await expect(page.getByRole("link", { name: "field mapping", exact: true })).toHaveAttribute("href", `/orgs/${slug}/mapping`);
  await expect(page.getByRole("link", { name: "members", exact: true })).toHaveAttribute("href", `/orgs/${slug}/members`);
  await expect(page.getByTestId("count-create")).toHaveText("20");
  for (const kind of ["update", "deactivate", "reactivate", "remove", "rejected"]) await expect(page.getByTestId(`count-${kind}`)).toHaveText("0");
  await expect(page.getByRole("link", { name: /^Create \(20\)/ })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("changes-table").locator("tbody tr")).toHaveCount(20);
  await expect(page.getByTestId("pager-status")).toHaveText("20 changes · page 1 of 1");

  // Search is done by the server and kept in the URL.
  await page.getByLabel("Search create").fill("E000007");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=E000007/);
  await expect(page.getByTestId("changes-table").locator("tbody tr")).toHaveCount(1);

  // An empty tab says so; the CSV holds the whole plan.
  await page.getByRole("link", { name: /^Rejected \(0\)/ }).click();
  await expect(page.getByTestId("tab-empty")).toHaveText("Every row of the report is usable.");
  const csvHref = await page.getByRole("link", { name: "Download the whole plan (CSV)" }).getAttribute("href");
  const csv = await page.request.get(csvHref!);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines[0]).toBe("action,workday_id,email,name,fields,before,after,reason,message,row_number");
  expect(lines.filter((l) => l.startsWith("create,"))).toHaveLength(20);

  await applyPlan(page);
  await expect(page.getByTestId("apply-result")).toContainText("20 members created");
  await expect(page.getByTestId("sync-history")).toContainText("Applied");
  await page.getByRole("link", { name: "See the members" }).click();

  await expect(page).toHaveURL(`/orgs/${slug}/members`);
  await expect(page.getByTestId("pager-status")).toHaveText("20 members · page 1 of 1");
  await expect(page.getByRole("link", { name: "Active (20)" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Removed (0)" })).toBeVisible();
  await expect(page.getByTestId("members-table").getByTestId("member-state").first()).toHaveText("active");

  // A fresh preview right after the apply has nothing to do.
  await page.goto(`/orgs/${slug}/sync`);
  await preview(page);
  await expect(page.getByTestId("count-create")).toHaveText("0");
  await expect(page.getByTestId("count-update")).toHaveText("0");
});

test("one worker changed in Workday shows as exactly one update with before and after, and is applied", async ({ page, request }) => {
  const { slug, admin, tenant } = await seedConnectedOrg(request, "sync2");
  await tenantWithWorkers(request, tenant);
  await signInViaApi(page, admin);
  await firstSync(page, slug);

  await tenantWithWorkers(request, tenant, { overrides: allActive({ E000005: { Business_Title: "Chief Coffee Officer" } }) });
  await preview(page);
  await expect(page.getByTestId("count-update")).toHaveText("1");
  await expect(page.getByTestId("count-create")).toHaveText("0");
  await expect(page.getByTestId("count-remove")).toHaveText("0");
  await expect(page.getByRole("link", { name: /^Update \(1\)/ })).toHaveAttribute("aria-current", "page");
  const rows = page.getByTestId("changes-table").locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("E000005");
  const change = rows.getByTestId("field-change");
  await expect(change).toHaveCount(1);
  await expect(change).toHaveAttribute("data-field", "jobTitle");
  await expect(change.locator("ins")).toHaveText("Chief Coffee Officer");
  const before = (await change.locator("del").textContent()) ?? "";
  expect(before).not.toBe("Chief Coffee Officer");

  await applyPlan(page);
  await expect(page.getByTestId("apply-result")).toContainText("1 member updated");

  // The member's history records the change with its before and after.
  await page.goto(`/orgs/${slug}/members?q=E000005`);
  await expect(page.getByTestId("pager-status")).toHaveText("1 member · page 1 of 1");
  await page.getByTestId("members-table").getByRole("link").first().click();
  const history = page.getByTestId("member-history");
  await expect(history.getByTestId("history-entry").first()).toContainText(`Updated · applied by ${admin.email}`);
  await expect(history.getByTestId("field-change").first()).toContainText(`Job title: ${before} → Chief Coffee Officer`);
});

test("a report with 40% of workers gone is held, says why, and applies only once the admin confirms", async ({ page, request }) => {
  const { slug, admin, tenant } = await seedConnectedOrg(request, "sync3");
  await tenantWithWorkers(request, tenant);
  await signInViaApi(page, admin);
  await firstSync(page, slug);

  await tenantWithWorkers(request, tenant, { dropPercent: 40 });
  await preview(page);
  const held = page.getByTestId("held-notice");
  await expect(held).toContainText("Held: this sync would remove many members");
  await expect(page.getByTestId("held-reason")).toContainText(/This sync would remove \d+ and deactivate 0 members \(\d+ of 20 active\)/);
  await expect(page.getByTestId("held-reason")).toContainText("more than the organization's limit of 20% of active members (4)");
  const removed = Number(await page.getByTestId("count-remove").textContent());
  expect(removed).toBeGreaterThan(4);
  await expect(page.getByRole("link", { name: `Remove (${removed})` })).toBeVisible();

  const apply = page.getByRole("button", { name: "Apply held plan" });
  await expect(apply).toBeDisabled();
  await page.getByLabel(/I have reviewed this plan/).check();
  await expect(apply).toBeEnabled();
  await applyPlan(page, "Apply held plan");
  await expect(page.getByTestId("apply-result")).toContainText(`${removed} members removed`);
  await expect(held).toContainText(`Applied after ${admin.email} confirmed this plan.`);

  await page.goto(`/orgs/${slug}/members`);
  await expect(page.getByRole("link", { name: `Removed (${removed})` })).toBeVisible();
  await expect(page.getByRole("link", { name: `Active (${WORKERS - removed})` })).toBeVisible();
});

test("a plan made before another sync was applied is refused as out of date, with a way to preview again", async ({ page, request }) => {
  const { slug, admin, tenant } = await seedConnectedOrg(request, "sync4");
  await tenantWithWorkers(request, tenant);
  await signInViaApi(page, admin);
  await firstSync(page, slug);

  await tenantWithWorkers(request, tenant, { overrides: allActive({ E000003: { Business_Title: "Barista" } }) });
  await preview(page);
  const oldPlan = page.url();
  await preview(page);
  await applyPlan(page);

  await page.goto(oldPlan);
  await page.getByRole("button", { name: "Apply plan", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "this plan is out of date" })).toContainText("Preview again");
  await page.getByRole("button", { name: "Preview again" }).click();
  await expect(page).not.toHaveURL(oldPlan);
  await expect(page.getByTestId("count-update")).toHaveText("0", { timeout: 30_000 });
});

test("an admin cannot restore a removed member; support can", async ({ page, request }) => {
  const { slug, admin, support, tenant } = await seedConnectedOrg(request, "sync5");
  await tenantWithWorkers(request, tenant);
  await signInViaApi(page, admin);
  await firstSync(page, slug);

  // The last worker leaves the report: one removal, under the safeguard's limit.
  await tenantWithWorkers(request, tenant, { workers: WORKERS - 1 });
  await preview(page);
  await expect(page.getByTestId("count-remove")).toHaveText("1");
  await expect(page.getByTestId("held-notice")).toHaveCount(0);
  await applyPlan(page);

  await page.goto(`/orgs/${slug}/members?state=removed`);
  await expect(page.getByTestId("pager-status")).toHaveText("1 member · page 1 of 1");
  await page.getByTestId("members-table").getByRole("link").first().click();
  const history = page.getByTestId("member-history");
  await expect(history).toContainText("E000020");
  await expect(history).toContainText("10KC support can restore the profile");
  await expect(page.getByRole("button", { name: "Restore member" })).toHaveCount(0);
  const memberUrl = page.url();
  const memberId = new URL(memberUrl).searchParams.get("member")!;

  // Asked directly, the server refuses the admin too, and the member stays removed.
  const answer = await callServerAction(page, `/orgs/${slug}/members`, "restoreMemberAction", { orgSlug: slug, memberId });
  expect(answer).toContain('"status":"forbidden"');
  await page.reload();
  await expect(page.getByTestId("member-history").getByTestId("member-state")).toHaveText("removed");

  await page.context().clearCookies();
  await signInViaApi(page, support);
  await page.goto(memberUrl);
  await page.getByRole("button", { name: "Restore member" }).click();
  await page.getByRole("button", { name: /^Yes, restore / }).click();
  await expect(page.getByTestId("member-history").getByTestId("member-state")).toHaveText("active");
  await expect(page.getByRole("link", { name: "Removed (0)" })).toBeVisible();
  await expect(page.getByRole("link", { name: `Active (${WORKERS})` })).toBeVisible();
});

test("another organization's sync page and plan are not found", async ({ page, request }) => {
  const mine = await seedConnectedOrg(request, "sync6");
  const theirs = await seedConnectedOrg(request, "sync7");
  await signInViaApi(page, mine.admin);
  expect((await page.goto(`/orgs/${theirs.slug}/sync`))?.status()).toBe(404);
  expect((await page.goto(`/orgs/${theirs.slug}/members`))?.status()).toBe(404);
  const res = await page.request.get(`/api/orgs/${theirs.slug}/sync/runs/00000000-0000-4000-8000-000000000000/progress`);
  expect(res.status()).toBe(404);
});

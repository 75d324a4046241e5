import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { DbHandle } from "@/db";
import { createTestDb } from "@/db/testing";
import { createOrganization } from "@/db/queries/organizations";
import { createActionBuilders, type SessionUser } from "./core";
import { ActionError } from "./result";

let handle: DbHandle;
let orgA: { id: string; slug: string };
let orgB: { id: string; slug: string };
let current: SessionUser | null = null;
const calls: unknown[] = [];

beforeAll(async () => {
  handle = await createTestDb();
  orgA = await createOrganization(handle.db, { slug: "org-a", name: "A" });
  orgB = await createOrganization(handle.db, { slug: "org-b", name: "B" });
});
afterAll(() => handle.close());

const builders = () =>
  createActionBuilders({ getUser: async () => current, getDb: async () => handle.db, log: () => {} });

const renameSchema = z.object({ orgSlug: z.string(), name: z.string().min(2, "Too short") });
const rename = () =>
  builders().orgAction(renameSchema, ["admin", "support"], async (input, ctx) => {
    calls.push({ org: ctx.org.slug, name: input.name });
    return { renamed: ctx.org.slug };
  });

const adminOf = (orgId: string): SessionUser => ({ id: "u1", email: "a@x.test", name: "A", role: "admin", orgId });
const support: SessionUser = { id: "s1", email: "s@x.test", name: "S", role: "support", orgId: null };

describe("orgAction", () => {
  it("refuses an anonymous caller without running the action", async () => {
    current = null;
    calls.length = 0;
    const result = await rename()(undefined, { orgSlug: "org-a", name: "New" });
    expect(result.status).toBe("unauthenticated");
    expect(calls).toHaveLength(0);
  });

  it("refuses an admin acting on another organization, with the same answer as an unknown one", async () => {
    current = adminOf(orgA.id);
    calls.length = 0;
    const other = await rename()(undefined, { orgSlug: orgB.slug, name: "New" });
    const unknown = await rename()(undefined, { orgSlug: "no-such-org", name: "New" });
    expect(other).toEqual(unknown);
    expect(other.status).toBe("forbidden");
    expect(calls).toHaveLength(0);
  });

  it("refuses a role the action does not allow", async () => {
    current = adminOf(orgA.id);
    const supportOnly = builders().orgAction(renameSchema, "support", async () => "done");
    expect((await supportOnly(undefined, { orgSlug: orgA.slug, name: "New" })).status).toBe("forbidden");
  });

  it("returns field errors for invalid input and does not run", async () => {
    current = adminOf(orgA.id);
    calls.length = 0;
    const result = await rename()(undefined, { orgSlug: orgA.slug, name: "x" });
    expect(result).toMatchObject({ status: "invalid", fieldErrors: { name: ["Too short"] } });
    expect(calls).toHaveLength(0);
  });

  it("runs for the organization's own admin and for support, reading FormData", async () => {
    current = adminOf(orgA.id);
    const fd = new FormData();
    fd.set("orgSlug", orgA.slug);
    fd.set("name", "Renamed");
    expect(await rename()(undefined, fd)).toEqual({ status: "success", data: { renamed: "org-a" } });
    current = support;
    expect(await rename()(undefined, { orgSlug: orgB.slug, name: "Renamed" })).toEqual({ status: "success", data: { renamed: "org-b" } });
  });

  it("shows an ActionError's words but hides an unexpected error's details", async () => {
    current = support;
    const failing = (error: Error) => builders().orgAction(renameSchema, "support", async () => Promise.reject(error));
    const known = await failing(new ActionError("Preview again first.", "stale"))(undefined, { orgSlug: orgA.slug, name: "ok" });
    expect(known).toEqual({ status: "error", message: "Preview again first.", code: "stale" });
    const unknown = await failing(new Error("relation members does not exist"))(undefined, { orgSlug: orgA.slug, name: "ok" });
    expect(unknown.status).toBe("error");
    expect(JSON.stringify(unknown)).not.toContain("relation");
  });
});

describe("supportAction", () => {
  it("is refused to an admin and allowed to support", async () => {
    const create = builders().supportAction(z.object({ name: z.string() }), async ({ name }) => name.toUpperCase());
    current = adminOf(orgA.id);
    expect((await create(undefined, { name: "x" })).status).toBe("forbidden");
    current = support;
    expect(await create(undefined, { name: "x" })).toEqual({ status: "success", data: "X" });
  });
});

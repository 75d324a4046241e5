import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { createTestDb } from "@/db/testing";
import { createInvitation, findInvitationByToken } from "@/db/queries/invitations";
import { createOrganization } from "@/db/queries/organizations";
import { createUser, findUserByEmail } from "@/db/queries/users";
import { invitations } from "@/db/schema";
import { acceptInvitation } from "./accept-invitation";
import { hashPassword, verifyPassword } from "./password";
import { RateLimiter } from "./rate-limit";
import { checkCredentials } from "./sign-in";
import { hashToken } from "./tokens";

let handle: DbHandle;
let orgId: string;
beforeAll(async () => {
  handle = await createTestDb();
  orgId = (await createOrganization(handle.db, { slug: "acme", name: "Acme" })).id;
});
afterAll(() => handle.close());

describe("password hashing", () => {
  it("stores a salted hash that verifies only the right password", async () => {
    const a = await hashPassword("correct horse battery");
    const b = await hashPassword("correct horse battery");
    expect(a).not.toContain("correct");
    expect(a).not.toBe(b);
    expect(await verifyPassword("correct horse battery", a)).toBe(true);
    expect(await verifyPassword("correct horse batterY", a)).toBe(false);
    expect(await verifyPassword("anything", null)).toBe(false);
  });
});

describe("invitations", () => {
  it("keeps only the token's hash and accepts it once", async () => {
    const { token, invitation } = await createInvitation(handle.db, { orgId, email: " New.Admin@Acme.test ", invitedBy: null });
    expect(invitation.tokenHash).toBe(hashToken(token));
    expect(invitation.email).toBe("new.admin@acme.test");
    const rows = await handle.db.select().from(invitations);
    expect(JSON.stringify(rows)).not.toContain(token);

    const { user } = await acceptInvitation(handle.db, { token, name: "New Admin", password: "long-enough-pw" });
    expect(user).toMatchObject({ role: "admin", organizationId: orgId, email: "new.admin@acme.test" });
    await expect(acceptInvitation(handle.db, { token, name: "Again", password: "long-enough-pw" })).rejects.toThrow(/already been used/);
    expect((await findInvitationByToken(handle.db, token)).status).toBe("used");
  });

  it("refuses an expired invitation and creates no user", async () => {
    const sentAt = new Date("2026-01-01T00:00:00Z");
    const { token } = await createInvitation(handle.db, { orgId, email: "late@acme.test", invitedBy: null, now: sentAt });
    const sixDaysLater = new Date(sentAt.getTime() + 6 * 86400_000);
    const eightDaysLater = new Date(sentAt.getTime() + 8 * 86400_000);
    expect((await findInvitationByToken(handle.db, token, sixDaysLater)).status).toBe("valid");
    await expect(acceptInvitation(handle.db, { token, name: "Late", password: "long-enough-pw" }, eightDaysLater)).rejects.toThrow(/expired/);
    expect(await findUserByEmail(handle.db, "late@acme.test")).toBeNull();
  });

  it("refuses an unknown token", async () => {
    await expect(acceptInvitation(handle.db, { token: "x".repeat(43), name: "X", password: "long-enough-pw" })).rejects.toThrow(/not valid/);
  });
});

describe("sign-in", () => {
  it("accepts the right password, refuses a wrong one and an unknown email alike", async () => {
    await createUser(handle.db, { email: "sam@10kc.test", passwordHash: await hashPassword("support-pass-1"), role: "support", organizationId: null });
    const limiters = { email: new RateLimiter(10, 60_000), address: new RateLimiter(10, 60_000) };
    const ok = await checkCredentials(handle.db, { email: "SAM@10kc.test ", password: "support-pass-1" }, "1.1.1.1", limiters);
    expect(ok).toMatchObject({ ok: true, user: { role: "support", orgId: null } });
    const wrong = await checkCredentials(handle.db, { email: "sam@10kc.test", password: "nope" }, "1.1.1.1", limiters);
    const unknown = await checkCredentials(handle.db, { email: "nobody@10kc.test", password: "nope" }, "1.1.1.1", limiters);
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
  });

  it("stops an email after too many attempts, even with the right password", async () => {
    const limiters = { email: new RateLimiter(3, 60_000), address: new RateLimiter(100, 60_000) };
    for (let i = 0; i < 3; i++) await checkCredentials(handle.db, { email: "sam@10kc.test", password: "bad" }, `9.9.9.${i}`, limiters);
    const blocked = await checkCredentials(handle.db, { email: "sam@10kc.test", password: "support-pass-1" }, "9.9.9.9", limiters);
    expect(blocked).toEqual({ ok: false, reason: "rate_limited" });
  });

  it("counts only failures against an address, so many people behind one address can sign in", async () => {
    await createUser(handle.db, { email: "pat@10kc.test", passwordHash: await hashPassword("admin-pass-12"), role: "support", organizationId: null });
    const limiters = { email: new RateLimiter(10, 60_000), address: new RateLimiter(2, 60_000) };
    for (let i = 0; i < 5; i++) {
      expect(await checkCredentials(handle.db, { email: "pat@10kc.test", password: "admin-pass-12" }, "5.5.5.5", limiters)).toMatchObject({ ok: true });
    }
    for (let i = 0; i < 2; i++) await checkCredentials(handle.db, { email: `guess${i}@10kc.test`, password: "bad" }, "5.5.5.5", limiters);
    expect(await checkCredentials(handle.db, { email: "pat@10kc.test", password: "admin-pass-12" }, "5.5.5.5", limiters)).toEqual({
      ok: false,
      reason: "rate_limited",
    });
  });
});

describe("RateLimiter", () => {
  it("lets attempts through again once the window has passed", () => {
    let now = 0;
    const limiter = new RateLimiter(2, 1000, () => now);
    limiter.record(["k"]);
    expect(limiter.blocked(["k"])).toBe(false);
    limiter.record(["k"]);
    expect(limiter.blocked(["k"])).toBe(true);
    now = 1500;
    expect(limiter.blocked(["k"])).toBe(false);
  });
});

/** Organizations connected to the Workday stand-in, for the scheduler's tests. */
import { afterAll, beforeAll } from "vitest";
import type { Db, DbHandle } from "@/db";
import { openDatabase } from "@/db";
import { createOrganization } from "@/db/queries/organizations";
import { createUser } from "@/db/queries/users";
import { createTestDb } from "@/db/testing";
import { saveConnectionSettings } from "@/lib/connections/save-connection";
import { resetEnvForTests } from "@/lib/env";
import type { AlertChannels } from "@/lib/health/alerts";
import type { DeliveryResult } from "@/lib/health/webhook";
import { startWorkdaySim, type TenantState, type WorkdaySim } from "@/lib/workday/sim";

export const TEST_ACTOR = { id: null, email: "support@10kc.test" };

/** The stand-in on a free port, allowed by the SSRF guard through WORKDAY_EXTRA_HOSTS. */
export async function startSim(): Promise<WorkdaySim> {
  const sim = await startWorkdaySim({ port: 0 });
  process.env.WORKDAY_EXTRA_HOSTS = new URL(sim.baseUrl).host;
  resetEnvForTests();
  return sim;
}

/** Small and instant by default: these tests are about scheduling, not big reports. */
export async function connectedOrg(db: Db, sim: WorkdaySim, slug: string, state: TenantState = {}) {
  const org = await createOrganization(db, { slug, name: `Org ${slug}`, timeZone: "UTC" });
  sim.setTenant(slug, { workers: 20, delayMs: 0, seed: slug, ...state });
  await saveConnectionSettings(db, {
    orgId: org.id,
    usersUrl: sim.reportUrl(slug, "Workers_for_10KC"),
    groupsUrl: sim.reportUrl(slug, "Groups_for_10KC"),
    username: sim.username,
    password: sim.password,
    actor: TEST_ACTOR,
  });
  await createUser(db, { email: `admin@${slug}.test`, passwordHash: null, role: "admin", organizationId: org.id });
  return org;
}

/** Channels that record instead of sending. */
export function recordingChannels() {
  const emails: Array<{ to: string[]; subject: string; text: string }> = [];
  const webhooks: Array<{ url: string; payload: unknown }> = [];
  const channels: AlertChannels = {
    sendEmail: async (m) => {
      emails.push(m);
      return true;
    },
    deliverWebhook: async (input): Promise<DeliveryResult> => {
      webhooks.push({ url: input.url, payload: input.payload });
      return { ok: true, status: 204, error: null };
    },
  };
  return { channels, emails, webhooks };
}

export { createServerTestDb } from "@/db/testing";

/** A stand-in and a database of this test file's own, opened before its tests and closed after. */
export function useSimAndDb(): { handle: DbHandle; sim: WorkdaySim } {
  const ctx = {} as { handle: DbHandle; sim: WorkdaySim };
  beforeAll(async () => {
    ctx.sim = await startSim();
    ctx.handle = await createTestDb();
  });
  afterAll(async () => {
    await ctx.handle?.close();
    await ctx.sim?.close();
  });
  return ctx;
}

"use server";

import { after } from "next/server";
import { z } from "zod";
import { getConnection } from "@/db/queries/connections";
import { recordAudit } from "@/db/queries/audit";
import { orgAction, ActionError } from "@/lib/actions";
import { orgSlugField } from "@/lib/actions/core";
import { connectionFormSchema } from "@/lib/connections/schema";
import { saveConnectionSettings } from "@/lib/connections/save-connection";
import { ConnectionNotReady, runConnectionTest, whatIsMissing } from "@/lib/connections/test-connection";
import { getDb } from "@/db";

const STALE_RUNNING_MS = 10 * 60 * 1000;

/** Saves the form, then fetches both reports in the background; the page polls for progress. */
export const saveAndTestConnectionAction = orgAction(connectionFormSchema, ["admin", "support"], async (input, { db, org, user }) => {
  await saveConnectionSettings(db, { orgId: org.id, ...input, actor: user });
  return startTest(org.id, user);
});

export const retestConnectionAction = orgAction(z.object({ orgSlug: orgSlugField }), ["admin", "support"], async (_input, { db, org, user }) => {
  const missing = whatIsMissing(await getConnection(db, { orgId: org.id }));
  if (missing) throw new ActionError(missing, "connection_incomplete");
  return startTest(org.id, user);
});

async function startTest(orgId: string, user: { id: string; email: string }) {
  const db = await getDb();
  const current = (await getConnection(db, { orgId }))?.lastTestResult as { state?: string; startedAt?: string } | null;
  if (current?.state === "running" && Date.now() - Date.parse(current.startedAt ?? "") < STALE_RUNNING_MS) {
    return { started: false };
  }
  await recordAudit(db, { orgId, actor: user, action: "connection.tested" });
  after(async () => {
    try {
      await runConnectionTest(db, { orgId });
    } catch (e) {
      if (!(e instanceof ConnectionNotReady)) console.error("Connection test failed to run", e);
    }
  });
  return { started: true };
}

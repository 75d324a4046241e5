import { and, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { connections, setupSteps } from "../schema";

export type SetupStepRow = typeof setupSteps.$inferSelect;

export async function listSetupSteps(db: DbOrTx, { orgId }: { orgId: string }): Promise<SetupStepRow[]> {
  return db.select().from(setupSteps).where(eq(setupSteps.organizationId, orgId)).orderBy(setupSteps.step);
}

/** Replaces one step's answers, with who saved them and when; a colleague sees the same row. */
export async function saveSetupStep(
  db: DbOrTx,
  {
    orgId,
    step,
    answers,
    done,
    actor,
  }: { orgId: string; step: number; answers: Record<string, unknown>; done: boolean; actor: { id: string | null; email: string | null } },
) {
  const values = { answers, done, updatedAt: new Date(), updatedBy: actor.id, updatedByEmail: actor.email };
  await db
    .insert(setupSteps)
    .values({ organizationId: orgId, step, ...values })
    .onConflictDoUpdate({ target: [setupSteps.organizationId, setupSteps.step], set: values });
}

export async function getSetupStep(db: DbOrTx, { orgId, step }: { orgId: string; step: number }) {
  const [row] = await db
    .select()
    .from(setupSteps)
    .where(and(eq(setupSteps.organizationId, orgId), eq(setupSteps.step, step)))
    .limit(1);
  return row ?? null;
}

/** Support-wide: every organization's saved steps, for the organizations list. */
/** The saved steps of the given organizations (the rows a support page shows). */
export async function listSetupStepsOf(db: DbOrTx, { orgIds }: { orgIds: string[] }) {
  if (orgIds.length === 0) return [];
  return db
    .select({
      organizationId: setupSteps.organizationId,
      step: setupSteps.step,
      answers: setupSteps.answers,
      updatedAt: setupSteps.updatedAt,
      updatedByEmail: setupSteps.updatedByEmail,
    })
    .from(setupSteps)
    .where(inArray(setupSteps.organizationId, orgIds));
}

/**
 * The given organizations' connections with only the parts of the last test the step rules read (state,
 * ok, problems), not its sample rows and column statistics.
 */
export async function listConnectionsForProgressOf(db: DbOrTx, { orgIds }: { orgIds: string[] }) {
  if (orgIds.length === 0) return [];
  const r = connections.lastTestResult;
  return db
    .select({
      organizationId: connections.organizationId,
      usersUrl: connections.usersUrl,
      groupsUrl: connections.groupsUrl,
      username: connections.username,
      passwordSaved: sql<boolean>`${connections.passwordBox} is not null`,
      lastTestAt: connections.lastTestAt,
      lastTestOk: connections.lastTestOk,
      lastTestResult: sql<Record<string, unknown> | null>`case when ${r} is null then null else jsonb_build_object(
        'state', ${r}->'state', 'ok', ${r}->'ok', 'finishedAt', ${r}->'finishedAt',
        'users', case when ${r}->'users' is null then null else jsonb_build_object('ok', ${r}->'users'->'ok', 'problems', ${r}->'users'->'problems') end,
        'groups', case when jsonb_typeof(${r}->'groups') = 'object' then jsonb_build_object('ok', ${r}->'groups'->'ok', 'problems', ${r}->'groups'->'problems') else null end
      ) end`,
      submittedAt: connections.submittedAt,
      updatedAt: connections.updatedAt,
    })
    .from(connections)
    .where(inArray(connections.organizationId, orgIds));
}

"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordAudit } from "@/db/queries/audit";
import { getConnection, markConnectionSubmitted } from "@/db/queries/connections";
import { createNotification } from "@/db/queries/notifications";
import { saveSetupStep } from "@/db/queries/setup";
import { listAllSupportEmails } from "@/db/queries/users";
import { ActionError, orgAction } from "@/lib/actions";
import { orgSlugField } from "@/lib/actions/core";
import { env } from "@/lib/env";
import { sendEmail } from "@/lib/notify/email";
import { setupFacts } from "@/lib/setup/facts";
import { answersComplete, submitReadiness } from "@/lib/setup/step-state";
import { checklistAnswers, checklistAnswersSchema, isuAnswersSchema, type ChecklistStep, type StepNumber } from "@/lib/setup/steps";

// Only the organization's own admin changes the wizard. Support sees it read-only, and orgAction
// answers support's attempts with "forbidden" here on the server, whatever the page showed.
const ADMIN_ONLY = "admin" as const;

function refresh(slug: string) {
  revalidatePath(`/orgs/${slug}/setup`, "layout");
  revalidatePath("/support");
}

// `setup_steps.done` records whether the answers alone complete the step (support's list reads
// it at a glance); whether a test reopened or verified the step is worked out when shown.
function isComplete(step: StepNumber, answers: Record<string, unknown>) {
  return answersComplete(step, { answers: { [step]: answers }, connection: null, test: null, submittedAt: null });
}

/** Step 1: the ISU's username, which also prefills the connection form in step 7. */
export const saveIsuAction = orgAction(isuAnswersSchema, ADMIN_ONLY, async ({ username }, { db, org, user }) => {
  const answers = { username };
  const done = isComplete(1, answers);
  await saveSetupStep(db, { orgId: org.id, step: 1, answers, done, actor: user });
  refresh(org.slug);
  return { done };
});

/** Steps 2 to 6: the ticks. Step 3 is done only when all eight policies and the activation are ticked. */
export const saveChecklistAction = orgAction(checklistAnswersSchema, ADMIN_ONLY, async (input, { db, org, user }) => {
  const step = input.step as ChecklistStep;
  const answers = checklistAnswers(step, input.checks);
  const done = isComplete(step, answers);
  await saveSetupStep(db, { orgId: org.id, step, answers, done, actor: user });
  refresh(org.slug);
  return { done };
});

/**
 * Step 8: records the submission, tells 10KC support in the app and (when SMTP is configured) by
 * email, and audits it. Refused unless the last test passed for both reports.
 */
export const submitSetupAction = orgAction(z.object({ orgSlug: orgSlugField }), ADMIN_ONLY, async (_input, { db, org, user }) => {
  const connection = await getConnection(db, { orgId: org.id });
  const facts = setupFacts([], connection && { ...connection, passwordSaved: !!connection.passwordBox });
  const readiness = submitReadiness(facts);
  if (!readiness.ready) throw new ActionError(readiness.reason, "not_ready");
  const again = !!connection?.submittedAt;
  const message = `${org.name} ${again ? "submitted its Workday endpoints again" : "submitted its Workday endpoints"}; both reports passed the live test.`;
  await db.transaction(async (tx) => {
    await markConnectionSubmitted(tx, { orgId: org.id, actorId: user.id });
    await createNotification(tx, { orgId: org.id, audience: "support", kind: "setup.submitted", message });
    await recordAudit(tx, {
      orgId: org.id,
      actor: user,
      action: "setup.submitted",
      detail: { usersUrl: connection?.usersUrl, groupsUrl: connection?.groupsUrl, again },
    });
  });
  // Email after the commit: a slow or failing mail server must not undo the submission.
  const recipients = await listAllSupportEmails(db);
  const appUrl = (env().APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
  const emailed =
    recipients.length > 0 &&
    (await sendEmail({
      to: recipients,
      subject: `Workday Connect: ${org.name} submitted its endpoints`,
      text: `${message}\n\nSubmitted by ${user.email}.\nReview it: ${appUrl}/support/orgs/${org.slug}\n`,
    }));
  refresh(org.slug);
  return { emailed, mappingHref: `/orgs/${org.slug}/mapping` };
});

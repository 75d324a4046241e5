import { notFound } from "next/navigation";
import { SavedBy } from "@/components/setup/saved-by";
import { SetupShell } from "@/components/setup/setup-shell";
import { StepNav } from "@/components/setup/step-nav";
import { StepProblems } from "@/components/setup/step-problems";
import { StepStateBadge } from "@/components/setup/step-state-badge";
import { DomainPoliciesStep } from "@/components/setup/steps/domain-policies-step";
import { EndpointsStep } from "@/components/setup/steps/endpoints-step";
import { GroupReportStep } from "@/components/setup/steps/group-report-step";
import { IsuStep } from "@/components/setup/steps/isu-step";
import { SecurityGroupStep } from "@/components/setup/steps/security-group-step";
import { ShareStep } from "@/components/setup/steps/share-step";
import { SubmitStep } from "@/components/setup/steps/submit-step";
import { UserReportStep } from "@/components/setup/steps/user-report-step";
import { submitReadiness } from "@/lib/setup/step-state";
import { isuUsername, parseStepNumber, stepInfo, type StepNumber } from "@/lib/setup/steps";
import { loadSetup, type SetupData } from "../load-setup";

export const dynamic = "force-dynamic";

function StepBody({ step, data }: { step: StepNumber; data: SetupData }) {
  const { org, readOnly, facts, connection } = data;
  const saved = facts.answers[step] ?? {};
  // The ISU name typed in step 1 prefills step 7; before step 1 is saved, an already saved connection's name shows in step 1.
  const username = isuUsername(facts.answers[1]) || connection.username;
  const common = { orgSlug: org.slug, saved, readOnly };
  switch (step) {
    case 1:
      return <IsuStep orgSlug={org.slug} username={username} readOnly={readOnly} />;
    case 2:
      return <SecurityGroupStep {...common} />;
    case 3:
      return <DomainPoliciesStep {...common} />;
    case 4:
      return <UserReportStep {...common} />;
    case 5:
      return <GroupReportStep {...common} />;
    case 6:
      return <ShareStep {...common} />;
    case 7:
      return <EndpointsStep orgSlug={org.slug} connection={connection} username={isuUsername(facts.answers[1])} readOnly={readOnly} />;
    case 8:
      return <SubmitStep orgSlug={org.slug} readiness={submitReadiness(facts)} submittedAt={connection.submittedAt} readOnly={readOnly} />;
  }
}

/** One step of the wizard, deep-linkable as /orgs/[slug]/setup/3. */
export default async function SetupStepPage({ params }: { params: Promise<{ slug: string; step: string }> }) {
  const { slug, step: raw } = await params;
  const step = parseStepNumber(raw);
  // Access first, so a stranger gets the same 404 for /setup/3 and /setup/99.
  const data = await loadSetup(slug);
  if (!step) notFound();
  const status = data.progress.statuses[step - 1];
  const row = data.steps.find((s) => s.step === step);
  return (
    <SetupShell orgSlug={data.org.slug} orgName={data.org.name} statuses={data.progress.statuses} current={step} readOnly={data.readOnly}>
      <article aria-labelledby="step-heading">
        <header className="mb-4 space-y-1">
          <p className="text-sm text-slate-500">Step {step} of 8</p>
          <h2 id="step-heading" className="flex flex-wrap items-center gap-3 text-xl font-semibold">
            {stepInfo(step).title}
            <StepStateBadge state={status.state} />
          </h2>
          <SavedBy at={row?.updatedAt ?? null} by={row?.updatedByEmail ?? null} timeZone={data.org.timeZone} />
        </header>
        <StepProblems status={status} orgSlug={data.org.slug} testedAt={data.connection.lastTestAt} />
        <StepBody step={step} data={data} />
        <StepNav orgSlug={data.org.slug} step={step} />
      </article>
    </SetupShell>
  );
}

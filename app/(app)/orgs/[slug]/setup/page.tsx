import { SetupShell } from "@/components/setup/setup-shell";
import { SetupSummary } from "@/components/setup/setup-summary";
import { loadSetup } from "./load-setup";

export const dynamic = "force-dynamic";

/** The wizard's landing page: where the organization stands and where to continue. */
export default async function SetupSummaryPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { org, readOnly, progress, facts } = await loadSetup(slug);
  const format = (d: Date) => d.toLocaleString("en-US", { timeZone: org.timeZone, dateStyle: "medium", timeStyle: "short" });
  return (
    <SetupShell orgSlug={org.slug} orgName={org.name} statuses={progress.statuses} current={null} readOnly={readOnly}>
      <SetupSummary
        orgSlug={org.slug}
        statuses={progress.statuses}
        next={progress.next}
        submittedAt={facts.submittedAt ? format(facts.submittedAt) : null}
        lastChange={progress.lastChange ? `${format(progress.lastChange.at)}${progress.lastChange.by ? ` by ${progress.lastChange.by}` : ""}` : null}
      />
    </SetupShell>
  );
}

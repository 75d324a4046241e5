import Link from "next/link";
import type { ReactNode } from "react";
import { ConnectionPanel } from "@/components/connection/connection-panel";
import { ProblemList } from "@/components/connection/problem-list";
import type { OrgHealthView } from "@/app/(app)/orgs/[slug]/health/load-health";
import { formatAgo, formatTimestamp } from "@/lib/health/display";
import { describeSchedule } from "@/lib/schedule/next-run";
import { AuditList } from "./audit-list";
import { RunChart } from "./run-chart";
import { RunsTable } from "./runs-table";
import { ScheduleForm } from "./schedule-form";
import { StateBadge } from "./state-badge";
import { StateHistory } from "./state-history";
import { SyncControls } from "./sync-controls";
import { ThresholdsForm } from "./thresholds-form";
import { WebhookForm } from "./webhook-form";

function Section({ title, children, id, testId }: { title: string; children: ReactNode; id?: string; testId?: string }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-6" data-testid={testId}>
      <h2 id={id} className="mb-4 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <dt className="text-xs uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="text-sm" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

/**
 * One organization's sync health and controls. Support sees everything; an admin (their own
 * organization) gets the same state, runs and schedule, without the deletion safeguards and the
 * webhook, which the server refuses them anyway.
 */
export function HealthOverview({ view, role }: { view: OrgHealthView; role: "support" | "admin" }) {
  const { org, current, schedule, now } = view;
  const slug = org.slug;
  const isSupport = role === "support";
  return (
    <div className="space-y-6">
      <Section title="Connection health" id="health-now" testId="health-now">
        <div className="flex flex-wrap items-start gap-4">
          <StateBadge state={current.state} className="text-sm" />
          <p className="min-w-72 flex-1 text-sm text-slate-800" data-testid="health-reason">
            {current.reason}
          </p>
        </div>
        <dl className="mt-4 grid gap-4 sm:grid-cols-4">
          <Fact label="Since">{current.since ? `${formatTimestamp(current.since)} (${formatAgo(current.since, now)})` : "—"}</Fact>
          <Fact label="Last success" testId="last-success">
            {current.lastSuccessAt ? `${formatTimestamp(current.lastSuccessAt)} (${formatAgo(current.lastSuccessAt, now)})` : "never"}
          </Fact>
          <Fact label="Last attempt">{current.lastAttemptAt ? formatTimestamp(current.lastAttemptAt) : "never"}</Fact>
          <Fact label="Schedule" testId="schedule-summary">
            {schedule ? describeSchedule(schedule, schedule.paused) : "Not scheduled yet (daily once a first sync is applied)"}
            {schedule?.nextRunAt && !schedule.paused && schedule.mode !== "off" && (
              <span className="block text-xs text-slate-500">next {formatTimestamp(schedule.nextRunAt)}</span>
            )}
          </Fact>
        </dl>
        <div className="mt-6">
          <SyncControls
            orgSlug={slug}
            connected={view.setup.connected}
            paused={schedule?.paused ?? false}
            pausedBy={schedule?.pausedByEmail ?? null}
            requestedAt={schedule?.requestedAt ?? null}
            running={schedule?.running ?? false}
            lastAttemptAt={current.lastAttemptAt}
            heldPlan={current.state === "held"}
          />
        </div>
      </Section>

      {view.lastRunProblems.length > 0 && (
        <Section title="Problems in the last run" id="health-problems" testId="last-run-problems">
          <ProblemList problems={view.lastRunProblems} orgSlug={slug} />
        </Section>
      )}

      <Section title="Test the connection" id="health-test">
        <p className="mb-3 text-sm text-slate-600">
          Fetches both reports now with the saved settings, without changing any member.{" "}
          <Link href={`/orgs/${slug}/setup/7`} className="text-brand underline">
            Connection settings (step 7)
          </Link>
        </p>
        {view.setup.connected ? (
          <ConnectionPanel orgSlug={slug} initial={view.connection} readOnly openFailingStep={false} />
        ) : (
          <p className="text-sm text-slate-600">No connection is saved yet: the admin saves it in setup step 7.</p>
        )}
      </Section>

      <Section title="Runs over the last 30 days" id="health-chart">
        <RunChart points={view.points} />
      </Section>

      <Section title="Last runs" id="health-runs">
        <RunsTable orgSlug={slug} runs={view.recentRuns.map((r) => ({ ...r, id: r.id }))} />
      </Section>

      <div className="grid gap-6 lg:grid-cols-2">
        <Section title="Schedule" id="health-schedule">
          <ScheduleForm orgSlug={slug} timeZone={org.timeZone} current={view.scheduleForm} />
        </Section>
        {isSupport ? (
          <Section title="Deletion safeguards" id="health-thresholds">
            <p className="mb-3 text-sm text-slate-600">A plan that removes or deactivates more members than either limit waits for review instead of applying.</p>
            <ThresholdsForm orgSlug={slug} current={view.thresholds} />
          </Section>
        ) : (
          <Section title="Deletion safeguards" id="health-thresholds">
            <p className="text-sm text-slate-700" data-testid="thresholds-readonly">
              A plan removing or deactivating more than {view.thresholds.deleteThresholdPercent}% of members
              {view.thresholds.deleteThresholdCount !== null ? ` or more than ${view.thresholds.deleteThresholdCount} members` : ""} waits for
              review. 10KC support sets these limits; ask them to change one.
            </p>
          </Section>
        )}
      </div>

      {isSupport && (
        <Section title="Alert webhook" id="health-webhook">
          <WebhookForm orgSlug={slug} current={view.webhook} />
        </Section>
      )}

      <Section title="State history" id="health-history">
        <StateHistory transitions={view.transitions} />
      </Section>

      <Section title="Audit log" id="health-audit">
        <AuditList entries={view.audit} />
      </Section>
    </div>
  );
}

import Link from "next/link";
import type { getMember } from "@/db/queries/members";
import type { listMemberChanges } from "@/db/queries/sync-runs";
import { changeWords, historyStatusWords } from "@/app/(app)/orgs/[slug]/members/members-view";
import { FieldChanges } from "@/components/sync/field-changes";
import { MemberStateBadge } from "./member-state-badge";
import { RestoreMemberButton } from "./restore-member-button";

type Member = NonNullable<Awaited<ReturnType<typeof getMember>>>;
type Entry = Awaited<ReturnType<typeof listMemberChanges>>[number];

/** One member's profile and every sync change recorded for them, newest first. */
export function MemberHistory({
  orgSlug,
  member,
  entries,
  canRestore,
  closeHref,
}: {
  orgSlug: string;
  member: Member;
  entries: Entry[];
  canRestore: boolean;
  closeHref: string;
}) {
  const name = [member.firstName, member.lastName].filter(Boolean).join(" ") || member.email;
  return (
    <section aria-labelledby="member-history-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="member-history">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="member-history-heading" className="flex items-center gap-2 text-lg font-semibold">
            {name} <MemberStateBadge state={member.state} />
          </h2>
          <p className="text-sm text-slate-600">
            {member.email} · Workday ID {member.workdayId ?? "(none yet)"}
            {member.managerEmail && <> · manager {member.managerEmail}</>}
            {member.groups.length > 0 && <> · groups: {member.groups.join(", ")}</>}
          </p>
        </div>
        <Link href={closeHref} className="text-sm font-medium text-brand underline" scroll={false}>
          Close history
        </Link>
      </header>

      {member.state === "removed" && canRestore && <RestoreMemberButton orgSlug={orgSlug} memberId={member.id} name={name} />}
      {member.state === "removed" && !canRestore && (
        <p className="text-sm text-slate-600">This member left the report and is kept as removed. 10KC support can restore the profile.</p>
      )}

      <h3 className="font-semibold">Change history</h3>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600">No sync change is recorded for this member.</p>
      ) : (
        <ol className="divide-y divide-slate-100 text-sm">
          {entries.map(({ change, runStatus, appliedAt, appliedByEmail }) => (
            <li key={change.id} className="py-2" data-testid="history-entry" data-applied={runStatus === "applied"}>
              <p>
                <strong>{changeWords(change.action)}</strong>{" "}
                <span className="text-slate-600">
                  · {historyStatusWords(runStatus, appliedByEmail)}
                  {appliedAt && ` · ${appliedAt.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" })}`} ·{" "}
                  <Link href={`/orgs/${orgSlug}/sync?run=${change.runId}`} className="underline">
                    see the run
                  </Link>
                </span>
              </p>
              {(change.action === "update" || change.action === "deactivate" || change.action === "reactivate") && (
                <div className="mt-1">
                  <FieldChanges before={change.before} after={change.after} fields={change.fields} />
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

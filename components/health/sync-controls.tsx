"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { pauseSyncAction, resumeSyncAction, syncNowAction } from "@/app/(app)/orgs/[slug]/health/actions";
import { formatTimestamp } from "@/lib/health/display";
import { ActionButton } from "./action-button";

const POLL_MS = 1500;
const GIVE_UP_MS = 5 * 60_000;

/**
 * "Sync now", pause and resume. After "sync now" the page refreshes itself until the run has
 * finished (the last attempt moves on), so the person sees the new state without reloading.
 */
export function SyncControls({
  orgSlug,
  connected,
  paused,
  pausedBy,
  requestedAt,
  running,
  lastAttemptAt,
  heldPlan,
}: {
  orgSlug: string;
  connected: boolean;
  paused: boolean;
  pausedBy: string | null;
  requestedAt: Date | null;
  running: boolean;
  lastAttemptAt: Date | null;
  heldPlan: boolean;
}) {
  const router = useRouter();
  const attemptKey = lastAttemptAt ? new Date(lastAttemptAt).toISOString() : "none";
  // The last attempt when "sync now" was pressed: waiting ends once a newer one is recorded.
  const [awaiting, setAwaiting] = useState<{ from: string; at: number } | null>(null);
  const waiting = (awaiting !== null && awaiting.from === attemptKey) || !!requestedAt || running;

  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => {
      if (awaiting && Date.now() - awaiting.at > GIVE_UP_MS) setAwaiting(null);
      router.refresh();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [waiting, awaiting, router]);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start gap-4">
        <ActionButton
          action={syncNowAction}
          input={{ orgSlug }}
          label="Sync now"
          pendingLabel="Asking…"
          variant="primary"
          disabled={!connected || waiting}
          success="Sync requested: it starts within seconds, and this page follows it."
          onSuccess={() => setAwaiting({ from: attemptKey, at: Date.now() })}
        />
        {paused ? (
          <ActionButton action={resumeSyncAction} input={{ orgSlug }} label="Resume scheduled syncs" pendingLabel="Resuming…" success="Scheduled syncs resumed." />
        ) : (
          <ActionButton action={pauseSyncAction} input={{ orgSlug }} label="Pause scheduled syncs" pendingLabel="Pausing…" success="Scheduled syncs paused." />
        )}
        <Link href={`/orgs/${orgSlug}/sync`} className="self-center text-sm text-brand underline">
          {heldPlan ? "Review the held plan and apply it →" : "Preview a sync →"}
        </Link>
      </div>
      <p className="text-sm text-slate-600" aria-live="polite" data-testid="sync-activity">
        {running
          ? "A sync is running now."
          : requestedAt
            ? `Sync requested ${formatTimestamp(requestedAt)}; waiting for the scheduler.`
            : waiting
              ? "Waiting for the sync to start…"
              : !connected
                ? "Save the Workday connection before syncing."
                : paused
                  ? `Scheduled syncs are paused${pausedBy ? ` (by ${pausedBy})` : ""}. "Sync now" still works.`
                  : "No sync is running."}
      </p>
    </div>
  );
}

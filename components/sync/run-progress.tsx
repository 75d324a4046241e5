"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { STAGE_LABEL } from "@/app/(app)/orgs/[slug]/sync/sync-view";
import type { SyncRunStatus, SyncStage } from "@/db/schema/sync";

export interface RunProgressView {
  runId: string;
  status: SyncRunStatus;
  stage: SyncStage;
  rowsRead: number;
  reportRows: number | null;
}

async function fetchProgress(orgSlug: string, runId: string): Promise<RunProgressView> {
  const res = await fetch(`/api/orgs/${orgSlug}/sync/runs/${runId}/progress`, { cache: "no-store" });
  if (!res.ok) throw new Error(`Could not read the sync's progress (${res.status})`);
  return res.json();
}

const STAGES: SyncStage[] = ["fetching_users", "fetching_groups", "cleaning", "planning", "applying"];

/**
 * Stage and rows read while a preview runs (the page is refreshed once it is over), or the apply's
 * stage while this page's apply is pending (the apply form refreshes the page itself).
 */
export function RunProgress({ orgSlug, initial, applying = false }: { orgSlug: string; initial: RunProgressView; applying?: boolean }) {
  const router = useRouter();
  const { data: view = initial } = useQuery({
    queryKey: ["sync-progress", orgSlug, initial.runId],
    queryFn: () => fetchProgress(orgSlug, initial.runId),
    initialData: initial,
    refetchInterval: (q) => (applying || q.state.data?.status === "running" ? 500 : false),
  });
  const refreshed = useRef(false);
  const previewRunning = view.status === "running";

  useEffect(() => {
    if (applying || previewRunning || refreshed.current) return;
    refreshed.current = true;
    router.refresh();
  }, [applying, previewRunning, router]);

  if (!applying && !previewRunning) return null;
  const stage: SyncStage = applying ? "applying" : view.stage;
  const step = Math.max(1, STAGES.indexOf(stage) + 1);
  const text = applying
    ? "Applying the plan in one transaction"
    : `${STAGE_LABEL[stage]}: ${view.rowsRead.toLocaleString("en-US")} rows read`;
  return (
    <div role="status" aria-live="polite" className="rounded-md border border-blue-200 bg-blue-50 p-3 text-sm text-blue-900">
      <p data-testid="sync-progress">
        {text}… <span className="text-blue-700">(step {step} of {STAGES.length})</span>
      </p>
      <div
        role="progressbar"
        aria-label="Sync progress"
        aria-valuemin={0}
        aria-valuemax={STAGES.length}
        aria-valuenow={step}
        aria-valuetext={text}
        className="mt-2 h-1.5 overflow-hidden rounded bg-blue-100"
      >
        <div className="h-full animate-pulse rounded bg-blue-600 transition-all" style={{ width: `${(step / STAGES.length) * 100}%` }} />
      </div>
    </div>
  );
}

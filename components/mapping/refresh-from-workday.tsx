"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { retestConnectionAction } from "@/app/connection-actions";
import { Button } from "@/components/button";
import { TestProgress } from "@/components/connection/test-progress";
import { FormMessage } from "@/components/forms/form-message";
import type { ActionResult } from "@/lib/actions/result";
import type { ConnectionView } from "@/lib/connections/test-connection";

async function fetchConnection(orgSlug: string): Promise<ConnectionView> {
  const res = await fetch(`/api/orgs/${orgSlug}/connection`, { cache: "no-store" });
  if (!res.ok) throw new Error(`Could not read the connection (${res.status})`);
  return res.json();
}

/**
 * Reads both reports from Workday again in the background (the same live test as setup step 7),
 * shows rows arriving, and reloads the page's numbers from the new copy when it ends.
 */
export function RefreshFromWorkday({
  orgSlug,
  initial,
  missing,
  hasSnapshot,
}: {
  orgSlug: string;
  initial: ConnectionView;
  missing: string | null;
  hasSnapshot: boolean;
}) {
  const router = useRouter();
  // A small report can finish between two polls, so the signal is a finished test other than the one
  // finished before the click (`since`), not having seen it run.
  const [awaiting, setAwaiting] = useState<{ since: string | null } | null>(initial.test?.state === "running" ? { since: null } : null);
  const { data: view = initial } = useQuery({
    queryKey: ["connection", orgSlug],
    queryFn: () => fetchConnection(orgSlug),
    initialData: initial,
    refetchInterval: awaiting ? 400 : false,
  });
  const running = view.test?.state === "running";
  const [result, setResult] = useState<ActionResult<{ started: boolean }>>({ status: "idle" });
  const [starting, startFetch] = useTransition();

  useEffect(() => {
    if (!awaiting || view.test?.state !== "done") return;
    if (view.test.startedAt === awaiting.since) return;
    setAwaiting(null);
    router.refresh();
  }, [awaiting, view, router]);

  const failed = !running && view.test?.state === "done" && !view.test.users.ok;

  return (
    <section aria-label="Workday report" className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <Button
          type="button"
          variant={hasSnapshot ? "secondary" : "primary"}
          disabled={!!missing}
          pending={starting || running || !!awaiting}
          onClick={() =>
            startFetch(async () => {
              const since = view.test?.state === "done" ? view.test.startedAt : null;
              const outcome = await retestConnectionAction(undefined, { orgSlug });
              setResult(outcome);
              if (outcome.status === "success") setAwaiting({ since });
            })
          }
        >
          {running || awaiting ? "Fetching…" : hasSnapshot ? "Refresh from Workday" : "Fetch from Workday"}
        </Button>
        {missing && (
          <p className="text-sm text-slate-600">
            {missing}{" "}
            <Link href={`/orgs/${orgSlug}/setup/7`} className="font-medium text-brand underline">
              Go to setup step 7
            </Link>
          </p>
        )}
        <FormMessage result={result} />
      </div>
      {running && view.test?.state === "running" && <TestProgress users={view.test.users.rows} groups={view.test.groups?.rows ?? null} />}
      {failed && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          The last fetch of the user report failed{hasSnapshot ? ", so the page still shows the copy before it" : ""}.{" "}
          <Link href={`/orgs/${orgSlug}/setup/7`} className="font-medium underline">
            See what went wrong in setup step 7
          </Link>
        </p>
      )}
    </section>
  );
}

"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { retestConnectionAction, saveAndTestConnectionAction } from "@/app/connection-actions";
import { Button } from "@/components/button";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { connectionFormSchema } from "@/lib/connections/schema";
import type { ConnectionView } from "@/lib/connections/test-connection";
import { ReportResult } from "./report-result";
import { TestProgress } from "./test-progress";

async function fetchConnection(orgSlug: string): Promise<ConnectionView> {
  const res = await fetch(`/api/orgs/${orgSlug}/connection`, { cache: "no-store" });
  if (!res.ok) throw new Error(`Could not read the connection (${res.status})`);
  return res.json();
}

function firstFailingStep(view: ConnectionView): number | null {
  if (view.test?.state !== "done") return null;
  const all = [...view.test.users.problems, ...(view.test.groups?.problems ?? [])];
  return all.find((p) => p.severity === "error" && p.step)?.step ?? null;
}

/**
 * The report URLs and ISU credentials, the live test with its progress, and what it found.
 * A failed test opens the setup step that needs fixing when `openFailingStep` is set.
 */
export function ConnectionPanel({
  orgSlug,
  initial,
  readOnly = false,
  defaultUsername,
  openFailingStep = true,
}: {
  orgSlug: string;
  initial: ConnectionView;
  readOnly?: boolean;
  defaultUsername?: string;
  openFailingStep?: boolean;
}) {
  const router = useRouter();
  const [polling, setPolling] = useState(initial.test?.state === "running");
  const { data: view = initial } = useQuery({
    queryKey: ["connection", orgSlug],
    queryFn: () => fetchConnection(orgSlug),
    initialData: initial,
    refetchInterval: polling ? 400 : false,
  });
  const running = view.test?.state === "running";
  // The test a poll must move past: a fast test can start and finish between two polls, so
  // "it was running" cannot be relied on; a finished test newer than this one is the answer.
  const handledStart = useRef(initial.test?.state === "done" ? initial.test.startedAt : null);
  const startPolling = () => {
    handledStart.current = view.test?.state === "done" ? view.test.startedAt : null;
    setPolling(true);
  };

  useEffect(() => {
    if (!polling || view.test?.state !== "done" || view.test.startedAt === handledStart.current) return;
    handledStart.current = view.test.startedAt;
    setPolling(false);
    const step = firstFailingStep(view);
    if (step && openFailingStep) router.push(`/orgs/${orgSlug}/setup/${step}`);
    router.refresh();
  }, [polling, view, openFailingStep, orgSlug, router]);

  const { form, onSubmit, result, pending } = useActionForm(connectionFormSchema, saveAndTestConnectionAction, {
    defaultValues: {
      orgSlug,
      usersUrl: initial.usersUrl,
      groupsUrl: initial.groupsUrl,
      username: initial.username || defaultUsername || "",
      password: "",
    },
    onSuccess: () => {
      form.setValue("password", "");
      startPolling();
    },
  });
  const [retestResult, setRetestResult] = useState<ActionResult<{ started: boolean }>>({ status: "idle" });
  const [retesting, startRetest] = useTransition();
  const { errors } = form.formState;

  return (
    <div className="space-y-6">
      {!readOnly ? (
        <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
          <input type="hidden" {...form.register("orgSlug")} />
          <TextField
            label="User report JSON URL"
            placeholder="https://wd2-impl-services1.workday.com/ccx/service/customreport2/TENANT/OWNER/REPORT?format=json"
            error={errors.usersUrl?.message}
            {...form.register("usersUrl")}
          />
          <TextField
            label="Group report JSON URL"
            hint="Optional, but without it groups come only from the user report's group column."
            error={errors.groupsUrl?.message}
            {...form.register("groupsUrl")}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              label="ISU username"
              hint="Exactly as in Workday; some tenants want user@tenant."
              autoComplete="off"
              error={errors.username?.message}
              {...form.register("username")}
            />
            <TextField
              label="ISU password"
              type="password"
              autoComplete="new-password"
              hint={
                view.passwordSaved
                  ? `A password is saved (${view.passwordSetAt?.slice(0, 10)}). Leave blank to keep it.`
                  : "Stored encrypted; never shown again."
              }
              error={errors.password?.message}
              {...form.register("password")}
            />
          </div>
          <FormMessage result={result} />
          <Button type="submit" pending={pending || running}>
            {running ? "Testing…" : pending ? "Saving…" : "Save and test connection"}
          </Button>
        </form>
      ) : (
        <div className="flex items-center gap-3">
          <Button
            type="button"
            variant="secondary"
            pending={retesting || running}
            onClick={() =>
              startRetest(async () => {
                const outcome = await retestConnectionAction(undefined, { orgSlug });
                setRetestResult(outcome);
                if (outcome.status === "success") startPolling();
              })
            }
          >
            {running ? "Testing…" : "Re-test connection"}
          </Button>
          <FormMessage result={retestResult} />
        </div>
      )}

      {view.test?.state === "running" && <TestProgress users={view.test.users.rows} groups={view.test.groups?.rows ?? null} />}

      {view.test?.state === "done" && (
        <div className="space-y-4" aria-live="polite">
          <p className="text-sm text-slate-600">
            Last tested {new Date(view.test.finishedAt).toLocaleString("en-US")}:{" "}
            <strong data-testid="test-outcome">{view.test.ok ? "both reports work" : "something needs fixing"}</strong>.
          </p>
          <ReportResult title="User report" kind="users" check={view.test.users} orgSlug={orgSlug} />
          {view.test.groups && <ReportResult title="Group report" kind="groups" check={view.test.groups} orgSlug={orgSlug} />}
        </div>
      )}
    </div>
  );
}

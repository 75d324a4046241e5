"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { restoreMappingVersionAction } from "@/app/(app)/orgs/[slug]/mapping/actions";
import { Button } from "@/components/button";
import { FormMessage } from "@/components/forms/form-message";
import type { ActionResult } from "@/lib/actions/result";

export interface VersionItem {
  version: number;
  note: string | null;
  createdByEmail: string | null;
  createdAt: string;
}

/** Saved versions, newest first; restoring one saves it again as the newest, so nothing is lost. */
export function MappingVersions({ orgSlug, versions, current }: { orgSlug: string; versions: VersionItem[]; current: number | null }) {
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<{ version: number }>>({ status: "idle" });
  const [restoring, setRestoring] = useState<number | null>(null);
  const [pending, startTransition] = useTransition();

  const restore = (version: number) => {
    setRestoring(version);
    startTransition(async () => {
      const outcome = await restoreMappingVersionAction(undefined, { orgSlug, version });
      setResult(outcome.status === "success" ? { ...outcome, message: `Version ${version} restored as version ${outcome.data.version}.` } : outcome);
      if (outcome.status === "success") router.refresh();
    });
  };

  return (
    <section aria-labelledby="versions-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="versions-heading" className="text-lg font-semibold">
        Saved versions
      </h2>
      <ol className="mt-2 divide-y divide-slate-100 text-sm" data-testid="mapping-versions">
        {versions.map((v) => (
          <li key={v.version} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <strong>Version {v.version}</strong> · {v.createdByEmail ?? "unknown user"} ·{" "}
              {new Date(v.createdAt).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" })}
              {v.note && <span className="text-slate-500"> · {v.note}</span>}
              {v.version === current && <span className="ml-2 rounded bg-green-100 px-1.5 py-0.5 text-xs text-green-800">in use</span>}
            </span>
            {v.version !== current && (
              <Button type="button" variant="secondary" pending={pending && restoring === v.version} onClick={() => restore(v.version)}>
                Restore version {v.version}
              </Button>
            )}
          </li>
        ))}
      </ol>
      <div className="mt-2">
        <FormMessage result={result} />
      </div>
    </section>
  );
}

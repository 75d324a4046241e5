import Link from "next/link";

/** Before the first preview: what it does, and what it needs. */
export function NoPreview({ orgSlug, connected }: { orgSlug: string; connected: boolean }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-700" data-testid="no-preview">
      <p className="font-medium text-slate-900">No sync has been previewed yet.</p>
      {connected ? (
        <p className="mt-1">
          A preview reads both Workday reports and lists every member change it would make. Nothing changes until you apply it.
        </p>
      ) : (
        <p className="mt-1">
          The Workday connection is not complete. Save the report URLs and the ISU&apos;s password first:{" "}
          <Link href={`/orgs/${orgSlug}/setup/7`} className="font-medium text-brand underline">
            Go to setup step 7
          </Link>
          .
        </p>
      )}
    </div>
  );
}

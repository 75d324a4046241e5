import Link from "next/link";

/** Nothing fetched in the last 24 hours: say so, and where to go when the connection is not set up. */
export function NoSnapshot({ orgSlug, missing }: { orgSlug: string; missing: string | null }) {
  return (
    <section className="rounded-lg border border-dashed border-slate-300 bg-white p-6" data-testid="no-snapshot">
      <h2 className="text-lg font-semibold">No Workday report to preview</h2>
      <p className="mt-1 text-slate-600">
        The mapping preview works from the last report fetched from Workday, kept for 24 hours. None is available now.
      </p>
      {missing ? (
        <p className="mt-3 text-slate-700">
          The connection is not ready: {missing}{" "}
          <Link href={`/orgs/${orgSlug}/setup/7`} className="font-medium text-brand underline">
            Go to setup step 7
          </Link>
        </p>
      ) : (
        <p className="mt-3 text-slate-700">Use “Fetch from Workday” above to read the reports now.</p>
      )}
    </section>
  );
}

import { listAllOrganizationsHealth } from "@/db/queries/health";
import { findOrganizationBySlug } from "@/db/queries/organizations";
import { printJson, UsageError, type Command } from "./command";
import { openCliDatabase } from "./open-db";

const usage = "Usage: npm run --silent cli -- health [--org SLUG]";

/** Organizations' connection states, most urgent first: [{org, state, reason, since, lastSuccessAt, lastRunStatus}]. */
export const health: Command = {
  usage,
  options: { org: { type: "string" } },
  async run(values) {
    const slug = typeof values.org === "string" ? values.org : null;
    const { db, close } = await openCliDatabase();
    try {
      if (slug && !(await findOrganizationBySlug(db, slug))) throw new UsageError(`No organization "${slug}".`);
      const rows = (await listAllOrganizationsHealth(db)).filter((r) => !slug || r.slug === slug);
      printJson(
        rows.map((r) => ({
          org: r.slug,
          state: r.state,
          reason: r.reason,
          since: r.since?.toISOString() ?? null,
          lastSuccessAt: r.lastSuccessAt?.toISOString() ?? null,
          lastRunStatus: r.lastRun?.status ?? null,
        })),
      );
      return 0;
    } finally {
      await close();
    }
  },
};

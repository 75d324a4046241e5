import os from "node:os";
import { loadOrgSyncInput } from "@/lib/jobs/sync-input";
import { applySync, previewSync, type PreviewSyncResult } from "@/lib/sync";
import { printJson, requireString, UsageError, type Command } from "./command";
import { withOrganization } from "./open-db";

const usage = "Usage: npm run --silent cli -- sync --org SLUG [--apply] [--confirm-deletions]";

/** Previews a sync from the organization's saved connection; with --apply, applies that very plan. */
export const sync: Command = {
  usage,
  options: { org: { type: "string" }, apply: { type: "boolean" }, "confirm-deletions": { type: "boolean" } },
  async run(values) {
    const slug = requireString(values, "org", usage);
    return withOrganization(slug, async (db, org) => {
      const input = await loadOrgSyncInput(db, org.id);
      if (!input) throw new UsageError(`Organization "${slug}" has no complete Workday connection; run the connect verb first.`);
      const actor = { id: null, email: `cli:${os.userInfo().username}` };
      const preview: PreviewSyncResult = await previewSync(db, { orgId: org.id, ...input, actor });
      let status: "previewed" | "held" | "failed" | "applied" = preview.status;
      const canApply = preview.status === "previewed" || (preview.status === "held" && values["confirm-deletions"] === true);
      if (values.apply && canApply) {
        await applySync(db, { orgId: org.id, runId: preview.runId, actor, confirmHeld: values["confirm-deletions"] === true });
        status = "applied";
      } else if (values.apply && preview.status === "held") {
        process.stderr.write(`Not applied: ${preview.heldReason} Run again with --confirm-deletions to apply it anyway.\n`);
      }
      printJson({ runId: preview.runId, status, counts: preview.counts, heldReason: preview.heldReason, problems: preview.problems });
      return status === "failed" ? 1 : 0;
    });
  },
};

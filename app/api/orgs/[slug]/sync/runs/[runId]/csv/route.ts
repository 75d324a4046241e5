import { z } from "zod";
import { getSyncRun } from "@/db/queries/sync-runs";
import { planCsvChunks } from "@/lib/sync";
import { orgRouteAccess } from "@/lib/route-guard";

export const dynamic = "force-dynamic";

/** The whole plan of a run as CSV, streamed page by page so a 100k-change plan is never held whole. */
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string; runId: string }> }) {
  const { slug, runId } = await params;
  const access = await orgRouteAccess(slug);
  if ("error" in access) return access.error;
  const run = z.uuid().safeParse(runId).success ? await getSyncRun(access.db, { orgId: access.org.id, runId }) : null;
  if (!run) return Response.json({ error: "Not found." }, { status: 404 });

  const chunks = planCsvChunks(access.db, { orgId: access.org.id, runId });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (e) {
        console.error(`CSV of sync run ${runId} failed`, e);
        controller.error(e);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  const day = (run.previewedAt ?? run.createdAt).toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="sync-plan-${access.org.slug}-${day}-${runId.slice(0, 8)}.csv"`,
      "cache-control": "no-store",
    },
  });
}

import { z } from "zod";
import { getSyncRunProgress } from "@/db/queries/sync-runs";
import { orgRouteAccess } from "@/lib/route-guard";

export const dynamic = "force-dynamic";

const notFound = () => Response.json({ error: "Not found." }, { status: 404 });

/** Polled by the sync page while a preview or an apply runs: stage, rows read, status. */
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string; runId: string }> }) {
  const { slug, runId } = await params;
  const access = await orgRouteAccess(slug);
  if ("error" in access) return access.error;
  if (!z.uuid().safeParse(runId).success) return notFound();
  const progress = await getSyncRunProgress(access.db, { orgId: access.org.id, runId });
  if (!progress) return notFound();
  return Response.json(progress, { headers: { "cache-control": "no-store" } });
}

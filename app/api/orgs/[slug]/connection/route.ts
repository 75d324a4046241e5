import { getConnection } from "@/db/queries/connections";
import { connectionView } from "@/lib/connections/test-connection";
import { orgRouteAccess } from "@/lib/route-guard";

export const dynamic = "force-dynamic";

/** Polled by the connection panel while a test runs. */
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const access = await orgRouteAccess((await params).slug);
  if ("error" in access) return access.error;
  const connection = await getConnection(access.db, { orgId: access.org.id });
  return Response.json(connectionView(connection), { headers: { "cache-control": "no-store" } });
}

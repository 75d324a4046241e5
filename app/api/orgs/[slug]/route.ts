import { orgRouteAccess } from "@/lib/route-guard";

export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const access = await orgRouteAccess((await params).slug);
  if ("error" in access) return access.error;
  const { org } = access;
  return Response.json({ slug: org.slug, name: org.name, timeZone: org.timeZone, createdAt: org.createdAt });
}

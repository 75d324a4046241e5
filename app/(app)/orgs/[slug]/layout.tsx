import type { ReactNode } from "react";
import { OrgNav } from "@/components/shell/org-nav";
import { requireOrgAccess } from "@/lib/session";

export default async function OrgLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { user, org } = await requireOrgAccess(slug);
  return (
    <>
      <OrgNav slug={org.slug} orgName={org.name} supportView={user.role === "support"} />
      {children}
    </>
  );
}

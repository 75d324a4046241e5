import type { ReactNode } from "react";
import { AppHeader } from "@/components/shell/app-header";
import { getDb } from "@/db";
import { findOrganizationById } from "@/db/queries/organizations";
import { requireUser } from "@/lib/session";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const org = user.orgId ? await findOrganizationById(await getDb(), user.orgId) : null;
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only">
        Skip to content
      </a>
      <AppHeader user={user} orgName={org?.name} />
      <main id="main" className="mx-auto max-w-6xl px-6 py-8">
        {children}
      </main>
    </>
  );
}

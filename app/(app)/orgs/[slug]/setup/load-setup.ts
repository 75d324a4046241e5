import { getConnection } from "@/db/queries/connections";
import { listSetupSteps } from "@/db/queries/setup";
import { connectionView } from "@/lib/connections/test-connection";
import { setupFacts, setupProgress } from "@/lib/setup/facts";
import { requireOrgAccess } from "@/lib/session";

/**
 * Everything a setup page shows, read fresh on each request. Support may open any organization's
 * wizard, read-only: the flag drives disabled inputs here, and the actions refuse support anyway.
 */
export async function loadSetup(slug: string) {
  const { user, org, db } = await requireOrgAccess(slug);
  const [steps, connection] = await Promise.all([listSetupSteps(db, { orgId: org.id }), getConnection(db, { orgId: org.id })]);
  const facts = setupFacts(steps, connection && { ...connection, passwordSaved: !!connection.passwordBox });
  return {
    org,
    user,
    readOnly: user.role !== "admin",
    steps,
    facts,
    progress: setupProgress(steps, facts),
    connection: connectionView(connection),
  };
}

export type SetupData = Awaited<ReturnType<typeof loadSetup>>;

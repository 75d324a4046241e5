import Link from "next/link";
import { getDb } from "@/db";
import { findInvitationByToken } from "@/db/queries/invitations";
import { findOrganizationById } from "@/db/queries/organizations";
import { AcceptInvitationForm } from "./accept-invitation-form";

const DEAD: Record<string, string> = {
  unknown: "This invitation link is not valid. Check that you copied all of it, or ask 10KC support for a new one.",
  used: "This invitation has already been used. Sign in with the password you chose.",
  expired: "This invitation has expired (links last 7 days). Ask 10KC support for a new one.",
};

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const db = await getDb();
  const found = await findInvitationByToken(db, token);
  const org = found.status === "valid" ? await findOrganizationById(db, found.invitation.organizationId) : null;
  return (
    <main className="mx-auto mt-24 max-w-md rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      {found.status === "valid" && org ? (
        <>
          <h1 className="text-xl font-semibold">Connect {org.name}&apos;s Workday</h1>
          <p className="mb-6 text-sm text-slate-600">
            You are joining as <strong>{found.invitation.email}</strong>. Choose a password to continue.
          </p>
          <AcceptInvitationForm token={token} />
        </>
      ) : (
        <>
          <h1 className="text-xl font-semibold">Invitation unavailable</h1>
          <p className="mt-2 text-sm text-slate-700">{DEAD[found.status]}</p>
          <Link href="/signin" className="mt-4 inline-block text-sm text-brand underline">
            Go to sign in
          </Link>
        </>
      )}
    </main>
  );
}

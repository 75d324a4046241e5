import Link from "next/link";
import type { SessionUser } from "@/lib/actions/core";
import { SignOutButton } from "./sign-out-button";

const ROLE_LABEL = { support: "10KC support", admin: "Workday admin" } as const;

export function AppHeader({ user, orgName }: { user: SessionUser; orgName?: string | null }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-6 py-3">
        <Link href="/" className="text-lg font-semibold text-brand">
          Workday Connect
        </Link>
        <div className="flex items-center gap-4 text-sm">
          {user.role === "support" && (
            <Link href="/support" className="font-medium text-slate-700 hover:underline">
              Support console
            </Link>
          )}
          <span>
            <span className="font-medium" data-testid="signed-in-user">
              {user.name || user.email}
            </span>{" "}
            <span className="text-slate-500">
              · <span data-testid="signed-in-role">{ROLE_LABEL[user.role]}</span>
              {orgName ? ` · ${orgName}` : ""}
            </span>
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}

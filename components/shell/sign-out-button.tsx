"use client";

import { useTransition } from "react";
import { signOutAction } from "@/app/shell-actions";

export function SignOutButton() {
  const [pending, start] = useTransition();
  return (
    <button
      type="button"
      onClick={() => start(async () => void (await signOutAction(undefined, {})))}
      disabled={pending}
      className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100"
    >
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}

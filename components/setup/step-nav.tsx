import Link from "next/link";
import type { StepNumber } from "@/lib/setup/steps";

const linkStyle = "rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100";

/** Back and next, as plain links: moving between steps never saves or loses anything. */
export function StepNav({ orgSlug, step }: { orgSlug: string; step: StepNumber }) {
  return (
    <nav aria-label="Step navigation" className="mt-8 flex justify-between border-t border-slate-200 pt-4">
      {step > 1 ? (
        <Link href={`/orgs/${orgSlug}/setup/${step - 1}`} className={linkStyle}>
          ← Back to step {step - 1}
        </Link>
      ) : (
        <span />
      )}
      {step < 8 ? (
        <Link href={`/orgs/${orgSlug}/setup/${step + 1}`} className={linkStyle}>
          Next: step {step + 1} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

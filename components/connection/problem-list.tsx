import Link from "next/link";
import type { Problem } from "@/lib/workday/types";

/** Each problem in words, with a link to the setup step where it is fixed. */
export function ProblemList({ problems, orgSlug }: { problems: Problem[]; orgSlug: string }) {
  if (problems.length === 0) return null;
  return (
    <ul className="space-y-2" aria-label="Problems found">
      {problems.map((p, i) => (
        <li
          key={`${p.code}-${i}`}
          data-problem-code={p.code}
          className={`rounded-md border px-3 py-2 text-sm ${p.severity === "error" ? "border-red-200 bg-red-50 text-red-900" : "border-amber-200 bg-amber-50 text-amber-900"}`}
        >
          <span className="font-medium">{p.severity === "error" ? "Problem" : "Warning"}: </span>
          {p.message}
          {p.step && (
            <>
              {" "}
              <Link href={`/orgs/${orgSlug}/setup/${p.step}`} className="font-medium underline">
                Go to step {p.step}
              </Link>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

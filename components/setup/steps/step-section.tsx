import type { ReactNode } from "react";

/** Numbered instructions as Workday shows them: task and field names in bold, values in code. */
export function Instructions({ children }: { children: ReactNode }) {
  return <ol className="list-decimal space-y-2 pl-5 text-sm leading-6 text-slate-800 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1">{children}</ol>;
}

export function Note({ children }: { children: ReactNode }) {
  return <p className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">{children}</p>;
}

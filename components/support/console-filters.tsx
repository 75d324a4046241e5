"use client";

import Form from "next/form";
import Link from "next/link";
import { useRef } from "react";
import { STATE_WORDS } from "@/lib/health/state";
import { HEALTH_STATES, type HealthQuery } from "@/lib/health/display";

/**
 * Search and state filter for the console. A plain GET form (next/form navigates without a full
 * reload): the query lives in the URL, so a filtered view can be shared and reloaded.
 */
export function ConsoleFilters({ query, shown, more }: { query: HealthQuery; shown: number; more: boolean }) {
  const formRef = useRef<HTMLFormElement>(null);
  const filtered = !!query.q || !!query.state;
  return (
    <Form ref={formRef} action="/support" className="mt-4 flex flex-wrap items-end gap-3" role="search" aria-label="Find organizations">
      <div>
        <label htmlFor="console-search" className="block text-sm font-medium text-slate-800">
          Search
        </label>
        <input
          id="console-search"
          name="q"
          type="search"
          defaultValue={query.q}
          placeholder="Customer name or address"
          className="mt-1 block w-72 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
        />
      </div>
      <div>
        <label htmlFor="console-state" className="block text-sm font-medium text-slate-800">
          State
        </label>
        <select
          id="console-state"
          name="state"
          defaultValue={query.state ?? ""}
          onChange={() => formRef.current?.requestSubmit()}
          className="mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
        >
          <option value="">All states</option>
          {HEALTH_STATES.map((s) => (
            <option key={s} value={s}>
              {STATE_WORDS[s]}
            </option>
          ))}
        </select>
      </div>
      {query.sort !== "state" && <input type="hidden" name="sort" value={query.sort} />}
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100">
        Search
      </button>
      {filtered && (
        <Link href="/support" className="py-2 text-sm text-brand underline">
          Clear
        </Link>
      )}
      <p className="ml-auto py-2 text-sm text-slate-600" aria-live="polite" data-testid="console-count">
        {more ? "The first " : ""}
        {shown === 1 ? "1 organization" : `${shown.toLocaleString("en-US")} organizations`}
        {filtered ? (more ? " that match" : " match") : ""}
      </p>
    </Form>
  );
}

/**
 * A GET form: the search lands in the URL with the other parameters kept, so it works without
 * JavaScript, can be bookmarked, and the server does the filtering.
 */
export function SearchForm({
  action,
  keep,
  query,
  label,
  placeholder,
}: {
  action: string;
  keep: Record<string, string | undefined>;
  query: string;
  label: string;
  placeholder?: string;
}) {
  return (
    <form method="get" action={action} role="search" className="flex flex-wrap items-end gap-2">
      {Object.entries(keep).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <label className="text-sm">
        <span className="block font-medium text-slate-700">{label}</span>
        <input
          type="search"
          name="q"
          defaultValue={query}
          placeholder={placeholder}
          className="mt-1 w-72 rounded-md border border-slate-300 px-3 py-1.5 text-sm"
        />
      </label>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100">
        Search
      </button>
    </form>
  );
}

/** Reading a page's URL search parameters: Next.js gives a string, a list of them, or nothing. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a search parameter. */
export function firstParam(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids in URLs are checked before a query sees them: Postgres rejects a malformed uuid with an error. */
export function isUuid(v: string | undefined): v is string {
  return v !== undefined && UUID.test(v);
}

/**
 * Accepts only Workday RaaS endpoints: https on a Workday host, the customreport2 path, and
 * always the JSON format. Sandboxes and the local stand-in are admitted by name through
 * extraHosts (WORKDAY_EXTRA_HOSTS) so nothing else can reach plain http or loopback.
 */
import type { Problem } from "./types";
import { problems } from "./problems";

export interface RaasUrl {
  ok: true;
  /** Normalised URL: format=json forced, every other query parameter kept as sent. */
  url: string;
  /** Lower-cased hostname (IPv6 without brackets). */
  host: string;
  port: number;
  protocol: "https:" | "http:";
  tenant: string;
  owner: string;
  report: string;
  /** True when host:port is one of extraHosts (may use http and loopback). */
  extraHost: boolean;
}

export type ParsedRaasUrl = RaasUrl | { ok: false; problem: Problem };

const WORKDAY_SUFFIXES = [".workday.com", ".myworkday.com"];
const PATH_PREFIX = ["ccx", "service", "customreport2"];

export interface ExtraHost {
  host: string;
  /** null: any port. */
  port: number | null;
}

/** "host:port", "[::1]:4010" or a bare "host"; blanks and junk are skipped. */
export function parseExtraHosts(entries: readonly string[] | string | undefined | null): ExtraHost[] {
  const list = typeof entries === "string" ? entries.split(",") : (entries ?? []);
  const out: ExtraHost[] = [];
  for (const raw of list) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    const m = /^\[([0-9a-f:.]+)\](?::(\d{1,5}))?$/.exec(entry) ?? /^([^:\[\]]+)(?::(\d{1,5}))?$/.exec(entry);
    if (!m) continue;
    out.push({ host: m[1], port: m[2] ? Number(m[2]) : null });
  }
  return out;
}

export function isExtraHost(host: string, port: number, extraHosts: readonly string[] | undefined): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, "");
  return parseExtraHosts(extraHosts).some((e) => e.host === h && (e.port === null || e.port === port));
}

export function parseRaasUrl(input: string, opts: { extraHosts?: readonly string[] } = {}): ParsedRaasUrl {
  const fail = (detail: string): ParsedRaasUrl => ({ ok: false, problem: problems.badUrl(detail) });
  const text = (input ?? "").trim();
  if (!text) return fail("The endpoint URL is empty.");
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return fail("The endpoint must be a full link starting with https://.");

  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return fail("The endpoint is not a valid web address.");
  }
  if (u.username || u.password) {
    return fail("The endpoint must not contain a username or password; enter those in the credential fields instead.");
  }

  const host = u.hostname.toLowerCase().replace(/^\[|\]$/g, "");
  const protocol = u.protocol;
  const port = u.port ? Number(u.port) : protocol === "http:" ? 80 : 443;
  const extraHost = (protocol === "https:" || protocol === "http:") && isExtraHost(host, port, opts.extraHosts);

  if (protocol !== "https:" && !(protocol === "http:" && extraHost)) {
    return fail(`The endpoint must use https:// (it uses ${protocol.replace(/:$/, "")}).`);
  }
  const workdayHost = WORKDAY_SUFFIXES.some((s) => host.endsWith(s) && host.length > s.length);
  if (!workdayHost && !extraHost) {
    return fail(`The host ${host} is not a Workday host (it should end in .workday.com or .myworkday.com).`);
  }

  const segments = u.pathname.replace(/\/+$/, "").split("/").slice(1);
  const prefixOk = PATH_PREFIX.every((p, i) => segments[i]?.toLowerCase() === p);
  if (!prefixOk || segments.length !== 6 || segments.slice(3).some((s) => !s)) {
    return fail("The endpoint is not a report web service link (its path should be /ccx/service/customreport2/TENANT/OWNER/REPORT).");
  }
  let tenant: string, owner: string, report: string;
  try {
    [tenant, owner, report] = segments.slice(3).map((s) => decodeURIComponent(s));
  } catch {
    return fail("The endpoint path contains an invalid character escape.");
  }

  // Rebuild the query by hand: URLSearchParams would re-encode prompt values such as `Name!WID=...`.
  const kept = u.search
    .replace(/^\?/, "")
    .split("&")
    .filter((p) => p && !/^format(=|$)/i.test(p));
  kept.push("format=json");
  u.search = `?${kept.join("&")}`;
  u.hash = "";

  return { ok: true, url: u.toString(), host, port, protocol: protocol as "https:" | "http:", tenant, owner, report, extraHost };
}

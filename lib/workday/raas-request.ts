/**
 * One GET to a RaaS endpoint over a socket pinned to the address the SSRF guard approved, and the
 * mapping from HTTP statuses and socket errors to problems. Redirects are never followed: a 3xx
 * could point anywhere, including inside our network.
 */
import http, { type ClientRequest, type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { isIpLiteral, type ResolvedAddress } from "./address-guard";
import { problems, RaasError } from "./problems";
import type { Problem } from "./types";
import type { RaasUrl } from "./url";

const USER_AGENT = "WorkdayConnect/1.0 (+https://tenthousandcoffees.com)";
/** How much of an error body we read to tell "not authorized" from other 500s. */
const ERROR_BODY_LIMIT = 64 * 1024;

export function basicAuth(username: string, password: string): string {
  // The username goes out exactly as typed: some tenants need user@tenant, others do not.
  return `Basic ${Buffer.from(`${username}:${password}`, "utf8").toString("base64")}`;
}

export function pinnedLookup(addr: ResolvedAddress): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, cb: (...args: unknown[]) => void) => {
    if (options?.all) cb(null, [{ address: addr.address, family: addr.family }]);
    else cb(null, addr.address, addr.family);
  }) as unknown as LookupFunction;
}

export function startRequest(target: RaasUrl, addr: ResolvedAddress, username: string, password: string): ClientRequest {
  const u = new URL(target.url);
  const transport = target.protocol === "https:" ? https : http;
  return transport.request({
    host: target.host,
    port: target.port,
    path: `${u.pathname}${u.search}`,
    method: "GET",
    // A fresh socket per download: no pooled connection that was resolved some other way.
    agent: false,
    lookup: pinnedLookup(addr),
    ...(target.protocol === "https:" && !isIpLiteral(target.host) ? { servername: target.host } : {}),
    headers: {
      authorization: basicAuth(username, password),
      accept: "application/json",
      "accept-encoding": "gzip, deflate",
      "user-agent": USER_AGENT,
    },
  });
}

const TLS_CODES = new Set([
  "CERT_HAS_EXPIRED", "CERT_NOT_YET_VALID", "DEPTH_ZERO_SELF_SIGNED_CERT", "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "UNABLE_TO_GET_ISSUER_CERT", "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_UNTRUSTED", "CERT_REVOKED", "CERT_SIGNATURE_FAILURE", "EPROTO", "HOSTNAME_MISMATCH",
]);

/** Socket-level failure before any response arrived. */
export function problemFromNetworkError(err: unknown, host: string): Problem {
  const code = String((err as { code?: unknown })?.code ?? "");
  if (TLS_CODES.has(code) || code.startsWith("ERR_TLS") || code.startsWith("ERR_SSL") || code.includes("CERT")) {
    return problems.tlsError();
  }
  switch (code) {
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "EAI_NODATA":
    case "EAI_NONAME":
      return problems.hostUnreachable(`The host ${host} could not be found.`);
    case "ECONNREFUSED":
      return problems.hostUnreachable(`The host ${host} refused the connection.`);
    default:
      return problems.hostUnreachable(`Could not connect to ${host}${code ? ` (${code})` : ""}.`);
  }
}

/** Failure once the body was flowing: the connection dropped or the compressed stream broke. */
export function problemFromBodyError(err: unknown): Problem {
  const code = String((err as { code?: unknown })?.code ?? "");
  if (code.startsWith("Z_") || code === "ERR_ZLIB") return problems.malformedJson("its compressed data is damaged.");
  return problems.serverError(null);
}

async function readSmall(res: IncomingMessage): Promise<string> {
  let text = "";
  try {
    for await (const chunk of res) {
      text += chunk.toString("utf8");
      if (text.length >= ERROR_BODY_LIMIT) break;
    }
  } catch {
    // The error body is only a hint; the status alone still decides the problem.
  }
  return text;
}

const NOT_JSON_TYPES: Array<[RegExp, string]> = [
  [/html/i, "a web page (HTML, often a sign-in page)"],
  [/xml/i, "XML"],
  [/csv/i, "CSV"],
];

/**
 * Turns a non-report response into its problem (reading a little of error bodies), or returns
 * null when the response should be a JSON report to parse.
 */
export async function problemFromResponse(res: IncomingMessage, target: RaasUrl, username: string, maxBytes: number): Promise<Problem | null> {
  const status = res.statusCode ?? 0;
  if (status >= 200 && status < 300) {
    const type = String(res.headers["content-type"] ?? "");
    const nonJson = NOT_JSON_TYPES.find(([re]) => re.test(type));
    if (nonJson && !/json/i.test(type)) return problems.notJson(nonJson[1]);
    const length = Number(res.headers["content-length"]);
    if (Number.isFinite(length) && length > maxBytes) return problems.tooLarge(maxBytes);
    return null;
  }
  if (status >= 300 && status < 400) {
    const location = String(res.headers.location ?? "");
    let where = "another address";
    try {
      where = new URL(location, target.url).host || where;
    } catch {
      // keep the generic wording
    }
    return problems.badUrl(`The endpoint redirects to ${where} (HTTP ${status}), which Workday Connect does not follow.`);
  }
  switch (status) {
    case 401:
      return problems.authFailed(username);
    case 403:
      return problems.notAuthorized();
    case 404:
      return problems.notFound(target.tenant, target.report);
    case 406:
      return problems.tooLarge(null);
    case 502:
    case 503:
    case 504:
      return problems.hostUnreachable(
        `Workday answered HTTP ${status} (service unavailable); this usually means the host or tenant name in the endpoint is wrong.`,
      );
  }
  if (status >= 500) {
    const body = await readSmall(res);
    if (/not\s+authori[sz]ed/i.test(body)) return problems.notAuthorized();
    return problems.serverError(status);
  }
  return problems.badUrl(`Workday refused the request (HTTP ${status}); check the link and any prompt values in it.`);
}

export function raasErrorFrom(p: Problem, cause?: unknown): RaasError {
  return new RaasError(p, cause === undefined ? undefined : { cause });
}

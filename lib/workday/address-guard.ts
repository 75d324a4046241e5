/**
 * SSRF guard: the endpoint is typed by a customer, so before connecting we resolve the host
 * ourselves, refuse any address that is not public unicast, and hand the checked address to
 * the socket (see raas-request.ts) so a second DNS answer cannot swap in an internal one.
 */
import { lookup as dnsLookup } from "node:dns/promises";
import ipaddr from "ipaddr.js";
import { problems, RaasError } from "./problems";
import { isExtraHost } from "./url";

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Injectable for tests; the default asks the system resolver for every address. */
export type LookupFn = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

export const systemLookup: LookupFn = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

export interface AddressVerdict {
  allowed: boolean;
  /** ipaddr.js range name, e.g. "private", "loopback", "uniqueLocal", "unicast". */
  range: string;
}

// NAT64 (64:ff9b::/96) and IPv4-mapped/translated addresses carry an IPv4 address in their
// last 32 bits; they are judged by that address, so ::ffff:10.0.0.1 is as private as 10.0.0.1.
const EMBEDS_IPV4 = new Set(["ipv4Mapped", "rfc6145", "rfc6052"]);

export function classifyAddress(address: string): AddressVerdict {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address.replace(/^\[|\]$/g, "").replace(/%.*$/, ""));
  } catch {
    return { allowed: false, range: "invalid" };
  }
  if (parsed.kind() === "ipv6") {
    const v6 = parsed as ipaddr.IPv6;
    const range = v6.range();
    if (EMBEDS_IPV4.has(range)) {
      const bytes = v6.toByteArray().slice(12);
      const inner = classifyAddress(bytes.join("."));
      return { allowed: inner.allowed, range: inner.allowed ? range : `${range}:${inner.range}` };
    }
    return { allowed: range === "unicast", range };
  }
  const range = (parsed as ipaddr.IPv4).range();
  return { allowed: range === "unicast", range };
}

export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(host.replace(/^\[|\]$/g, ""));
}

/**
 * Resolves `host` and returns the address to connect to, or throws RaasError:
 * blocked_host when any answer is not public (one bad answer is enough, since the client
 * cannot control which one a later resolution would pick), host_unreachable when DNS fails.
 * A host:port listed in extraHosts skips the address rules (local stand-in, sandboxes).
 */
export async function resolveAllowedAddress(
  host: string,
  port: number,
  opts: { extraHosts?: readonly string[]; lookup?: LookupFn } = {},
): Promise<ResolvedAddress> {
  const bare = host.replace(/^\[|\]$/g, "");
  const trusted = isExtraHost(bare, port, opts.extraHosts);

  let answers: Array<{ address: string; family: number }>;
  if (isIpLiteral(bare)) {
    answers = [{ address: bare, family: ipaddr.parse(bare).kind() === "ipv6" ? 6 : 4 }];
  } else {
    try {
      answers = await (opts.lookup ?? systemLookup)(bare);
    } catch (err) {
      throw new RaasError(problems.hostUnreachable(`The host ${bare} could not be found.`), { cause: err });
    }
  }
  if (answers.length === 0) {
    throw new RaasError(problems.hostUnreachable(`The host ${bare} could not be found.`));
  }
  if (!trusted) {
    for (const a of answers) {
      if (!classifyAddress(a.address).allowed) throw new RaasError(problems.blockedHost(bare));
    }
  }
  const first = answers[0];
  return { address: first.address, family: first.family === 6 || first.address.includes(":") ? 6 : 4 };
}

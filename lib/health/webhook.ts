/**
 * Health webhooks: a POST of the state change, signed so the customer can tell it came from us.
 * Signature: HMAC-SHA256 over `${timestamp}.${body}` with the organization's secret, sent as
 * `X-WorkdayConnect-Signature: sha256=<hex>` with `X-WorkdayConnect-Timestamp: <unix seconds>`;
 * the timestamp is signed so a captured request cannot be replayed later.
 *
 * The URL is typed by a customer, so delivery goes through the same SSRF guard as Workday fetches:
 * the host is resolved by us, refused unless every address is public, and the socket is pinned to
 * the checked address. Redirects are never followed.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import http from "node:http";
import https from "node:https";
import { isIpLiteral, resolveAllowedAddress, type LookupFn } from "@/lib/workday/address-guard";
import { isRaasError } from "@/lib/workday/problems";
import { pinnedLookup } from "@/lib/workday/raas-request";
import { isExtraHost } from "@/lib/workday/url";

export const SIGNATURE_HEADER = "X-WorkdayConnect-Signature";
export const TIMESTAMP_HEADER = "X-WorkdayConnect-Timestamp";
/** Receivers should refuse a timestamp older than this. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;
const DELIVERY_TIMEOUT_MS = 10_000;

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64url")}`;
}

export function signWebhook(secret: string, body: string, timestamp: number): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** What a receiver does; here for tests and for customers' reference. */
export function verifyWebhookSignature(
  secret: string,
  body: string,
  headers: { signature: string | undefined; timestamp: string | undefined },
  nowSeconds = Math.floor(Date.now() / 1000),
): boolean {
  const ts = Number(headers.timestamp);
  if (!headers.signature || !Number.isInteger(ts)) return false;
  if (Math.abs(nowSeconds - ts) > SIGNATURE_TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(signWebhook(secret, body, ts));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export type WebhookUrlCheck = { ok: true; url: string } | { ok: false; message: string };

/** At save time: an https URL without credentials (plain http only for a listed local host). */
export function checkWebhookUrl(raw: string, extraHosts: readonly string[] = []): WebhookUrlCheck {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return { ok: false, message: "Enter a full URL starting with https://." };
  }
  const port = Number(u.port || (u.protocol === "https:" ? 443 : 80));
  const host = u.hostname.replace(/^\[|\]$/g, "");
  const local = isExtraHost(host, port, extraHosts);
  if (u.protocol !== "https:" && !(u.protocol === "http:" && local)) return { ok: false, message: "The webhook URL must start with https://." };
  if (u.username || u.password) return { ok: false, message: "Leave credentials out of the URL; verify requests with the signing secret instead." };
  if (!local && (host === "localhost" || host.endsWith(".local") || host.endsWith(".internal"))) {
    return { ok: false, message: "The webhook URL must be reachable on the public internet." };
  }
  return { ok: true, url: u.toString() };
}

export interface DeliveryResult {
  ok: boolean;
  status: number | null;
  error: string | null;
}

export async function deliverWebhook(
  input: { url: string; secret: string; payload: unknown },
  opts: { extraHosts?: readonly string[]; lookup?: LookupFn; now?: () => number; timeoutMs?: number } = {},
): Promise<DeliveryResult> {
  const checked = checkWebhookUrl(input.url, opts.extraHosts);
  if (!checked.ok) return { ok: false, status: null, error: checked.message };
  const u = new URL(checked.url);
  const port = Number(u.port || (u.protocol === "https:" ? 443 : 80));
  let addr;
  try {
    addr = await resolveAllowedAddress(u.hostname, port, { extraHosts: opts.extraHosts, lookup: opts.lookup });
  } catch (e) {
    return { ok: false, status: null, error: isRaasError(e) ? e.problem.message : (e as Error).message };
  }
  const body = JSON.stringify(input.payload);
  const timestamp = Math.floor((opts.now?.() ?? Date.now()) / 1000);
  const transport = u.protocol === "https:" ? https : http;
  const host = u.hostname.replace(/^\[|\]$/g, "");
  return new Promise<DeliveryResult>((resolve) => {
    const req = transport.request({
      host,
      port,
      path: `${u.pathname}${u.search}`,
      method: "POST",
      agent: false,
      lookup: pinnedLookup(addr),
      ...(u.protocol === "https:" && !isIpLiteral(host) ? { servername: host } : {}),
      timeout: opts.timeoutMs ?? DELIVERY_TIMEOUT_MS,
      headers: {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(body),
        "user-agent": "WorkdayConnect-Webhook/1.0",
        [SIGNATURE_HEADER]: signWebhook(input.secret, body, timestamp),
        [TIMESTAMP_HEADER]: String(timestamp),
      },
    });
    req.on("response", (res) => {
      res.resume();
      const status = res.statusCode ?? 0;
      resolve({ ok: status >= 200 && status < 300, status, error: status >= 200 && status < 300 ? null : `The endpoint answered HTTP ${status}.` });
    });
    req.on("timeout", () => req.destroy(new Error("The endpoint did not answer in time.")));
    req.on("error", (e) => resolve({ ok: false, status: null, error: e.message }));
    req.end(body);
  });
}

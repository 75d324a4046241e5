import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkWebhookUrl, deliverWebhook, signWebhook, verifyWebhookSignature } from "./webhook";

const secret = "whsec_test_secret";

describe("webhook signature", () => {
  it("is HMAC-SHA256 over timestamp.body, hex, prefixed sha256=", () => {
    const body = '{"state":"failing"}';
    const expected = createHmac("sha256", secret).update(`1700000000.${body}`).digest("hex");
    expect(signWebhook(secret, body, 1700000000)).toBe(`sha256=${expected}`);
  });

  it("verifies, and refuses a changed body, another secret or an old timestamp", () => {
    const body = '{"a":1}';
    const sig = signWebhook(secret, body, 1000);
    expect(verifyWebhookSignature(secret, body, { signature: sig, timestamp: "1000" }, 1010)).toBe(true);
    expect(verifyWebhookSignature(secret, '{"a":2}', { signature: sig, timestamp: "1000" }, 1010)).toBe(false);
    expect(verifyWebhookSignature("other", body, { signature: sig, timestamp: "1000" }, 1010)).toBe(false);
    expect(verifyWebhookSignature(secret, body, { signature: sig, timestamp: "1001" }, 1010)).toBe(false);
    expect(verifyWebhookSignature(secret, body, { signature: sig, timestamp: "1000" }, 1000 + 3600)).toBe(false);
  });
});

describe("webhook URLs", () => {
  it("wants https without credentials, reachable on the internet", () => {
    expect(checkWebhookUrl("https://hooks.example.com/wc").ok).toBe(true);
    expect(checkWebhookUrl("http://hooks.example.com/wc").ok).toBe(false);
    expect(checkWebhookUrl("https://user:pw@hooks.example.com/wc").ok).toBe(false);
    expect(checkWebhookUrl("https://localhost/wc").ok).toBe(false);
    expect(checkWebhookUrl("not a url").ok).toBe(false);
  });
});

describe("webhook delivery", () => {
  let server: Server;
  let host: string;
  const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        received.push({ headers: req.headers, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("posts the payload with a signature the receiver can check", async () => {
    const result = await deliverWebhook(
      { url: `http://${host}/hook`, secret, payload: { event: "health.failing", org: "acme" } },
      { extraHosts: [host] },
    );
    expect(result).toEqual({ ok: true, status: 204, error: null });
    const got = received.at(-1)!;
    expect(JSON.parse(got.body)).toEqual({ event: "health.failing", org: "acme" });
    const ok = verifyWebhookSignature(secret, got.body, {
      signature: got.headers["x-workdayconnect-signature"] as string,
      timestamp: got.headers["x-workdayconnect-timestamp"] as string,
    });
    expect(ok).toBe(true);
  });

  it("refuses an address inside our network, even when a public name resolves to it", async () => {
    const before = received.length;
    const viaDns = await deliverWebhook(
      { url: "https://hooks.example.com/hook", secret, payload: {} },
      { lookup: async () => [{ address: "10.0.0.5", family: 4 }] },
    );
    expect(viaDns.ok).toBe(false);
    expect(viaDns.error).toMatch(/private or internal network/);
    const literal = await deliverWebhook({ url: "https://169.254.169.254/latest", secret, payload: {} });
    expect(literal.ok).toBe(false);
    // The local server is not on the allowed list here, so it must not be reached either.
    const local = await deliverWebhook({ url: `https://${host}/hook`, secret, payload: {} });
    expect(local.ok).toBe(false);
    expect(received.length).toBe(before);
  });
});

/**
 * A local stand-in for Workday RaaS: the same URL shape, Basic auth, JSON/XML/CSV bodies, and the
 * failures real tenants produce, chosen per request (`fault=`) or per tenant (setTenant / PUT).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { csvBody, jsonBody, xmlBody } from "./report-bodies";
import { planRequest, tenantStateSchema, type RequestPlan, type TenantState } from "./tenant-state";
import { groupRows, USER_COLUMNS, userRows } from "./workers";

export interface WorkdaySimOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  username?: string;
  password?: string;
}

export interface WorkdaySim {
  baseUrl: string;
  port: number;
  username: string;
  password: string;
  /** RaaS JSON link for a report on this stand-in. */
  reportUrl(tenant: string, report: string, query?: Record<string, string | number>, owner?: string): string;
  setTenant(tenant: string, state: TenantState): void;
  reset(): void;
  close(): Promise<void>;
}

export const SIM_DEFAULT_USERNAME = "ISU_10KC";
export const SIM_DEFAULT_PASSWORD = "demo-password";

const REPORT_PATH = /^\/ccx\/service\/customreport2\/([^/]+)\/([^/]+)\/([^/]+)\/?$/;
const TENANT_PATH = /^\/_sim\/tenants\/([^/]+)\/?$/;

const TYPES = {
  json: "application/json; charset=UTF-8",
  xml: "text/xml; charset=UTF-8",
  csv: "text/csv; charset=UTF-8",
  html: "text/html; charset=UTF-8",
  text: "text/plain; charset=UTF-8",
};

const NOT_AUTHORIZED_FAULT =
  '<?xml version="1.0" encoding="UTF-8"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/">' +
  "<SOAP-ENV:Body><SOAP-ENV:Fault><faultcode>SOAP-ENV:Client.authorizationError</faultcode>" +
  "<faultstring>Processing error occurred. The task submitted is not authorized.</faultstring>" +
  "</SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>";

const LOGIN_PAGE =
  "<!DOCTYPE html><html><head><title>Workday</title></head><body><form action=\"/login\" method=\"post\">" +
  "<input name=\"username\"><input name=\"password\" type=\"password\"><button>Sign In</button></form></body></html>";

function send(res: ServerResponse, status: number, type: keyof typeof TYPES, body: string): void {
  res.writeHead(status, { "content-type": TYPES[type], "content-length": Buffer.byteLength(body) });
  res.end(body);
}

function authorized(req: IncomingMessage, username: string, password: string): boolean {
  const m = /^Basic\s+(.+)$/i.exec(req.headers.authorization ?? "");
  if (!m) return false;
  const decoded = Buffer.from(m[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon >= 0 && decoded.slice(0, colon) === username && decoded.slice(colon + 1) === password;
}

/** Resolves false once the client has gone, so a pump never waits on a dead socket. */
function write(res: ServerResponse, chunk: string): Promise<boolean> | boolean {
  if (res.destroyed) return false;
  if (res.write(chunk)) return true;
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      res.off("drain", onDrain);
      res.off("close", onClose);
      resolve(ok);
    };
    const onDrain = () => done(true);
    const onClose = () => done(false);
    res.on("drain", onDrain);
    res.on("close", onClose);
  });
}

function wait(res: ServerResponse, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      res.off("close", onClose);
      resolve(!res.destroyed);
    }, ms);
    const onClose = () => {
      clearTimeout(timer);
      resolve(false);
    };
    res.once("close", onClose);
  });
}

async function serveReport(res: ServerResponse, plan: RequestPlan, report: string): Promise<void> {
  const { fault, config } = plan;
  switch (fault) {
    case "401":
      return send(res, 401, "html", "<html><body><h1>401 Unauthorized</h1></body></html>");
    case "403":
      return send(res, 403, "text", "Forbidden");
    case "500":
      return send(res, 500, "xml", NOT_AUTHORIZED_FAULT);
    case "404":
      return send(res, 404, "html", "<html><body><h1>404 Not Found</h1><p>The requested resource was not found.</p></body></html>");
    case "503":
      return send(res, 503, "html", "<html><body><h1>503 Service Unavailable</h1></body></html>");
    case "406":
      return send(res, 406, "text", "Not Acceptable: the report output exceeds the maximum size of 2 GB.");
    case "html":
      return send(res, 200, "html", LOGIN_PAGE);
    case "empty":
      return send(res, 200, "json", "{}");
  }

  const isGroup = /group/i.test(report);
  const rows = isGroup ? groupRows(config) : userRows(config);
  const format = fault === "xml" ? "xml" : fault === "csv" ? "csv" : plan.format;
  const columns = isGroup
    ? ["group_name"]
    : [...USER_COLUMNS, ...(config.extraColumns ?? [])].filter((c) => !config.dropColumns.includes(c));
  const chunks = format === "json" ? jsonBody(rows) : format === "xml" ? xmlBody(rows, report) : csvBody(rows, columns);

  if (fault === "slow" && !(await wait(res, plan.delayMs))) return;
  res.writeHead(200, { "content-type": TYPES[format] });

  if (fault === "truncated" || fault === "stall") {
    // Cut inside the first 64 KB so the cut always lands mid-document, whatever the size.
    let head = "";
    for (const c of chunks) {
      head += c;
      if (head.length >= 65_536) break;
    }
    if (!(await write(res, head.slice(0, Math.floor(head.length / 2))))) return;
    if (fault === "truncated") return void res.end();
    await wait(res, 24 * 3600_000);
    return;
  }

  for (const c of chunks) {
    const ok = write(res, c);
    if (ok === false || (ok !== true && !(await ok))) return;
  }
  res.end();
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  let text = "";
  for await (const c of req) {
    text += c;
    if (text.length > 10_000_000) throw new Error("body too large");
  }
  return text ? JSON.parse(text) : {};
}

export async function startWorkdaySim(opts: WorkdaySimOptions = {}): Promise<WorkdaySim> {
  const username = opts.username ?? SIM_DEFAULT_USERNAME;
  const password = opts.password ?? SIM_DEFAULT_PASSWORD;
  const tenants = new Map<string, TenantState>();

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) send(res, 500, "text", `Stand-in error: ${(err as Error).message}`);
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://sim.local");
    const path = url.pathname;
    if (path === "/_sim/health") {
      return send(res, 200, "json", JSON.stringify({ ok: true, tenants: [...tenants.keys()] }));
    }
    const t = TENANT_PATH.exec(path);
    if (t) {
      const tenant = decodeURIComponent(t[1]);
      if (req.method === "DELETE") {
        tenants.delete(tenant);
        res.writeHead(204).end();
        return;
      }
      if (req.method === "PUT") {
        let body: unknown;
        try {
          body = await readJson(req);
        } catch {
          return send(res, 400, "json", JSON.stringify({ error: "body must be JSON" }));
        }
        const parsed = tenantStateSchema.safeParse(body);
        if (!parsed.success) return send(res, 400, "json", JSON.stringify({ error: parsed.error.message }));
        tenants.set(tenant, parsed.data);
        return send(res, 200, "json", JSON.stringify({ tenant, state: parsed.data }));
      }
      if (req.method === "GET") return send(res, 200, "json", JSON.stringify({ tenant, state: tenants.get(tenant) ?? {} }));
      return send(res, 405, "text", "Method Not Allowed");
    }
    const m = REPORT_PATH.exec(path);
    if (!m || (req.method !== "GET" && req.method !== "HEAD")) {
      return send(res, 404, "html", "<html><body><h1>404 Not Found</h1></body></html>");
    }
    if (!authorized(req, username, password)) {
      res.setHeader("www-authenticate", 'Basic realm="Workday"');
      return send(res, 401, "html", "<html><body><h1>401 Unauthorized</h1><p>Invalid username or password.</p></body></html>");
    }
    const tenant = decodeURIComponent(m[1]);
    const report = decodeURIComponent(m[3]);
    await serveReport(res, planRequest(url.searchParams, tenants.get(tenant)), report);
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, opts.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;
  const hostForUrl = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const baseUrl = `http://${hostForUrl}:${address.port}`;

  return {
    baseUrl,
    port: address.port,
    username,
    password,
    reportUrl(tenant, report, query = {}, owner = username) {
      const params = new URLSearchParams({ format: "json" });
      for (const [k, v] of Object.entries(query)) params.set(k, String(v));
      const seg = (s: string) => encodeURIComponent(s);
      return `${baseUrl}/ccx/service/customreport2/${seg(tenant)}/${seg(owner)}/${seg(report)}?${params}`;
    },
    setTenant(tenant, state) {
      tenants.set(tenant, tenantStateSchema.parse(state));
    },
    reset() {
      tenants.clear();
    },
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

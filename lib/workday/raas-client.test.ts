import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RaasError } from "./problems";
import { streamReport, type StreamReportOptions } from "./raas-client";
import { startWorkdaySim, type WorkdaySim } from "./sim";
import type { Problem, RawRow } from "./types";

let sim: WorkdaySim;
let opts: StreamReportOptions;

beforeAll(async () => {
  sim = await startWorkdaySim({ port: 0 });
  opts = { username: sim.username, password: sim.password, extraHosts: [`127.0.0.1:${sim.port}`] };
});
afterAll(() => sim.close());

async function collect(url: string, o: Partial<StreamReportOptions> = {}) {
  const rows: RawRow[] = [];
  const result = await streamReport(url, { ...opts, ...o }, (row) => void rows.push(row));
  return { ...result, rows };
}

async function problemOf(url: string, o: Partial<StreamReportOptions> = {}): Promise<Problem> {
  try {
    await collect(url, o);
  } catch (err) {
    if (err instanceof RaasError) return err.problem;
    throw err;
  }
  throw new Error("expected a RaasError");
}

/** A throwaway server for responses the stand-in does not make (redirects, gzip). */
async function tinyServer(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; port: number }> {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { server, port: (server.address() as AddressInfo).port };
}

describe("streamReport against the stand-in", () => {
  it("streams every row of the user report", async () => {
    const { rows, bytes } = await collect(sim.reportUrl("acme", "Workers", { workers: 40 }));
    expect(rows).toHaveLength(40);
    expect(bytes).toBeGreaterThan(1000);
    expect(rows[0]).toMatchObject({ employee_id: "E000001", Is_People_Manager: "1" });
    expect(rows[0]).not.toHaveProperty("Manager_Email");
    expect(rows.some((r) => Array.isArray(r.group_name))).toBe(true);
  });

  it("reads the group report", async () => {
    const { rows } = await collect(sim.reportUrl("acme", "All_Groups"));
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((r) => typeof r.group_name === "string")).toBe(true);
  });

  it.each([
    ["401", "auth_failed", 1],
    ["403", "not_authorized", 6],
    ["500", "not_authorized", 6],
    ["404", "not_found", 7],
    ["503", "host_unreachable", 7],
    ["406", "too_large", 4],
    ["xml", "not_json", 7],
    ["csv", "not_json", 7],
    ["html", "not_json", 7],
    ["truncated", "malformed_json", null],
  ] as const)("fault=%s gives %s (step %s)", async (fault, code, step) => {
    const p = await problemOf(sim.reportUrl("acme", "Workers", { fault }));
    expect(p).toMatchObject({ code, step, severity: "error" });
    expect(p.message.length).toBeGreaterThan(20);
  });

  it("names step 3 as well when the ISU is not authorized", async () => {
    expect((await problemOf(sim.reportUrl("acme", "Workers", { fault: "500" }))).message).toMatch(/step 3/);
  });

  it("reads fault=empty ({}) as zero rows", async () => {
    const { rows } = await collect(sim.reportUrl("acme", "Workers", { fault: "empty" }));
    expect(rows).toEqual([]);
  });

  it("serves XML without format=json, and the client forces JSON", async () => {
    const url = sim.reportUrl("acme", "Workers", { workers: 3 }).replace("format=json", "format=xml");
    expect((await collect(url)).rows).toHaveLength(3);
  });

  it("takes a fault from tenant state, and the query overrides it", async () => {
    sim.setTenant("faulty", { fault: "403", workers: 7 });
    try {
      expect((await problemOf(sim.reportUrl("faulty", "Workers"))).code).toBe("not_authorized");
      sim.setTenant("faulty", { workers: 7 });
      expect((await collect(sim.reportUrl("faulty", "Workers"))).rows).toHaveLength(7);
      expect((await collect(sim.reportUrl("faulty", "Workers", { workers: 2 }))).rows).toHaveLength(2);
    } finally {
      sim.reset();
    }
  });

  it("reports a wrong password as auth_failed at step 1 without echoing it", async () => {
    const password = "Sup3r-Secret-Passw0rd!";
    const p = await problemOf(sim.reportUrl("acme", "Workers"), { password });
    expect(p).toMatchObject({ code: "auth_failed", step: 1 });
    expect(p.message).not.toContain(password);
    expect(p.message).toMatch(/ISU|Integration System User/);
    expect(p.message).toMatch(/expired/);
    expect(p.message).toMatch(/SSO/);
  });

  it("sends the username exactly as typed", async () => {
    const other = await startWorkdaySim({ port: 0, username: "ISU_10KC@acme", password: "p" });
    try {
      const url = other.reportUrl("acme", "Workers", { workers: 2 });
      const o = { username: "ISU_10KC@acme", password: "p", extraHosts: [`127.0.0.1:${other.port}`] };
      expect((await streamReport(url, o, () => {})).rows).toBe(2);
      expect((await problemOf(url, { ...o, username: "ISU_10KC" })).code).toBe("auth_failed");
    } finally {
      await other.close();
    }
  });

  it("refuses the stand-in when it is not listed in extraHosts", async () => {
    expect((await problemOf(sim.reportUrl("acme", "Workers"), { extraHosts: [] })).code).toBe("bad_url");
  });

  it("times out waiting for the first byte (fault=slow)", async () => {
    const started = Date.now();
    const p = await problemOf(sim.reportUrl("acme", "Workers", { fault: "slow", delayMs: 5000 }), { timeouts: { firstByteMs: 200 } });
    expect(p).toMatchObject({ code: "timeout", step: null });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("times out when the body stalls (fault=stall)", async () => {
    const p = await problemOf(sim.reportUrl("acme", "Workers", { fault: "stall", workers: 2000 }), { timeouts: { idleMs: 200 } });
    expect(p).toMatchObject({ code: "timeout", step: null });
    expect(p.message).toMatch(/stalled/);
  });

  it("enforces the total time cap", async () => {
    const p = await problemOf(sim.reportUrl("acme", "Workers", { fault: "slow", delayMs: 5000 }), { timeouts: { totalMs: 250 } });
    expect(p.code).toBe("timeout");
  });

  it("enforces the connect cap, DNS included", async () => {
    const hang = () => new Promise<never>(() => {});
    const url = "https://tenant.workday.com/ccx/service/customreport2/acme/o/Workers";
    const p = await problemOf(url, { lookup: hang, timeouts: { connectMs: 150 } });
    expect(p.code).toBe("timeout");
  });

  it("blocks a Workday host that resolves to a private address", async () => {
    const lookup = async () => [{ address: "10.0.0.7", family: 4 }];
    const p = await problemOf("https://tenant.workday.com/ccx/service/customreport2/acme/o/Workers", { lookup });
    expect(p).toMatchObject({ code: "blocked_host", step: 7 });
  });

  it("connects to the address it checked, keeping the hostname for the Host header", async () => {
    let hostHeader = "";
    const { server, port } = await tinyServer((req, res) => {
      hostHeader = req.headers.host ?? "";
      res.writeHead(200, { "content-type": "application/json" }).end('{"Report_Entry":[{"a":"1"}]}');
    });
    try {
      // "sandbox.invalid" does not exist in DNS: only the injected answer can get us there.
      const lookup = async () => [{ address: "127.0.0.1", family: 4 }];
      const url = `http://sandbox.invalid:${port}/ccx/service/customreport2/acme/o/Workers`;
      const { rows } = await collect(url, { lookup, extraHosts: [`sandbox.invalid:${port}`] });
      expect(rows).toEqual([{ a: "1" }]);
      expect(hostHeader).toBe(`sandbox.invalid:${port}`);
    } finally {
      server.close();
    }
  });

  it("reports a refused connection as host_unreachable", async () => {
    const { server, port } = await tinyServer(() => {});
    await new Promise((r) => server.close(r));
    const url = `http://127.0.0.1:${port}/ccx/service/customreport2/acme/o/Workers`;
    expect(await problemOf(url, { extraHosts: [`127.0.0.1:${port}`] })).toMatchObject({ code: "host_unreachable", step: 7 });
  });

  it("stops past maxBytes with too_large", async () => {
    const p = await problemOf(sim.reportUrl("acme", "Workers", { workers: 5000 }), { maxBytes: 100_000 });
    expect(p).toMatchObject({ code: "too_large", step: 4 });
  });

  it("does not follow redirects", async () => {
    let followed = false;
    const { server, port } = await tinyServer((req, res) => {
      if (req.url?.startsWith("/elsewhere")) followed = true;
      res.writeHead(302, { location: `http://169.254.169.254/elsewhere` }).end();
    });
    try {
      const url = `http://127.0.0.1:${port}/ccx/service/customreport2/acme/o/Workers`;
      const p = await problemOf(url, { extraHosts: [`127.0.0.1:${port}`] });
      expect(p.code).toBe("bad_url");
      expect(p.message).toMatch(/redirect/);
      expect(followed).toBe(false);
    } finally {
      server.close();
    }
  });

  it("reads a gzip-compressed body", async () => {
    const body = gzipSync(JSON.stringify({ Report_Entry: [{ a: "1" }, { a: "2; 3" }] }));
    const { server, port } = await tinyServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" }).end(body);
    });
    try {
      const url = `http://127.0.0.1:${port}/ccx/service/customreport2/acme/o/Workers`;
      expect((await collect(url, { extraHosts: [`127.0.0.1:${port}`] })).rows).toEqual([{ a: "1" }, { a: ["2", "3"] }]);
    } finally {
      server.close();
    }
  });

  it("waits for an async onRow (backpressure) and keeps rows in order", async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const ids: string[] = [];
    const result = await streamReport(sim.reportUrl("acme", "Workers", { workers: 600 }), opts, async (row, i) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      if (i % 100 === 0) await new Promise((r) => setTimeout(r, 5));
      ids.push(row.employee_id as string);
      inFlight--;
    });
    expect(result.rows).toBe(600);
    expect(maxInFlight).toBe(1);
    expect(ids[599]).toBe("E000600");
  });

  it("rejects with the caller's reason when aborted", async () => {
    const ac = new AbortController();
    const reason = new Error("stop now");
    const p = streamReport(sim.reportUrl("acme", "Workers", { workers: 20_000 }), { ...opts, signal: ac.signal }, (_row, i) => {
      if (i === 100) ac.abort(reason);
    });
    await expect(p).rejects.toBe(reason);
  });

  it("reports progress, ending with the full count", async () => {
    const seen: Array<{ rows: number; bytes: number }> = [];
    const result = await streamReport(sim.reportUrl("acme", "Workers", { workers: 300 }), { ...opts, onProgress: (p) => seen.push(p) }, () => {});
    expect(seen.at(-1)).toEqual(result);
  });

  it("reads a 200k-row report in memory well under the body size", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    gc();
    const base = process.memoryUsage().heapUsed;
    let peak = 0;
    const result = await streamReport(sim.reportUrl("acme", "Workers", { workers: 200_000 }), opts, (_row, i) => {
      if (i % 20_000 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed - base);
      }
    });
    expect(result.rows).toBe(200_000);
    expect(result.bytes).toBeGreaterThan(60_000_000);
    expect(peak).toBeLessThan(result.bytes / 4);
  }, 120_000);
});

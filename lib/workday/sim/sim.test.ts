import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseReportText } from "../report-parser";
import { startWorkdaySim, type WorkdaySim } from "./server";
import { jsonBody } from "./report-bodies";
import { userRows, type ReportConfig } from "./workers";

const cfg = (over: Partial<ReportConfig> = {}): ReportConfig => ({ workers: 2000, seed: 7, dropPercent: 0, dropColumns: [], overrides: {}, ...over });

describe("generated workforce", () => {
  const rows = [...userRows(cfg())];
  const ids = new Set(rows.map((r) => r.employee_id));
  const emailOf = new Map(rows.map((r) => [r.primary_work_email!.trim().toLowerCase(), r.employee_id]));

  it("is deterministic per seed and differs across seeds", () => {
    expect([...userRows(cfg())]).toEqual(rows);
    expect([...userRows(cfg({ seed: 8 }))]).not.toEqual(rows);
  });

  it("has unique work emails (after trim and lower-case), some mixed case or padded", () => {
    expect(emailOf.size).toBe(rows.length);
    expect(rows.some((r) => r.primary_work_email !== r.primary_work_email!.toLowerCase())).toBe(true);
    expect(rows.some((r) => r.primary_work_email !== r.primary_work_email!.trim())).toBe(true);
  });

  it("forms a tree: worker 0 has no manager, everyone else names a listed worker", () => {
    expect(rows[0].Manager_Email ?? rows[0].Worker_s_Manager).toBeUndefined();
    let byEmail = 0;
    let byDescriptor = 0;
    for (const r of rows.slice(1)) {
      if (r.Manager_Email) {
        byEmail++;
        expect(emailOf.get(r.Manager_Email)).toBeDefined();
        expect(emailOf.get(r.Manager_Email)).not.toBe(r.employee_id);
      } else {
        byDescriptor++;
        const m = /^(.+) \((E\d{6})\)$/.exec(r.Worker_s_Manager ?? "");
        expect(m, r.Worker_s_Manager ?? "none").not.toBeNull();
        expect(ids.has(m![2])).toBe(true);
        expect(m![2] < r.employee_id!).toBe(true);
      }
    }
    expect(byEmail).toBeGreaterThan(0);
    expect(byDescriptor).toBeGreaterThan(0);
  });

  it("uses Workday wording, accents, statuses, locales and '; ' groups", () => {
    const levels = new Set(rows.map((r) => r.Management_Level));
    for (const l of ["Individual Contributor", "Manager", "Director", "Vice President", "Intern"]) expect(levels.has(l), l).toBe(true);
    expect(rows.some((r) => /[ëéçłÉ]/i.test(r["Legal_Name_-_First_Name"]!))).toBe(true);
    const statuses = new Set(rows.map((r) => r.Worker_Status));
    expect([...statuses].sort()).toEqual(["Active", "Leave of Absence", "Terminated"]);
    expect(rows.some((r) => !("Locale" in r))).toBe(true);
    expect(rows.some((r) => r.Business_Title === null)).toBe(true);
    expect(rows.some((r) => r.group_name?.includes("; "))).toBe(true);
    expect(new Set(rows.map((r) => r.Is_People_Manager))).toEqual(new Set(["1", "0"]));
  });

  it("drops a deterministic share of workers and re-points their reports", () => {
    const kept = [...userRows(cfg({ dropPercent: 30 }))];
    expect(kept.length).toBeGreaterThan(1200);
    expect(kept.length).toBeLessThan(1600);
    expect([...userRows(cfg({ dropPercent: 30 }))]).toEqual(kept);
    const keptIds = new Set(kept.map((r) => r.employee_id));
    const keptEmails = new Set(kept.map((r) => r.primary_work_email!.trim().toLowerCase()));
    for (const r of kept.slice(1)) {
      if (r.Manager_Email) expect(keptEmails.has(r.Manager_Email)).toBe(true);
      else expect(keptIds.has(/\((E\d+)\)$/.exec(r.Worker_s_Manager!)![1])).toBe(true);
    }
  });

  it("applies overrides and dropped columns", () => {
    const out = [...userRows(cfg({ workers: 3, overrides: { E000002: { Management_Level: "M3", Locale: null } }, dropColumns: ["Job_Family"] }))];
    expect(out[1]).toMatchObject({ Management_Level: "M3", Locale: null });
    expect(out.every((r) => !("Job_Family" in r))).toBe(true);
  });

  it("adds Job_Level only when asked, with grade codes beside plain words", () => {
    expect(rows.every((r) => !("Job_Level" in r))).toBe(true);
    const graded = [...userRows(cfg({ workers: 250, extraColumns: ["Job_Level"] }))];
    const levels = new Set(graded.map((r) => r.Job_Level));
    for (const l of ["Executive", "M4", "M3", "P2"]) expect(levels.has(l), l).toBe(true);
  });

  it("generates 100k rows of JSON quickly", () => {
    const started = performance.now();
    let bytes = 0;
    for (const chunk of jsonBody(userRows(cfg({ workers: 100_000 })))) bytes += chunk.length;
    expect(bytes).toBeGreaterThan(35_000_000);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe("stand-in server", () => {
  let sim: WorkdaySim;
  const auth = () => ({ authorization: `Basic ${Buffer.from(`${sim.username}:${sim.password}`).toString("base64")}` });
  beforeAll(async () => {
    sim = await startWorkdaySim({ port: 0 });
  });
  afterAll(() => sim.close());

  it("answers a wrong password with a non-JSON 401", async () => {
    const res = await fetch(sim.reportUrl("acme", "Workers"), { headers: { authorization: "Basic eDp5" } });
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).not.toMatch(/json/);
    const body = await res.text();
    expect(() => JSON.parse(body)).toThrow();
  });

  it("serves JSON, XML by default, and CSV", async () => {
    const json = await fetch(sim.reportUrl("acme", "Workers", { workers: 4 }), { headers: auth() });
    expect(parseReportText(await json.text())).toHaveLength(4);
    const xml = await fetch(sim.reportUrl("acme", "Workers", { workers: 4 }).replace("format=json", ""), { headers: auth() });
    expect(xml.headers.get("content-type")).toMatch(/xml/);
    expect((await xml.text()).match(/<wd:Report_Entry>/g)).toHaveLength(4);
    const csv = await fetch(sim.reportUrl("acme", "Workers", { workers: 4, format: "csv" }), { headers: auth() });
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines).toHaveLength(5);
    expect(lines[0].startsWith("employee_id,primary_work_email")).toBe(true);
  });

  it("serves {} for an empty report", async () => {
    const res = await fetch(sim.reportUrl("acme", "Workers", { workers: 0 }), { headers: auth() });
    expect(await res.text()).toBe("{}");
  });

  it("manages tenant state over HTTP", async () => {
    const put = await fetch(`${sim.baseUrl}/_sim/tenants/globex`, { method: "PUT", body: JSON.stringify({ workers: 3, fault: "404" }) });
    expect(put.status).toBe(200);
    expect((await fetch(sim.reportUrl("globex", "Workers"), { headers: auth() })).status).toBe(404);
    const health = await (await fetch(`${sim.baseUrl}/_sim/health`)).json();
    expect(health).toMatchObject({ ok: true, tenants: ["globex"] });
    expect((await fetch(`${sim.baseUrl}/_sim/tenants/globex`, { method: "DELETE" })).status).toBe(204);
    expect((await fetch(sim.reportUrl("globex", "Workers"), { headers: auth() })).status).toBe(200);
    const invalid = await fetch(`${sim.baseUrl}/_sim/tenants/globex`, { method: "PUT", body: JSON.stringify({ fault: "nope" }) });
    expect(invalid.status).toBe(400);
  });
});

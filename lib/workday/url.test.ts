import { describe, expect, it } from "vitest";
import { isExtraHost, parseExtraHosts, parseRaasUrl } from "./url";

const GOOD = "https://wd2-impl-services1.workday.com/ccx/service/customreport2/acme/ISU_10KC/Workers_for_10KC?format=json";

function bad(input: string, extraHosts: string[] = []) {
  const r = parseRaasUrl(input, { extraHosts });
  if (r.ok) throw new Error(`expected ${input} to be refused`);
  return r.problem;
}

describe("parseRaasUrl", () => {
  it("accepts a Workday JSON link and extracts tenant, owner and report", () => {
    const r = parseRaasUrl(GOOD, { extraHosts: [] });
    expect(r).toMatchObject({ ok: true, url: GOOD, host: "wd2-impl-services1.workday.com", tenant: "acme", owner: "ISU_10KC", report: "Workers_for_10KC" });
  });

  it("accepts myworkday.com hosts and trims whitespace", () => {
    const r = parseRaasUrl("  https://services1.myworkday.com/ccx/service/customreport2/t/o/r  ", { extraHosts: [] });
    expect(r.ok && r.url).toBe("https://services1.myworkday.com/ccx/service/customreport2/t/o/r?format=json");
  });

  it("forces format=json and keeps every other parameter as sent", () => {
    const r = parseRaasUrl(
      "https://x.workday.com/ccx/service/customreport2/t/o/r?Organization!WID=abc123&format=xml&Effective_as_of_Date=2024-01-01-08:00",
      { extraHosts: [] },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.url).toBe("https://x.workday.com/ccx/service/customreport2/t/o/r?Organization!WID=abc123&Effective_as_of_Date=2024-01-01-08:00&format=json");
    expect(r.url.match(/format=/g)).toHaveLength(1);
  });

  it("adds format=json when missing, replacing csv or simplexml", () => {
    for (const q of ["", "?format=csv", "?format=simplexml", "?FORMAT=csv"]) {
      const r = parseRaasUrl(`https://x.workday.com/ccx/service/customreport2/t/o/r${q}`);
      expect(r.ok && new URL(r.url).search).toBe("?format=json");
    }
  });

  it("decodes encoded report names", () => {
    const r = parseRaasUrl("https://x.workday.com/ccx/service/customreport2/t/o/My%20Report?format=json");
    expect(r.ok && r.report).toBe("My Report");
  });

  it("refuses http for Workday hosts", () => {
    const p = bad("http://x.workday.com/ccx/service/customreport2/t/o/r?format=json");
    expect(p).toMatchObject({ code: "bad_url", step: 7, severity: "error" });
    expect(p.message).toMatch(/https/);
  });

  it("refuses non-Workday hosts, look-alikes and bare suffixes", () => {
    for (const host of ["evil.com", "workday.com.evil.com", "evilworkday.com", "myworkday.com.attacker.net", "localhost", "127.0.0.1", "[::1]"]) {
      expect(bad(`https://${host}/ccx/service/customreport2/t/o/r`).code).toBe("bad_url");
    }
    expect(bad("https://workday.com/ccx/service/customreport2/t/o/r").code).toBe("bad_url");
  });

  it("refuses wrong path shapes", () => {
    for (const path of ["/ccx/service/customreport2/t/o", "/ccx/service/customreport2/t/o/r/extra", "/ccx/service/Human_Resources/v40", "/", "/ccx/service/customreport2//o/r"]) {
      expect(bad(`https://x.workday.com${path}`).code).toBe("bad_url");
    }
  });

  it("refuses junk, other schemes and credentials in the URL", () => {
    expect(bad("").code).toBe("bad_url");
    expect(bad("x.workday.com/ccx/service/customreport2/t/o/r").message).toMatch(/https:\/\//);
    expect(bad("ftp://x.workday.com/ccx/service/customreport2/t/o/r").code).toBe("bad_url");
    expect(bad("https://u:p@x.workday.com/ccx/service/customreport2/t/o/r").message).toMatch(/username or password/);
  });

  it("lets listed extra hosts use http and loopback, only on the listed port", () => {
    const extra = ["127.0.0.1:4010", "sandbox.example.org:8443"];
    const r = parseRaasUrl("http://127.0.0.1:4010/ccx/service/customreport2/t/o/r", { extraHosts: extra });
    expect(r).toMatchObject({ ok: true, host: "127.0.0.1", port: 4010, protocol: "http:", extraHost: true });
    expect(parseRaasUrl("https://sandbox.example.org:8443/ccx/service/customreport2/t/o/r", { extraHosts: extra }).ok).toBe(true);
    expect(bad("http://127.0.0.1:4011/ccx/service/customreport2/t/o/r", extra).code).toBe("bad_url");
    expect(bad("http://localhost:4010/ccx/service/customreport2/t/o/r", extra).code).toBe("bad_url");
    expect(bad("https://sandbox.example.org/ccx/service/customreport2/t/o/r", extra).code).toBe("bad_url");
  });

  it("still checks the path for extra hosts", () => {
    expect(bad("http://127.0.0.1:4010/whatever", ["127.0.0.1:4010"]).code).toBe("bad_url");
  });
});

describe("extra hosts", () => {
  it("parses host:port, bracketed IPv6 and bare hosts", () => {
    expect(parseExtraHosts("127.0.0.1:4010, [::1]:4010 ,Sandbox.Example.org,,bad:host:x")).toEqual([
      { host: "127.0.0.1", port: 4010 },
      { host: "::1", port: 4010 },
      { host: "sandbox.example.org", port: null },
    ]);
    expect(isExtraHost("::1", 4010, ["[::1]:4010"])).toBe(true);
    expect(isExtraHost("[::1]", 4011, ["[::1]:4010"])).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { RaasError } from "./problems";
import { parseReportStream, parseReportText, ReportParser } from "./report-parser";
import type { RawRow } from "./types";

function problemOf(fn: () => unknown) {
  try {
    fn();
  } catch (err) {
    if (err instanceof RaasError) return err.problem;
    throw err;
  }
  throw new Error("expected a RaasError");
}

/** Feeds the body one byte at a time, the harshest chunking a socket could produce. */
function byteByByte(body: string | Uint8Array): RawRow[] {
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  const p = new ReportParser();
  const rows: RawRow[] = [];
  for (let i = 0; i < bytes.length; i++) rows.push(...p.write(bytes.subarray(i, i + 1)));
  rows.push(...p.end());
  return rows;
}

const SAMPLE = JSON.stringify({
  Report_Entry: [
    {
      employee_id: "E000001",
      "Legal_Name_-_First_Name": "Zoë",
      group_name: "Women in Tech; Toronto Office",
      Locale: null,
      Worker_s_Manager: "Alex Manager (000687)",
      Is_People_Manager: "1",
    },
    { employee_id: "E000002", Phones: [{ Type: "Work", Number: "555" }, { Type: "Mobile", Number: null }] },
  ],
});

const EXPECTED: RawRow[] = [
  {
    employee_id: "E000001",
    "Legal_Name_-_First_Name": "Zoë",
    group_name: ["Women in Tech", "Toronto Office"],
    Worker_s_Manager: "Alex Manager (000687)",
    Is_People_Manager: "1",
  },
  { employee_id: "E000002", Phones: [{ Type: "Work", Number: "555" }, { Type: "Mobile" }] },
];

describe("ReportParser", () => {
  it("parses rows, drops nulls, splits '; ' lists and keeps subgroups", () => {
    expect(parseReportText(SAMPLE)).toEqual(EXPECTED);
  });

  it("gives the same rows when fed one byte at a time (multi-byte characters split)", () => {
    expect(byteByByte(SAMPLE)).toEqual(EXPECTED);
  });

  it("treats {} and an empty or null Report_Entry as zero rows", () => {
    expect(parseReportText("{}")).toEqual([]);
    expect(parseReportText('{"Report_Entry":[]}')).toEqual([]);
    expect(parseReportText('{"Report_Entry":null}')).toEqual([]);
    expect(byteByByte("{ }")).toEqual([]);
  });

  it("leaves absent keys absent and keeps rows that end up empty", () => {
    expect(parseReportText('{"Report_Entry":[{"a":"1"},{},{"b":null}]}')).toEqual([{ a: "1" }, {}, {}]);
  });

  it("trims list items and drops empty ones", () => {
    expect(parseReportText('{"Report_Entry":[{"g":" A ;  B; ; C; "}]}')).toEqual([{ g: ["A", "B", "C"] }]);
    expect(parseReportText('{"Report_Entry":[{"g":"A; B; "}]}')).toEqual([{ g: ["A", "B"] }]);
    expect(parseReportText('{"Report_Entry":[{"g":"; "}]}')).toEqual([{}]);
  });

  it("turns non-string scalars into strings", () => {
    expect(parseReportText('{"Report_Entry":[{"n":12,"b":true,"f":false}]}')).toEqual([{ n: "12", b: "true", f: "false" }]);
  });

  it("accepts a byte-order mark and any JSON whitespace", () => {
    const body = `\uFEFF \r\n\t{ "Report_Entry" :\n [ {\t"a" : "x" } ] } \n`;
    expect(parseReportText(body)).toEqual([{ a: "x" }]);
    expect(byteByByte(body)).toEqual([{ a: "x" }]);
  });

  it("ignores other top-level keys next to Report_Entry", () => {
    expect(parseReportText('{"meta":{"Report_Entry":[{"x":"no"}]},"Report_Entry":[{"a":"1"}]}')).toEqual([{ a: "1" }]);
  });

  it("reports XML and HTML as not_json", () => {
    const xml = problemOf(() => parseReportText("<?xml version='1.0'?><wd:Report_Data></wd:Report_Data>"));
    expect(xml).toMatchObject({ code: "not_json", step: 7 });
    expect(xml.message).toMatch(/XML/);
    expect(problemOf(() => parseReportText("\n  <!DOCTYPE html><html></html>")).message).toMatch(/HTML/);
    expect(problemOf(() => byteByByte("<html>")).code).toBe("not_json");
  });

  it("reports CSV and plain text as not_json", () => {
    const csv = problemOf(() => parseReportText("employee_id,primary_work_email\r\nE1,a@b.c\r\n"));
    expect(csv).toMatchObject({ code: "not_json", step: 7 });
    expect(csv.message).toMatch(/CSV/);
    expect(problemOf(() => parseReportText("Service Unavailable")).code).toBe("not_json");
  });

  it("reports truncated JSON as malformed_json", () => {
    const body = SAMPLE.slice(0, SAMPLE.length - 20);
    expect(problemOf(() => parseReportText(body))).toMatchObject({ code: "malformed_json", step: null });
    expect(problemOf(() => byteByByte(body)).code).toBe("malformed_json");
    expect(problemOf(() => parseReportText('{"Report_Entry":[{"a":"1"}')).code).toBe("malformed_json");
  });

  it("reports invalid JSON, trailing junk and an empty body as malformed_json", () => {
    expect(problemOf(() => parseReportText('{"Report_Entry":[{"a":1,}]}')).code).toBe("malformed_json");
    expect(problemOf(() => parseReportText('{"Report_Entry":[]} x')).code).toBe("malformed_json");
    expect(problemOf(() => parseReportText('{"Report_Entry":[]}{}')).code).toBe("malformed_json");
    expect(problemOf(() => parseReportText("")).code).toBe("malformed_json");
    expect(problemOf(() => parseReportText("  \n ")).code).toBe("malformed_json");
  });

  it("reports JSON without a Report_Entry list as malformed_json", () => {
    expect(problemOf(() => parseReportText('{"rows":[{"a":"1"}]}')).code).toBe("malformed_json");
    expect(problemOf(() => parseReportText('[{"a":"1"}]')).code).toBe("malformed_json");
    expect(problemOf(() => parseReportText('{"Report_Entry":"nope"}')).code).toBe("malformed_json");
    expect(problemOf(() => parseReportText('{"Report_Entry":{"a":{"b":"c"}}}')).code).toBe("malformed_json");
  });

  it("keeps escaped quotes, backslashes and brackets inside values, whatever the chunking", () => {
    const rows = [
      { a: 'say "hi"', b: "C:\\dir\\", c: "}]{[", d: "\\\"", e: "caf\u00e9 \ud83d\ude00" },
      { "k\"ey": "x", n: "2" },
    ];
    const body = JSON.stringify({ Report_Entry: rows });
    const expected = JSON.parse(body).Report_Entry;
    expect(parseReportText(body)).toEqual(expected);
    expect(byteByByte(body)).toEqual(expected);
    const bytes = new TextEncoder().encode(body);
    for (const size of [2, 3, 5]) {
      const p = new ReportParser();
      const got: RawRow[] = [];
      for (let i = 0; i < bytes.length; i += size) got.push(...p.write(bytes.subarray(i, i + size)));
      got.push(...p.end());
      expect(got).toEqual(expected);
    }
  });

  it("hands rows out as their bytes arrive, not at the end", () => {
    const p = new ReportParser();
    expect(p.write('{"Report_Entry":[{"a":"1"},')).toEqual([{ a: "1" }]);
    expect(p.write('{"a":"2"')).toEqual([]);
    expect(p.write("}]}")).toEqual([{ a: "2" }]);
    expect(p.end()).toEqual([]);
  });

  it("waits for an async row handler before reading on", async () => {
    async function* chunks() {
      yield '{"Report_Entry":[{"a":"1"},{"a":"2"}';
      yield ',{"a":"3"}]}';
    }
    const seen: string[] = [];
    let inFlight = 0;
    const n = await parseReportStream(chunks(), async (row, i) => {
      inFlight++;
      expect(inFlight).toBe(1);
      await new Promise((r) => setTimeout(r, 5));
      seen.push(`${i}:${row.a}`);
      inFlight--;
    });
    expect(n).toBe(3);
    expect(seen).toEqual(["0:1", "1:2", "2:3"]);
  });
});

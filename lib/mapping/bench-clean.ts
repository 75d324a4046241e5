/**
 * Measures cleaning speed on a synthetic Workday-shaped report: `npx tsx lib/mapping/bench-clean.ts [rows]`.
 * Kept beside the cleaners so a change to them can be timed before the sync engine notices.
 */
import type { RawRow } from "../workday/types";
import { buildWorkerIndex } from "./worker-index";
import { createRowCleaner } from "./clean-row";
import { FieldSummaryAccumulator } from "./summarize";
import type { MappingConfig } from "./types";

const LEVELS = ["Individual Contributor", "Manager", "Senior Manager", "Director", "Vice President", "M3", "Intern"];
const STATUSES = ["Active", "Active", "Active", "Leave of Absence", "Terminated"];
const LOCALES = ["en_US", "fr_CA", "ja_JP", "en_US", "de_DE"];
const NAMES = ["Alex", "Zoë", "Jean-François", "  Mary  Ann ", "Ngô"];

export function syntheticReport(n: number): RawRow[] {
  const rows: RawRow[] = [];
  for (let i = 0; i < n; i++) {
    const id = String(100000 + i);
    const row: RawRow = {
      Employee_ID: id,
      "Email_-_Primary_Work": `Worker.${i}@Example.com`,
      "Legal_Name_-_First_Name": NAMES[i % NAMES.length],
      "Legal_Name_-_Last_Name": `Doe${i % 977}`,
      Management_Level: LEVELS[i % LEVELS.length],
      Business_Title: "Account Executive",
      Supervisory_Organization: "Sales (Alex Manager)",
      Job_Family: "Sales",
      Is_Manager: i % 7 === 0 ? "1" : "0",
      Work_Location: i % 3 === 0 ? ["Toronto", "Remote"] : "Toronto",
      Preferred_Locale: LOCALES[i % LOCALES.length],
      Worker_Status: STATUSES[i % STATUSES.length],
    };
    if (i > 0) row.Worker_s_Manager = `Manager ${i >> 3} (${100000 + (i >> 3)})`;
    if (i % 4 === 0) row.group_name = ["Mentors", "New Hires"];
    rows.push(row);
  }
  return rows;
}

const MAPPING: MappingConfig = {
  columns: {
    workdayId: "Employee_ID", email: "Email_-_Primary_Work", firstName: "Legal_Name_-_First_Name", lastName: "Legal_Name_-_Last_Name",
    managementLevel: "Management_Level", jobTitle: "Business_Title", businessUnit: "Supervisory_Organization", jobFunction: "Job_Family",
    peopleManager: "Is_Manager", managerEmail: "Worker_s_Manager", location: "Work_Location", locale: "Preferred_Locale",
    status: "Worker_Status", groups: "group_name",
  },
  roleMap: { "Senior Manager": "Sr. Manager", "Vice President": "VP", M3: "Manager" },
  statusMap: {},
};

function time(label: string, n: number, fn: () => void): void {
  fn(); // warm-up so the JIT has compiled the hot path
  const t0 = performance.now();
  fn();
  const ms = performance.now() - t0;
  console.log(`${label}: ${ms.toFixed(0)} ms for ${n} rows (${((ms * 1000) / n).toFixed(2)} µs/row)`);
}

const n = Number(process.argv[2] ?? 100_000);
const rows = syntheticReport(n);
time("index", n, () => void buildWorkerIndex(rows, MAPPING));
const index = buildWorkerIndex(rows, MAPPING);
const cleaner = createRowCleaner(MAPPING);
let problems = 0;
time("clean", n, () => {
  problems = 0;
  for (const r of rows) problems += cleaner(r, index).problems.length;
});
time("summary", n, () => {
  const acc = new FieldSummaryAccumulator(MAPPING, index);
  for (const r of rows) acc.add(r);
  acc.result();
});
console.log(`problems: ${problems}`);

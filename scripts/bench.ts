/**
 * Sync engine bench: `npm run bench [-- --workers N] [--with-1m] [--json FILE]`.
 * Serves generated reports from the Workday stand-in over loopback and times preview and apply on
 * embedded PGlite and, when DATABASE_URL is set, on that Postgres server; each figure is shown with
 * its ratio to the floor (fetch + parse + one bulk load of the same rows).
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { openDatabase, type DbHandle } from "@/db";
import { createTestDb } from "@/db/testing";
import { createOrganization } from "@/db/queries/organizations";
import { defaultMappingConfig, ROLE_SEGMENTS, type MappingConfig } from "@/lib/mapping";
import { applySync, previewSync, raasSource } from "@/lib/sync";
import { employeeId, startWorkdaySim, USER_COLUMNS, type WorkdaySim } from "@/lib/workday/sim";
import { DIRECTOR_LEVELS, IC_LEVELS, MANAGER_LEVELS, TOP_LEVELS, VP_LEVELS } from "@/lib/workday/sim/vocabulary";
import { measureFloor, type Floor } from "./bench/floor";
import { PeakRss } from "./bench/peak-rss";

type Scenario = "first" | "one-percent" | "no-change" | "preview-1m";
interface RunFigure {
  db: "pglite" | "postgres";
  workers: number;
  scenario: Scenario;
  previewS: number;
  applyS: number | null;
  peakRssMb: number;
}

const { values: args } = parseArgs({
  options: { json: { type: "string" }, workers: { type: "string" }, "with-1m": { type: "boolean" }, "skip-pglite": { type: "boolean" } },
});
const sizes = args.workers ? [Number(args.workers)] : [10_000, 100_000];
const ACTOR = { id: null, email: "bench" };

/** The stand-in's management levels all assigned, so every row is valid and the bench measures real work. */
function benchMapping(): MappingConfig {
  const levels = [...new Set<string>([...IC_LEVELS, ...MANAGER_LEVELS, ...DIRECTOR_LEVELS, ...VP_LEVELS, ...TOP_LEVELS, "Chief Executive Officer"])];
  const mapping = defaultMappingConfig([...USER_COLUMNS], levels, ["group_name"]);
  for (const [value, role] of Object.entries(mapping.roleMap)) if (role === null) mapping.roleMap[value] = ROLE_SEGMENTS[4];
  return mapping;
}

const seconds = (t0: number) => (performance.now() - t0) / 1000;

async function openDb(kind: "pglite" | "postgres"): Promise<DbHandle> {
  return kind === "postgres" ? createTestDb() : openDatabase({ dataDir: null });
}

async function runScenarios(sim: WorkdaySim, kind: "pglite" | "postgres", workers: number, mapping: MappingConfig): Promise<RunFigure[]> {
  const handle = await openDb(kind);
  const out: RunFigure[] = [];
  try {
    const org = await createOrganization(handle.db, { slug: `bench-${kind}-${workers}`, name: "Bench" });
    const tenant = `bench-${kind}-${workers}-${Date.now()}`;
    const source = raasSource({
      usersUrl: sim.reportUrl(tenant, "Workers_for_10KC", { workers }),
      groupsUrl: sim.reportUrl(tenant, "Groups_for_10KC", { workers }),
      username: sim.username,
      password: sim.password,
      extraHosts: [new URL(sim.baseUrl).host],
    });
    const scenario = async (name: Scenario) => {
      const rss = new PeakRss();
      let t0 = performance.now();
      const preview = await previewSync(handle.db, { orgId: org.id, mapping, source, actor: ACTOR });
      const previewS = seconds(t0);
      if (preview.status === "failed") throw new Error(`${name}: preview failed: ${JSON.stringify(preview.problems)}`);
      t0 = performance.now();
      await applySync(handle.db, { orgId: org.id, runId: preview.runId, actor: ACTOR, confirmHeld: true });
      const applyS = seconds(t0);
      const figure: RunFigure = { db: kind, workers, scenario: name, previewS, applyS, peakRssMb: rss.stop() };
      process.stderr.write(`  ${kind} ${workers} ${name}: preview ${previewS.toFixed(2)} s, apply ${applyS.toFixed(2)} s, counts ${JSON.stringify(preview.counts)}\n`);
      out.push(figure);
    };
    await scenario("first");
    // 1% of workers get a new job title: a typical day's re-sync.
    const overrides: Record<string, Record<string, string>> = {};
    for (let i = 0; i < workers; i += 100) overrides[employeeId(i)] = { Business_Title: `Retitled ${i}` };
    sim.setTenant(tenant, { overrides });
    await scenario("one-percent");
    await scenario("no-change");
  } finally {
    await handle.close();
  }
  return out;
}

async function preview1m(sim: WorkdaySim, kind: "pglite" | "postgres", mapping: MappingConfig): Promise<RunFigure> {
  const handle = await openDb(kind);
  try {
    const org = await createOrganization(handle.db, { slug: "bench-1m", name: "Bench 1M" });
    const workers = 1_000_000;
    const rss = new PeakRss();
    const t0 = performance.now();
    const preview = await previewSync(handle.db, {
      orgId: org.id,
      mapping,
      source: raasSource({
        usersUrl: sim.reportUrl(`bench-1m-${Date.now()}`, "Workers_for_10KC", { workers }),
        username: sim.username,
        password: sim.password,
        extraHosts: [new URL(sim.baseUrl).host],
      }),
      actor: ACTOR,
    });
    const figure: RunFigure = { db: kind, workers, scenario: "preview-1m", previewS: seconds(t0), applyS: null, peakRssMb: rss.stop() };
    process.stderr.write(`  ${kind} 1M preview: ${figure.previewS.toFixed(1)} s, peak RSS ${figure.peakRssMb} MB, status ${preview.status}\n`);
    return figure;
  } finally {
    await handle.close();
  }
}

function table(floorBySize: Map<number, Floor>, runs: RunFigure[]): string {
  const lines = ["db        workers  scenario      preview s  apply s  total s  x floor  peak RSS MB"];
  for (const r of runs) {
    const f = floorBySize.get(r.workers);
    const total = r.previewS + (r.applyS ?? 0);
    const floor = f ? f.fetchS + f.parseS + f.bulkLoadS : null;
    lines.push(
      [
        r.db.padEnd(9),
        String(r.workers).padStart(7),
        r.scenario.padEnd(12),
        r.previewS.toFixed(2).padStart(9),
        (r.applyS === null ? "-" : r.applyS.toFixed(2)).padStart(7),
        total.toFixed(2).padStart(7),
        (floor ? (total / floor).toFixed(1) : "-").padStart(7),
        String(r.peakRssMb).padStart(11),
      ].join("  "),
    );
  }
  lines.push("", "floor     workers  fetch s  parse s  bulk load s  total s");
  for (const [workers, f] of floorBySize) {
    lines.push(
      ["floor".padEnd(9), String(workers).padStart(7), f.fetchS.toFixed(2).padStart(7), f.parseS.toFixed(2).padStart(7),
        f.bulkLoadS.toFixed(2).padStart(11), (f.fetchS + f.parseS + f.bulkLoadS).toFixed(2).padStart(7)].join("  "),
    );
  }
  return lines.join("\n");
}

async function main() {
  const sim = await startWorkdaySim({ port: 0 });
  const mapping = benchMapping();
  const dbs: Array<"pglite" | "postgres"> = [];
  if (!args["skip-pglite"]) dbs.push("pglite");
  if (process.env.DATABASE_URL) dbs.push("postgres");
  const floorDb: "pglite" | "postgres" = process.env.DATABASE_URL ? "postgres" : "pglite";
  const floorBySize = new Map<number, Floor>();
  const runs: RunFigure[] = [];
  try {
    for (const workers of sizes) {
      const handle = await openDb(floorDb);
      try {
        floorBySize.set(workers, await measureFloor(handle.db, sim.reportUrl("bench-floor", "Workers_for_10KC", { workers }), sim));
      } finally {
        await handle.close();
      }
    }
    for (const kind of dbs) for (const workers of sizes) runs.push(...(await runScenarios(sim, kind, workers, mapping)));
    if (args["with-1m"]) runs.push(await preview1m(sim, process.env.DATABASE_URL ? "postgres" : "pglite", mapping));
  } finally {
    await sim.close();
  }
  console.log(table(floorBySize, runs));
  if (args.json) {
    const largest = Math.max(...floorBySize.keys());
    fs.writeFileSync(args.json, JSON.stringify({ floor: floorBySize.get(largest), floorBySize: Object.fromEntries(floorBySize), runs }, null, 2));
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);

/**
 * The floor a sync is compared with: what any implementation must pay for the same report. Fetching
 * the body, JSON.parse of it, and one bulk load of its rows into a plain table.
 */
import { sql } from "drizzle-orm";
import type { Db } from "@/db";

export interface Floor {
  fetchS: number;
  parseS: number;
  bulkLoadS: number;
}

const seconds = (t0: number) => (performance.now() - t0) / 1000;

export async function measureFloor(db: Db, url: string, auth: { username: string; password: string }): Promise<Floor> {
  const headers = { authorization: `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString("base64")}` };
  let t0 = performance.now();
  const body = await (await fetch(url, { headers })).text();
  const fetchS = seconds(t0);

  t0 = performance.now();
  const rows = (JSON.parse(body) as { Report_Entry?: Record<string, unknown>[] }).Report_Entry ?? [];
  const parseS = seconds(t0);

  // Same batching as the engine's staging (one JSON parameter per 5,000 rows): the cheapest portable bulk load.
  await db.execute(sql`drop table if exists bench_floor`);
  await db.execute(sql`create table bench_floor (row jsonb)`);
  t0 = performance.now();
  for (let i = 0; i < rows.length; i += 5_000) {
    const batch = JSON.stringify(rows.slice(i, i + 5_000));
    await db.execute(sql`insert into bench_floor (row) select value from json_array_elements(${batch}::json)`);
  }
  const bulkLoadS = seconds(t0);
  await db.execute(sql`drop table bench_floor`);
  return { fetchS, parseS, bulkLoadS };
}

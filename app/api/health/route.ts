import { sql } from "drizzle-orm";
import { getDbHandle } from "@/db";

export const dynamic = "force-dynamic";

export async function GET() {
  const started = Date.now();
  try {
    const { db, kind } = await getDbHandle();
    await db.execute(sql`select 1`);
    return Response.json({ ok: true, database: { ok: true, kind, latencyMs: Date.now() - started } });
  } catch (e) {
    console.error("Health check: database unavailable", e);
    return Response.json({ ok: false, database: { ok: false, error: "The database is unavailable." } }, { status: 503 });
  }
}

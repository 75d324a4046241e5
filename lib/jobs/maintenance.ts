/**
 * Housekeeping, hourly: run figures and state history older than 90 days are deleted, and
 * organizations whose first sync was applied get the default daily schedule.
 */
import type { Db } from "@/db";
import { deleteAllHealthTransitionsBefore, deleteAllRunFiguresBefore } from "@/db/queries/health";
import { ensureAllDefaultSchedules } from "@/db/queries/schedules";

export const RETENTION_DAYS = 90;

export async function runMaintenance(db: Db, now = new Date()) {
  const before = new Date(now.getTime() - RETENTION_DAYS * 24 * 3600_000);
  const figuresDeleted = await deleteAllRunFiguresBefore(db, { before });
  const transitionsDeleted = await deleteAllHealthTransitionsBefore(db, { before });
  const schedulesCreated = await ensureAllDefaultSchedules(db);
  return { figuresDeleted, transitionsDeleted, schedulesCreated };
}

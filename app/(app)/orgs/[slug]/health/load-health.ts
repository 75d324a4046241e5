import type { Db } from "@/db";
import { listAudit } from "@/db/queries/audit";
import { getConnection } from "@/db/queries/connections";
import { getOrganizationHealth } from "@/db/queries/health";
import { connectionView } from "@/lib/connections/test-connection";
import { chartSeries } from "@/lib/health/display";
import { DEFAULT_DAILY_AT } from "@/lib/schedule/next-run";

/** Everything the health pages show for one organization (support's drill-down and the admin's own view). */
export async function loadOrgHealth(db: Db, { orgId, now = new Date() }: { orgId: string; now?: Date }) {
  const [health, audit, connection] = await Promise.all([
    getOrganizationHealth(db, { orgId, now }),
    listAudit(db, { orgId, limit: 40 }),
    getConnection(db, { orgId }),
  ]);
  if (!health) return null;
  return {
    ...health,
    now,
    points: chartSeries(health.chart, now, 30),
    // The form's starting values: an organization without a schedule row gets the default (daily).
    scheduleForm: {
      mode: health.schedule?.mode ?? "daily",
      intervalHours: health.schedule?.intervalHours ?? 24,
      dailyAt: health.schedule?.dailyAt ?? DEFAULT_DAILY_AT,
    },
    audit,
    connection: connectionView(connection),
  };
}

export type OrgHealthView = NonNullable<Awaited<ReturnType<typeof loadOrgHealth>>>;

/**
 * Scheduling and connection health: when each organization syncs on its own, the figures of every
 * run the scheduler made (kept 90 days), the connection's current state and its history, and where
 * state changes are announced.
 */
import { sql } from "drizzle-orm";
import { bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organizations, users } from "./auth";
import { syncRuns, type SyncCounts } from "./sync";

export type ScheduleMode = "off" | "interval" | "daily";

/**
 * One row per organization that has a schedule (created with the default, daily, once a first sync
 * has been applied). Also the per-organization run lease: whoever sets lease_token runs the sync,
 * so two app instances never sync one organization at the same time.
 */
export const syncSchedules = pgTable(
  "sync_schedules",
  {
    organizationId: uuid("organization_id")
      .primaryKey()
      .references(() => organizations.id, { onDelete: "cascade" }),
    mode: text("mode").$type<ScheduleMode>().notNull().default("daily"),
    /** 1 to 24, for mode "interval". */
    intervalHours: integer("interval_hours").notNull().default(24),
    /** "HH:MM" in the organization's time zone, for mode "daily". */
    dailyAt: text("daily_at").notNull().default("03:00"),
    paused: boolean("paused").notNull().default(false),
    pausedAt: timestamp("paused_at", { withTimezone: true }),
    pausedByEmail: text("paused_by_email"),
    /** Null: to be computed by the next scheduler tick (new row, schedule changed, resumed). */
    nextRunAt: timestamp("next_run_at", { withTimezone: true }),
    lastScheduledAt: timestamp("last_scheduled_at", { withTimezone: true }),
    /** "Sync now": picked up by the next scheduler tick on any instance. */
    requestedAt: timestamp("requested_at", { withTimezone: true }),
    requestedById: uuid("requested_by_id").references(() => users.id, { onDelete: "set null" }),
    requestedByEmail: text("requested_by_email"),
    leaseToken: uuid("lease_token"),
    /** A lease past this time belongs to a crashed worker and may be taken over. */
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("sync_schedules_next_run_idx").on(t.nextRunAt).where(sql`${t.paused} = false and ${t.mode} <> 'off'`)],
);

export type RunTrigger = "scheduled" | "manual";
export type RunOutcome = "applied" | "held" | "previewed" | "failed";

export interface StageDurations {
  fetchUsersMs: number;
  fetchGroupsMs: number;
  cleanMs: number;
  planMs: number;
  applyMs: number;
}

/**
 * What one run looked like, for the health rules and the support charts. A scheduled run that
 * retried is one row (attempts > 1) pointing at its last sync_runs row.
 */
export const syncRunFigures = pgTable(
  "sync_run_figures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    syncRunId: uuid("sync_run_id").references(() => syncRuns.id, { onDelete: "set null" }),
    trigger: text("trigger").$type<RunTrigger>().notNull(),
    outcome: text("outcome").$type<RunOutcome>().notNull(),
    attempts: integer("attempts").notNull().default(1),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true }).notNull(),
    durationMs: integer("duration_ms").notNull(),
    stages: jsonb("stages").$type<StageDurations>(),
    rowsRead: integer("rows_read").notNull().default(0),
    counts: jsonb("counts").$type<SyncCounts>(),
    rejected: integer("rejected").notNull().default(0),
    /** Active members after the run: the chart's member line. */
    memberCount: integer("member_count"),
    errorCode: text("error_code"),
    errorStep: integer("error_step"),
    errorMessage: text("error_message"),
  },
  (t) => [
    index("sync_run_figures_org_started_idx").on(t.organizationId, t.startedAt),
    index("sync_run_figures_started_idx").on(t.startedAt),
  ],
);

export type HealthState = "not_connected" | "healthy" | "degraded" | "failing" | "held" | "paused";

/** The current state per organization; `since` moves only when the state changes. */
export const connectionHealth = pgTable("connection_health", {
  organizationId: uuid("organization_id")
    .primaryKey()
    .references(() => organizations.id, { onDelete: "cascade" }),
  state: text("state").$type<HealthState>().notNull(),
  reason: text("reason").notNull(),
  since: timestamp("since", { withTimezone: true }).notNull(),
  consecutiveFailures: integer("consecutive_failures").notNull().default(0),
  lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }),
  lastSuccessAt: timestamp("last_success_at", { withTimezone: true }),
  lastOutcome: text("last_outcome").$type<RunOutcome>(),
  lastErrorCode: text("last_error_code"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const healthTransitions = pgTable(
  "health_transitions",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    fromState: text("from_state").$type<HealthState>(),
    toState: text("to_state").$type<HealthState>().notNull(),
    reason: text("reason").notNull(),
    /** Which announcement went out for this change, if any ("failing", "held", "recovered"). */
    alert: text("alert"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("health_transitions_org_at_idx").on(t.organizationId, t.at)],
);

/** Optional per-organization webhook for state changes; the signing secret is stored encrypted. */
export const healthWebhooks = pgTable("health_webhooks", {
  organizationId: uuid("organization_id")
    .primaryKey()
    .references(() => organizations.id, { onDelete: "cascade" }),
  url: text("url").notNull(),
  secretBox: text("secret_box").notNull(),
  lastDeliveryAt: timestamp("last_delivery_at", { withTimezone: true }),
  lastDeliveryOk: boolean("last_delivery_ok"),
  lastDeliveryError: text("last_delivery_error"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
});

export type SyncSchedule = typeof syncSchedules.$inferSelect;
export type SyncRunFigures = typeof syncRunFigures.$inferSelect;
export type ConnectionHealth = typeof connectionHealth.$inferSelect;
export type HealthTransition = typeof healthTransitions.$inferSelect;

/**
 * Members (the organization's directory, written only by syncs and support restores) and the sync
 * engine's bookkeeping: runs, their per-member changes (the plan, and after apply the audit record),
 * the staging area rows are streamed into, and per-organization settings.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { Problem } from "@/lib/workday/types";
import { organizations, users } from "./auth";

export const members = pgTable(
  "members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** As Workday sends it; null for a member created before the first sync (adopted later by email). */
    workdayId: text("workday_id"),
    /** workdayId trimmed and upper-cased: "e123" and "E123" are one worker. */
    workdayKey: text("workday_key"),
    email: text("email").notNull(),
    firstName: text("first_name"),
    lastName: text("last_name"),
    managementLevel: text("management_level"),
    jobTitle: text("job_title"),
    businessUnit: text("business_unit"),
    jobFunction: text("job_function"),
    peopleManager: text("people_manager"),
    managerEmail: text("manager_email"),
    /** managerEmail resolved to a member of the same organization; recomputed on every apply. */
    managerId: uuid("manager_id"),
    location: text("location"),
    locale: text("locale"),
    status: text("status").$type<"active" | "inactive">().notNull().default("active"),
    /** Sorted group names: the member's memberships. */
    groups: text("groups").array().notNull().default(sql`'{}'::text[]`),
    /** Set when the member left the report: kept, restorable, never hard-deleted by a sync. */
    removedAt: timestamp("removed_at", { withTimezone: true }),
    /** Lower-cased "email first last workday id", for directory search. */
    searchText: text("search_text").notNull().default(""),
    lastChangeAt: timestamp("last_change_at", { withTimezone: true }),
    lastChangeAction: text("last_change_action"),
    lastRunId: uuid("last_run_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("members_org_email_key").on(t.organizationId, t.email),
    uniqueIndex("members_org_workday_key").on(t.organizationId, t.workdayKey),
    index("members_org_name_idx").on(t.organizationId, t.lastName, t.firstName, t.id),
  ],
);

/** Groups of an organization, from the group report and the users' group column. */
export const memberGroups = pgTable(
  "member_groups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("member_groups_org_name_key").on(t.organizationId, t.name)],
);

export type SyncRunStatus = "running" | "previewed" | "held" | "failed" | "applied";
export type SyncStage = "fetching_users" | "fetching_groups" | "cleaning" | "planning" | "applying" | "done";

export interface SyncCounts {
  create: number;
  update: number;
  deactivate: number;
  reactivate: number;
  remove: number;
  rejected: number;
  groupsCreate: number;
  groupsRemove: number;
  membershipsAdd: number;
  membershipsRemove: number;
}

export const syncRuns = pgTable(
  "sync_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    status: text("status").$type<SyncRunStatus>().notNull().default("running"),
    stage: text("stage").$type<SyncStage>().notNull().default("fetching_users"),
    rowsRead: integer("rows_read").notNull().default(0),
    /** Rows in the user report (rejected ones included). */
    reportRows: integer("report_rows"),
    /** Active members when the plan was computed: the base of the safeguards' shares. */
    activeMembers: integer("active_members"),
    counts: jsonb("counts").$type<SyncCounts>(),
    /** "empty_report" | "partial_report" | "deletion_threshold" when held. */
    heldCode: text("held_code"),
    heldReason: text("held_reason"),
    problems: jsonb("problems").$type<Problem[]>().notNull().default([]),
    /** sync_settings.members_revision when planned; apply refuses the plan if it moved. */
    baseRevision: bigint("base_revision", { mode: "number" }),
    mappingVersionId: uuid("mapping_version_id"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdByEmail: text("created_by_email"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    previewedAt: timestamp("previewed_at", { withTimezone: true }),
    appliedBy: uuid("applied_by").references(() => users.id, { onDelete: "set null" }),
    appliedByEmail: text("applied_by_email"),
    appliedAt: timestamp("applied_at", { withTimezone: true }),
    /** A held plan applied because this person confirmed it. */
    heldConfirmedBy: text("held_confirmed_by"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sync_runs_org_created_idx").on(t.organizationId, t.createdAt)],
);

export type SyncChangeAction =
  | "create"
  | "update"
  | "deactivate"
  | "reactivate"
  | "remove"
  | "reject"
  | "group_create"
  | "group_remove";

/**
 * One line of a plan. Before the apply it is what will happen; after, with the run's applied_by and
 * applied_at, it is the record of what happened (run, who, when, member, action, before, after).
 */
export const syncChanges = pgTable(
  "sync_changes",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    runId: uuid("run_id")
      .notNull()
      .references(() => syncRuns.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id").notNull(),
    action: text("action").$type<SyncChangeAction>().notNull(),
    /** The member changed (for a create, the id it will get); for a reject, the member it left alone. */
    memberId: uuid("member_id"),
    workdayId: text("workday_id"),
    email: text("email"),
    /** "First Last", or the group name for group changes. */
    name: text("name"),
    /** Changed fields only for update/deactivate/reactivate; the whole profile for create and remove. */
    before: jsonb("before").$type<Record<string, unknown>>(),
    after: jsonb("after").$type<Record<string, unknown>>(),
    fields: text("fields").array(),
    /** Rejections: a code (missing_field, invalid_email, invalid_value, duplicate_workday_id, duplicate_email, email_in_use) and words. */
    reason: text("reason"),
    message: text("message"),
    rowNumber: integer("row_number"),
    membershipsAdded: integer("memberships_added").notNull().default(0),
    membershipsRemoved: integer("memberships_removed").notNull().default(0),
    searchText: text("search_text").notNull().default(""),
  },
  (t) => [
    index("sync_changes_run_action_idx").on(t.runId, t.action, t.id),
    index("sync_changes_member_idx").on(t.organizationId, t.memberId),
  ],
);

/**
 * Cleaned report rows of a run being previewed, streamed in in large batches so the plan is a few
 * joins. Emptied when the preview ends: the plan (sync_changes) keeps everything the apply needs.
 * UNLOGGED (set in migration 0005_sync_staging; drizzle cannot say it): scratch rows need no WAL, which makes
 * loading them several times faster, and a crash only loses previews in progress. No index: the plan
 * reads a run's rows with hash joins after an ANALYZE.
 */
export const syncStagedRows = pgTable(
  "sync_staged_rows",
  {
    runId: uuid("run_id").notNull(),
    rowNumber: integer("row_number").notNull(),
    workdayId: text("workday_id"),
    workdayKey: text("workday_key"),
    email: text("email"),
    firstName: text("first_name"),
    lastName: text("last_name"),
    managementLevel: text("management_level"),
    jobTitle: text("job_title"),
    businessUnit: text("business_unit"),
    jobFunction: text("job_function"),
    peopleManager: text("people_manager"),
    /** An email, or "#wid:KEY" for a manager given by Workday ID, resolved against the report in SQL. */
    managerEmail: text("manager_email"),
    location: text("location"),
    locale: text("locale"),
    status: text("status"),
    /** Null when the report has no group column: memberships are then left as they are. */
    groups: text("groups").array(),
    rejectReason: text("reject_reason"),
    rejectMessage: text("reject_message"),
  },
);

/** Per-organization sync settings (the schedule columns join later). */
export const syncSettings = pgTable("sync_settings", {
  organizationId: uuid("organization_id")
    .primaryKey()
    .references(() => organizations.id, { onDelete: "cascade" }),
  /** Removals plus deactivations above this share of active members hold the plan for review. */
  deleteThresholdPercent: integer("delete_threshold_percent").notNull().default(20),
  /** And above this many, when set. */
  deleteThresholdCount: integer("delete_threshold_count"),
  /** Bumped by every write to members (apply, restore): a plan made on an older revision is stale. */
  membersRevision: bigint("members_revision", { mode: "number" }).notNull().default(0),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
});

export type Member = typeof members.$inferSelect;
export type SyncRun = typeof syncRuns.$inferSelect;
export type SyncChange = typeof syncChanges.$inferSelect;
export type SyncSettings = typeof syncSettings.$inferSelect;

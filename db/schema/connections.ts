import { boolean, customType, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import type { MappingConfig } from "@/lib/mapping/types";
import { organizations, users } from "./auth";

/** One Workday connection per organization. The ISU password is only ever stored encrypted. */
export const connections = pgTable("connections", {
  organizationId: uuid("organization_id")
    .primaryKey()
    .references(() => organizations.id, { onDelete: "cascade" }),
  usersUrl: text("users_url"),
  groupsUrl: text("groups_url"),
  username: text("username"),
  passwordBox: text("password_box"),
  passwordSetAt: timestamp("password_set_at", { withTimezone: true }),
  lastTestAt: timestamp("last_test_at", { withTimezone: true }),
  lastTestOk: boolean("last_test_ok"),
  /** The check result without secrets: rows, columns, problems, a few sample rows. */
  lastTestResult: jsonb("last_test_result").$type<Record<string, unknown>>(),
  submittedAt: timestamp("submitted_at", { withTimezone: true }),
  submittedBy: uuid("submitted_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
});

/** Every saved mapping is a new version; the newest is in force and an older one can be restored. */
export const mappingVersions = pgTable(
  "mapping_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    config: jsonb("config").$type<MappingConfig>().notNull(),
    note: text("note"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdByEmail: text("created_by_email"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("mapping_versions_org_version").on(t.organizationId, t.version)],
);

/** What the admin has ticked or typed in each setup step, with who and when. */
export const setupSteps = pgTable(
  "setup_steps",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    step: integer("step").notNull(),
    done: boolean("done").notNull().default(false),
    answers: jsonb("answers").$type<Record<string, unknown>>().notNull().default({}),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedByEmail: text("updated_by_email"),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.step] })],
);

/** In-app notifications (support is told of submissions; later, health alerts). */
export const notifications = pgTable("notifications", {
  id: uuid("id").primaryKey().defaultRandom(),
  organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "cascade" }),
  audience: text("audience").$type<"support" | "admin">().notNull(),
  kind: text("kind").notNull(),
  message: text("message").notNull(),
  readAt: timestamp("read_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * The rows of the last fetched report, gzipped, so the mapping preview works without fetching again.
 * Kept for a bounded time (expires_at) and capped in rows; never holds credentials.
 */
export const reportSnapshots = pgTable(
  "report_snapshots",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    report: text("report").$type<"users" | "groups">().notNull(),
    fetchedAt: timestamp("fetched_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    rowCount: integer("row_count").notNull(),
    keptRows: integer("kept_rows").notNull(),
    columns: jsonb("columns").$type<string[]>().notNull(),
    rowsGz: bytea("rows_gz").notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.report] })],
);

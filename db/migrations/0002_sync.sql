CREATE TABLE "member_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"workday_id" text,
	"workday_key" text,
	"email" text NOT NULL,
	"first_name" text,
	"last_name" text,
	"management_level" text,
	"job_title" text,
	"business_unit" text,
	"job_function" text,
	"people_manager" text,
	"manager_email" text,
	"manager_id" uuid,
	"location" text,
	"locale" text,
	"status" text DEFAULT 'active' NOT NULL,
	"groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"removed_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"last_change_at" timestamp with time zone,
	"last_change_action" text,
	"last_run_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"run_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"action" text NOT NULL,
	"member_id" uuid,
	"workday_id" text,
	"email" text,
	"name" text,
	"before" jsonb,
	"after" jsonb,
	"fields" text[],
	"reason" text,
	"message" text,
	"row_number" integer,
	"memberships_added" integer DEFAULT 0 NOT NULL,
	"memberships_removed" integer DEFAULT 0 NOT NULL,
	"search_text" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"stage" text DEFAULT 'fetching_users' NOT NULL,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"report_rows" integer,
	"active_members" integer,
	"counts" jsonb,
	"held_code" text,
	"held_reason" text,
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"base_revision" bigint,
	"mapping_version_id" uuid,
	"created_by" uuid,
	"created_by_email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"previewed_at" timestamp with time zone,
	"applied_by" uuid,
	"applied_by_email" text,
	"applied_at" timestamp with time zone,
	"held_confirmed_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_settings" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"delete_threshold_percent" integer DEFAULT 20 NOT NULL,
	"delete_threshold_count" integer,
	"members_revision" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "sync_staged_rows" (
	"run_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"workday_id" text,
	"workday_key" text,
	"email" text,
	"first_name" text,
	"last_name" text,
	"management_level" text,
	"job_title" text,
	"business_unit" text,
	"job_function" text,
	"people_manager" text,
	"manager_email" text,
	"location" text,
	"locale" text,
	"status" text,
	"groups" text[],
	"reject_reason" text,
	"reject_message" text
);
--> statement-breakpoint
ALTER TABLE "member_groups" ADD CONSTRAINT "member_groups_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_changes" ADD CONSTRAINT "sync_changes_run_id_sync_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."sync_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_runs" ADD CONSTRAINT "sync_runs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_runs" ADD CONSTRAINT "sync_runs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_runs" ADD CONSTRAINT "sync_runs_applied_by_users_id_fk" FOREIGN KEY ("applied_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_settings" ADD CONSTRAINT "sync_settings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_settings" ADD CONSTRAINT "sync_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "member_groups_org_name_key" ON "member_groups" USING btree ("organization_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "members_org_email_key" ON "members" USING btree ("organization_id","email");--> statement-breakpoint
CREATE UNIQUE INDEX "members_org_workday_key" ON "members" USING btree ("organization_id","workday_key");--> statement-breakpoint
CREATE INDEX "members_org_name_idx" ON "members" USING btree ("organization_id","last_name","first_name","id");--> statement-breakpoint
CREATE INDEX "sync_changes_run_action_idx" ON "sync_changes" USING btree ("run_id","action","id");--> statement-breakpoint
CREATE INDEX "sync_changes_member_idx" ON "sync_changes" USING btree ("organization_id","member_id");--> statement-breakpoint
CREATE INDEX "sync_runs_org_created_idx" ON "sync_runs" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "sync_staged_rows_run_idx" ON "sync_staged_rows" USING btree ("run_id","workday_key");
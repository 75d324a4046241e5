CREATE TABLE "report_snapshots" (
	"organization_id" uuid NOT NULL,
	"report" text NOT NULL,
	"fetched_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"row_count" integer NOT NULL,
	"kept_rows" integer NOT NULL,
	"columns" jsonb NOT NULL,
	"rows_gz" "bytea" NOT NULL,
	CONSTRAINT "report_snapshots_organization_id_report_pk" PRIMARY KEY("organization_id","report")
);
--> statement-breakpoint
ALTER TABLE "report_snapshots" ADD CONSTRAINT "report_snapshots_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
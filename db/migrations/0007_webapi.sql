CREATE TABLE "saved_reports" (
	"id" text NOT NULL,
	"organization_id" integer NOT NULL,
	"name" text NOT NULL,
	"question" text NOT NULL,
	"tool_calls" jsonb NOT NULL,
	"period" text,
	"source_message_id" bigint,
	"created_by_key_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saved_reports_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "saved_reports" ADD CONSTRAINT "saved_reports_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "saved_reports_org_updated_idx" ON "saved_reports" USING btree ("organization_id","updated_at");
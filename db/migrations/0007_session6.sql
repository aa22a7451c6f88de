CREATE TABLE "recommendation_decisions" (
	"id" bigserial NOT NULL,
	"organization_id" integer NOT NULL,
	"recommendation_id" text NOT NULL,
	"decision" text NOT NULL,
	"recommendation" jsonb NOT NULL,
	"note" text,
	"decided_by_key_id" integer,
	"decided_by" text NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recommendation_decisions_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
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
ALTER TABLE "organizations" ADD COLUMN "gross_margin" double precision DEFAULT 0.5 NOT NULL;--> statement-breakpoint
ALTER TABLE "recommendation_decisions" ADD CONSTRAINT "recommendation_decisions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_reports" ADD CONSTRAINT "saved_reports_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "recommendation_decisions_rec_idx" ON "recommendation_decisions" USING btree ("organization_id","recommendation_id","decided_at");--> statement-breakpoint
CREATE INDEX "saved_reports_org_updated_idx" ON "saved_reports" USING btree ("organization_id","updated_at");
CREATE SEQUENCE "public"."tracked_row_ids" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1000000000000 CACHE 1;--> statement-breakpoint
CREATE TABLE "consent_records" (
	"organization_id" integer NOT NULL,
	"subject_id" text NOT NULL,
	"event_id" text NOT NULL,
	"analytics" boolean NOT NULL,
	"marketing" boolean NOT NULL,
	"ts" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consent_records_organization_id_subject_id_event_id_pk" PRIMARY KEY("organization_id","subject_id","event_id")
);
--> statement-breakpoint
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
CREATE TABLE "tracked_events" (
	"organization_id" integer NOT NULL,
	"event_id" text NOT NULL,
	"type" text NOT NULL,
	"customer_id" bigint NOT NULL,
	"anonymous_id" text,
	"ts" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"url" text,
	"referrer" text,
	"attribution" jsonb,
	"touchpoint_id" bigint,
	"order_id" text,
	CONSTRAINT "tracked_events_organization_id_event_id_pk" PRIMARY KEY("organization_id","event_id")
);
--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "gross_margin" double precision DEFAULT 0.5 NOT NULL;--> statement-breakpoint
ALTER TABLE "recommendation_decisions" ADD CONSTRAINT "recommendation_decisions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_reports" ADD CONSTRAINT "saved_reports_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "recommendation_decisions_rec_idx" ON "recommendation_decisions" USING btree ("organization_id","recommendation_id","decided_at");--> statement-breakpoint
CREATE INDEX "saved_reports_org_updated_idx" ON "saved_reports" USING btree ("organization_id","updated_at");--> statement-breakpoint
CREATE INDEX "tracked_events_org_customer_idx" ON "tracked_events" USING btree ("organization_id","customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "customers_org_external_id_idx" ON "customers" USING btree ("organization_id","external_id");
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
CREATE INDEX "tracked_events_org_customer_idx" ON "tracked_events" USING btree ("organization_id","customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "customers_org_external_id_idx" ON "customers" USING btree ("organization_id","external_id");
CREATE SEQUENCE "public"."tracked_row_ids" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1000000000000 CACHE 1;--> statement-breakpoint
CREATE TABLE "alert_rules" (
	"organization_id" integer NOT NULL,
	"id" bigserial NOT NULL,
	"name" text NOT NULL,
	"metric" text NOT NULL,
	"condition" jsonb NOT NULL,
	"scope" jsonb,
	"destinations" jsonb NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"evaluated_through" date,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alert_rules_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "brief_schedules" (
	"organization_id" integer NOT NULL,
	"id" bigserial NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"target" jsonb NOT NULL,
	"cron" text NOT NULL,
	"destinations" jsonb NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "brief_schedules_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "campaign_external_ids" (
	"organization_id" integer NOT NULL,
	"platform" text NOT NULL,
	"external_id" text NOT NULL,
	"campaign_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_external_ids_organization_id_platform_external_id_pk" PRIMARY KEY("organization_id","platform","external_id")
);
--> statement-breakpoint
CREATE TABLE "channel_rules" (
	"organization_id" integer NOT NULL,
	"position" integer NOT NULL,
	"rule" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "channel_rules_organization_id_position_pk" PRIMARY KEY("organization_id","position")
);
--> statement-breakpoint
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
CREATE TABLE "currency_rates" (
	"base" text NOT NULL,
	"currency" text NOT NULL,
	"date" date NOT NULL,
	"rate" numeric(20, 10) NOT NULL,
	CONSTRAINT "currency_rates_base_currency_date_pk" PRIMARY KEY("base","currency","date")
);
--> statement-breakpoint
CREATE TABLE "delivery_attempts" (
	"organization_id" integer NOT NULL,
	"id" bigserial NOT NULL,
	"run_id" bigint NOT NULL,
	"attempt" integer NOT NULL,
	"destination" text NOT NULL,
	"ok" boolean NOT NULL,
	"http_status" integer,
	"error" text,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "delivery_attempts_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "delivery_runs" (
	"organization_id" integer NOT NULL,
	"id" bigserial NOT NULL,
	"source" text NOT NULL,
	"source_id" bigint NOT NULL,
	"period_key" text NOT NULL,
	"scheduled_for" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"lease_until" timestamp with time zone,
	"payload" jsonb,
	"delivered_to" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "delivery_runs_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "import_jobs" (
	"id" bigserial NOT NULL,
	"organization_id" integer NOT NULL,
	"kind" text NOT NULL,
	"source" text NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"rows_read" bigint DEFAULT 0 NOT NULL,
	"rows_inserted" bigint DEFAULT 0 NOT NULL,
	"rows_updated" bigint DEFAULT 0 NOT NULL,
	"rows_rejected" bigint DEFAULT 0 NOT NULL,
	"max_errors" integer NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"message" text,
	"refresh_status" text DEFAULT 'pending' NOT NULL,
	"refresh_done" integer DEFAULT 0 NOT NULL,
	"refresh_total" integer DEFAULT 0 NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "import_jobs_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "organization_currency_rates" (
	"organization_id" integer NOT NULL,
	"date" date NOT NULL,
	"currency" text NOT NULL,
	"rate" numeric(20, 10) NOT NULL,
	CONSTRAINT "organization_currency_rates_organization_id_currency_date_pk" PRIMARY KEY("organization_id","currency","date")
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
CREATE TABLE "refresh_queue" (
	"organization_id" integer NOT NULL,
	"customer_id" bigint NOT NULL,
	CONSTRAINT "refresh_queue_organization_id_customer_id_pk" PRIMARY KEY("organization_id","customer_id")
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
ALTER TABLE "web_sessions_daily" ADD COLUMN "add_to_carts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "web_sessions_daily" ADD COLUMN "checkouts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "alert_rules" ADD CONSTRAINT "alert_rules_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brief_schedules" ADD CONSTRAINT "brief_schedules_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_external_ids" ADD CONSTRAINT "campaign_external_ids_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_rules" ADD CONSTRAINT "channel_rules_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_attempts" ADD CONSTRAINT "delivery_attempts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_attempts" ADD CONSTRAINT "delivery_attempts_organization_id_run_id_delivery_runs_organization_id_id_fk" FOREIGN KEY ("organization_id","run_id") REFERENCES "public"."delivery_runs"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_runs" ADD CONSTRAINT "delivery_runs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_currency_rates" ADD CONSTRAINT "organization_currency_rates_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_decisions" ADD CONSTRAINT "recommendation_decisions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_reports" ADD CONSTRAINT "saved_reports_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_external_ids_campaign_idx" ON "campaign_external_ids" USING btree ("organization_id","campaign_id");--> statement-breakpoint
CREATE UNIQUE INDEX "delivery_runs_period_idx" ON "delivery_runs" USING btree ("organization_id","source","source_id","period_key");--> statement-breakpoint
CREATE INDEX "delivery_runs_due_idx" ON "delivery_runs" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "import_jobs_org_started_idx" ON "import_jobs" USING btree ("organization_id","started_at");--> statement-breakpoint
CREATE INDEX "recommendation_decisions_rec_idx" ON "recommendation_decisions" USING btree ("organization_id","recommendation_id","decided_at");--> statement-breakpoint
CREATE INDEX "saved_reports_org_updated_idx" ON "saved_reports" USING btree ("organization_id","updated_at");--> statement-breakpoint
CREATE INDEX "tracked_events_org_customer_idx" ON "tracked_events" USING btree ("organization_id","customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "customers_org_external_id_idx" ON "customers" USING btree ("organization_id","external_id");
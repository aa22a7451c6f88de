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
ALTER TABLE "alert_rules" ADD CONSTRAINT "alert_rules_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brief_schedules" ADD CONSTRAINT "brief_schedules_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_attempts" ADD CONSTRAINT "delivery_attempts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_attempts" ADD CONSTRAINT "delivery_attempts_organization_id_run_id_delivery_runs_organization_id_id_fk" FOREIGN KEY ("organization_id","run_id") REFERENCES "public"."delivery_runs"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_runs" ADD CONSTRAINT "delivery_runs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "delivery_runs_period_idx" ON "delivery_runs" USING btree ("organization_id","source","source_id","period_key");--> statement-breakpoint
CREATE INDEX "delivery_runs_due_idx" ON "delivery_runs" USING btree ("status","next_attempt_at");
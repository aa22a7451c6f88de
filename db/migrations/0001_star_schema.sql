CREATE TABLE "ad_spend_daily" (
	"organization_id" integer NOT NULL,
	"date" date NOT NULL,
	"campaign_id" integer NOT NULL,
	"channel" text NOT NULL,
	"platform" text NOT NULL,
	"spend" numeric(14, 2) NOT NULL,
	"impressions" bigint NOT NULL,
	"clicks" bigint NOT NULL,
	"platform_conversions" numeric(14, 2) NOT NULL,
	"platform_revenue" numeric(14, 2) NOT NULL,
	CONSTRAINT "ad_spend_daily_organization_id_date_campaign_id_pk" PRIMARY KEY("organization_id","date","campaign_id")
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" serial PRIMARY KEY NOT NULL,
	"organization_id" integer NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"hash" text NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "attribution_results" (
	"organization_id" integer NOT NULL,
	"model" text NOT NULL,
	"order_id" text NOT NULL,
	"conversion_ts" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"campaign_id" integer DEFAULT 0 NOT NULL,
	"credit" double precision NOT NULL,
	"revenue" double precision NOT NULL,
	CONSTRAINT "attribution_results_organization_id_model_order_id_channel_campaign_id_pk" PRIMARY KEY("organization_id","model","order_id","channel","campaign_id")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organization_id" integer NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"target" text,
	"details" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"organization_id" integer NOT NULL,
	"id" integer NOT NULL,
	"name" text NOT NULL,
	"channel" text NOT NULL,
	"platform" text NOT NULL,
	"objective" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"daily_budget" numeric(14, 2) NOT NULL,
	CONSTRAINT "campaigns_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "catalog_dimensions" (
	"organization_id" integer NOT NULL,
	"key" text NOT NULL,
	"label" text NOT NULL,
	"description" text NOT NULL,
	"definition" jsonb NOT NULL,
	CONSTRAINT "catalog_dimensions_organization_id_key_pk" PRIMARY KEY("organization_id","key")
);
--> statement-breakpoint
CREATE TABLE "catalog_embeddings" (
	"organization_id" integer NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"dimension" text DEFAULT '' NOT NULL,
	"label" text NOT NULL,
	"content" text NOT NULL,
	"embedding_model" text NOT NULL,
	"embedding_array" double precision[],
	CONSTRAINT "catalog_embeddings_organization_id_kind_dimension_key_pk" PRIMARY KEY("organization_id","kind","dimension","key")
);
--> statement-breakpoint
CREATE TABLE "catalog_metrics" (
	"organization_id" integer NOT NULL,
	"key" text NOT NULL,
	"label" text NOT NULL,
	"description" text NOT NULL,
	"definition" jsonb NOT NULL,
	"is_custom" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalog_metrics_organization_id_key_pk" PRIMARY KEY("organization_id","key")
);
--> statement-breakpoint
CREATE TABLE "channels" (
	"organization_id" integer NOT NULL,
	"key" text NOT NULL,
	"label" text NOT NULL,
	"is_paid" boolean NOT NULL,
	CONSTRAINT "channels_organization_id_key_pk" PRIMARY KEY("organization_id","key")
);
--> statement-breakpoint
CREATE TABLE "conversions" (
	"organization_id" integer NOT NULL,
	"order_id" text NOT NULL,
	"customer_id" bigint NOT NULL,
	"ts" timestamp with time zone NOT NULL,
	"revenue" numeric(14, 2) NOT NULL,
	"currency" text NOT NULL,
	"is_new_customer" boolean NOT NULL,
	CONSTRAINT "conversions_organization_id_order_id_pk" PRIMARY KEY("organization_id","order_id")
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"organization_id" integer NOT NULL,
	"id" bigint NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	"region" text,
	CONSTRAINT "customers_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "data_loads" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organization_id" integer NOT NULL,
	"kind" text NOT NULL,
	"seed" integer,
	"scale" double precision,
	"rows" jsonb NOT NULL,
	"data_through" date NOT NULL,
	"finished_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "email_daily" (
	"organization_id" integer NOT NULL,
	"date" date NOT NULL,
	"email_campaign" text NOT NULL,
	"sends" integer NOT NULL,
	"opens" integer NOT NULL,
	"clicks" integer NOT NULL,
	"unsubscribes" integer NOT NULL,
	CONSTRAINT "email_daily_organization_id_date_email_campaign_pk" PRIMARY KEY("organization_id","date","email_campaign")
);
--> statement-breakpoint
CREATE TABLE "feedback" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organization_id" integer NOT NULL,
	"thread_id" text NOT NULL,
	"message_id" bigint,
	"rating" text NOT NULL,
	"correction" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organization_id" integer NOT NULL,
	"thread_id" text NOT NULL,
	"role" text NOT NULL,
	"content" text NOT NULL,
	"payload" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"time_zone" text NOT NULL,
	"currency" text NOT NULL,
	"industry" text NOT NULL,
	"default_attribution_model" text DEFAULT 'last_touch' NOT NULL,
	"attribution_lookback_days" integer DEFAULT 30 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "threads" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" integer NOT NULL,
	"surface" text NOT NULL,
	"title" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "touchpoints" (
	"organization_id" integer NOT NULL,
	"id" bigint NOT NULL,
	"customer_id" bigint NOT NULL,
	"ts" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"platform" text,
	"campaign_id" integer,
	"source" text NOT NULL,
	"medium" text NOT NULL,
	CONSTRAINT "touchpoints_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "web_sessions_daily" (
	"organization_id" integer NOT NULL,
	"date" date NOT NULL,
	"channel" text NOT NULL,
	"sessions" integer NOT NULL,
	"users" integer NOT NULL,
	"bounces" integer NOT NULL,
	CONSTRAINT "web_sessions_daily_organization_id_date_channel_pk" PRIMARY KEY("organization_id","date","channel")
);
--> statement-breakpoint
ALTER TABLE "ad_spend_daily" ADD CONSTRAINT "ad_spend_daily_organization_id_campaign_id_campaigns_organization_id_id_fk" FOREIGN KEY ("organization_id","campaign_id") REFERENCES "public"."campaigns"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_organization_id_channel_channels_organization_id_key_fk" FOREIGN KEY ("organization_id","channel") REFERENCES "public"."channels"("organization_id","key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_dimensions" ADD CONSTRAINT "catalog_dimensions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_embeddings" ADD CONSTRAINT "catalog_embeddings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_metrics" ADD CONSTRAINT "catalog_metrics_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channels" ADD CONSTRAINT "channels_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_loads" ADD CONSTRAINT "data_loads_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "threads" ADD CONSTRAINT "threads_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ad_spend_daily_org_channel_date_idx" ON "ad_spend_daily" USING btree ("organization_id","channel","date");--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_hash_idx" ON "api_keys" USING btree ("hash");--> statement-breakpoint
CREATE INDEX "api_keys_org_idx" ON "api_keys" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "attribution_results_org_model_ts_idx" ON "attribution_results" USING btree ("organization_id","model","conversion_ts");--> statement-breakpoint
CREATE INDEX "audit_log_org_at_idx" ON "audit_log" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "campaigns_org_channel_idx" ON "campaigns" USING btree ("organization_id","channel");--> statement-breakpoint
CREATE INDEX "conversions_org_ts_idx" ON "conversions" USING btree ("organization_id","ts");--> statement-breakpoint
CREATE INDEX "conversions_org_customer_ts_idx" ON "conversions" USING btree ("organization_id","customer_id","ts");--> statement-breakpoint
CREATE INDEX "data_loads_org_idx" ON "data_loads" USING btree ("organization_id","finished_at");--> statement-breakpoint
CREATE INDEX "feedback_org_idx" ON "feedback" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "messages_thread_idx" ON "messages" USING btree ("organization_id","thread_id","id");--> statement-breakpoint
CREATE INDEX "threads_org_updated_idx" ON "threads" USING btree ("organization_id","updated_at");--> statement-breakpoint
CREATE INDEX "touchpoints_org_customer_ts_idx" ON "touchpoints" USING btree ("organization_id","customer_id","ts");--> statement-breakpoint
CREATE INDEX "touchpoints_org_ts_idx" ON "touchpoints" USING btree ("organization_id","ts");
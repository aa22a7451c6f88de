CREATE TABLE "currency_conversions" (
	"organization_id" integer NOT NULL,
	"table_name" text NOT NULL,
	"date" date NOT NULL,
	"currency" text NOT NULL,
	"rate_date" date NOT NULL,
	"rate" numeric(20, 10) NOT NULL,
	"source_table" text NOT NULL,
	"import_kind" text NOT NULL,
	"rows" integer NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "currency_conversions_organization_id_table_name_date_currency_pk" PRIMARY KEY("organization_id","table_name","date","currency")
);
--> statement-breakpoint
CREATE TABLE "identity_links" (
	"organization_id" integer NOT NULL,
	"anonymous_id" text NOT NULL,
	"customer_id" bigint NOT NULL,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "identity_links_organization_id_anonymous_id_pk" PRIMARY KEY("organization_id","anonymous_id")
);
--> statement-breakpoint
CREATE TABLE "metric_targets" (
	"organization_id" integer NOT NULL,
	"id" bigserial NOT NULL,
	"metric" text NOT NULL,
	"filter_dimension" text,
	"filter_value" text,
	"target" numeric(20, 6) NOT NULL,
	"direction" text NOT NULL,
	"period" text DEFAULT 'none' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "metric_targets_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "metric_targets" ADD CONSTRAINT "metric_targets_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "identity_links_org_customer_idx" ON "identity_links" USING btree ("organization_id","customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "metric_targets_metric_filter_idx" ON "metric_targets" USING btree ("organization_id","metric",coalesce("filter_dimension", ''),coalesce("filter_value", ''));
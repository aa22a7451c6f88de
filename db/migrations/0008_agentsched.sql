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
CREATE UNIQUE INDEX "metric_targets_metric_filter_idx" ON "metric_targets" USING btree ("organization_id","metric",coalesce("filter_dimension", ''),coalesce("filter_value", ''));
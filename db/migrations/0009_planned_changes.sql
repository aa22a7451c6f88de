CREATE TABLE "planned_changes" (
	"organization_id" integer NOT NULL,
	"id" bigserial NOT NULL,
	"channel" text NOT NULL,
	"campaign_id" integer,
	"from_date" date NOT NULL,
	"to_date" date,
	"expected_change_percent" numeric(10, 2),
	"note" text DEFAULT '' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "planned_changes_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "planned_changes" ADD CONSTRAINT "planned_changes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "planned_changes_from_idx" ON "planned_changes" USING btree ("organization_id","from_date");
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
CREATE TABLE "currency_rates" (
	"base" text NOT NULL,
	"currency" text NOT NULL,
	"date" date NOT NULL,
	"rate" numeric(20, 10) NOT NULL,
	CONSTRAINT "currency_rates_base_currency_date_pk" PRIMARY KEY("base","currency","date")
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
ALTER TABLE "campaign_external_ids" ADD CONSTRAINT "campaign_external_ids_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_rules" ADD CONSTRAINT "channel_rules_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_currency_rates" ADD CONSTRAINT "organization_currency_rates_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_external_ids_campaign_idx" ON "campaign_external_ids" USING btree ("organization_id","campaign_id");
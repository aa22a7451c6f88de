ALTER TABLE "web_sessions_daily" ADD COLUMN "add_to_carts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "web_sessions_daily" ADD COLUMN "checkouts" integer DEFAULT 0 NOT NULL;
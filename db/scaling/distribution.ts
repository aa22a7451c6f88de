/**
 * How the schema shards on Citus (docs/scaling.md explains it): every table with tenant data is
 * distributed by `organization_id` in one co-location group; the conversation checkpoints, which
 * LangGraph keys by thread, are distributed by `thread_id` in a second group; two small tables that
 * are read before the tenant is known (authentication looks a key up by its hash) are reference
 * tables, copied to every node. The co-location test checks every statement against these lists
 * and that they cover every table in db/schema.ts.
 */

/** Distributed by `organization_id`, co-located with one another. */
export const DISTRIBUTED_BY_ORGANIZATION = [
  "channels",
  "campaigns",
  "customers",
  "ad_spend_daily",
  "touchpoints",
  "conversions",
  "web_sessions_daily",
  "email_daily",
  "attribution_results",
  "catalog_metrics",
  "catalog_dimensions",
  "catalog_embeddings",
  "audit_log",
  "threads",
  "messages",
  "feedback",
  "data_loads",
  "slack_threads",
  "slack_answers",
  "saved_reports",
  "recommendation_decisions",
  "tracked_events",
  "consent_records",
  "identity_links",
  "brief_schedules",
  "alert_rules",
  "metric_targets",
  "planned_changes",
  "delivery_runs",
  "delivery_attempts",
  "channel_rules",
  "organization_currency_rates",
  "currency_conversions",
  "campaign_external_ids",
  "import_jobs",
  "refresh_queue",
] as const;

/** Distributed by `thread_id` (LangGraph reads and writes a checkpoint by thread only). */
export const DISTRIBUTED_BY_THREAD = ["agent_checkpoints", "agent_checkpoint_writes"] as const;

/** Reference tables: small, written rarely, read before the organization is known. */
export const REFERENCE_TABLES = [
  "organizations",
  "api_keys",
  "slack_installations",
  "slack_events",
  "currency_rates",
] as const;

/** Kept by drizzle's migrator on the coordinator only. */
export const LOCAL_TABLES = ["__drizzle_migrations"] as const;

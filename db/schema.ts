/**
 * The star schema (DESIGN.md "Star schema"). Every business table carries `organization_id`, and
 * every primary key starts with it, so the same schema can shard by organization on Citus.
 *
 * Money is `numeric` (exact sums); counts are integers. Timestamps are `timestamptz` (UTC on the
 * wire); `date` columns are calendar dates in the organization's time zone.
 *
 * The pgvector column of `catalog_embeddings` is not declared here: it is added by a migration only
 * when the `vector` extension exists, so the schema also applies on servers without pgvector.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

const tz = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });
const createdAt = () => tz("created_at").notNull().defaultNow();

export const organizations = pgTable("organizations", {
  id: serial("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  timeZone: text("time_zone").notNull(),
  currency: text("currency").notNull(),
  industry: text("industry").notNull(),
  /** Attribution model used for tracked revenue broken down by channel/campaign. */
  defaultAttributionModel: text("default_attribution_model").notNull().default("last_touch"),
  /** Days before a conversion in which touches count towards it. */
  attributionLookbackDays: integer("attribution_lookback_days").notNull().default(30),
  createdAt: createdAt(),
});

export const channels = pgTable(
  "channels",
  {
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** Stable key: paid_search, paid_social, display, email, affiliate, organic_search, referral, direct. */
    key: text("key").notNull(),
    label: text("label").notNull(),
    isPaid: boolean("is_paid").notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.key] })],
);

export const campaigns = pgTable(
  "campaigns",
  {
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    id: integer("id").notNull(),
    name: text("name").notNull(),
    channel: text("channel").notNull(),
    platform: text("platform").notNull(),
    objective: text("objective").notNull(),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }),
    dailyBudget: numeric("daily_budget", { precision: 14, scale: 2 }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.channel],
      foreignColumns: [channels.organizationId, channels.key],
    }),
    index("campaigns_org_channel_idx").on(t.organizationId, t.channel),
  ],
);

export const customers = pgTable(
  "customers",
  {
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    id: bigint("id", { mode: "number" }).notNull(),
    firstSeenAt: tz("first_seen_at").notNull(),
    region: text("region"),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);

export const adSpendDaily = pgTable(
  "ad_spend_daily",
  {
    organizationId: integer("organization_id").notNull(),
    date: date("date", { mode: "string" }).notNull(),
    campaignId: integer("campaign_id").notNull(),
    channel: text("channel").notNull(),
    platform: text("platform").notNull(),
    spend: numeric("spend", { precision: 14, scale: 2 }).notNull(),
    impressions: bigint("impressions", { mode: "number" }).notNull(),
    clicks: bigint("clicks", { mode: "number" }).notNull(),
    /** What the ad platform claims (view-through and cross-platform double counting included). */
    platformConversions: numeric("platform_conversions", { precision: 14, scale: 2 }).notNull(),
    platformRevenue: numeric("platform_revenue", { precision: 14, scale: 2 }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.date, t.campaignId] }),
    foreignKey({
      columns: [t.organizationId, t.campaignId],
      foreignColumns: [campaigns.organizationId, campaigns.id],
    }).onDelete("cascade"),
    index("ad_spend_daily_org_channel_date_idx").on(t.organizationId, t.channel, t.date),
  ],
);

export const touchpoints = pgTable(
  "touchpoints",
  {
    organizationId: integer("organization_id").notNull(),
    id: bigint("id", { mode: "number" }).notNull(),
    customerId: bigint("customer_id", { mode: "number" }).notNull(),
    ts: tz("ts").notNull(),
    channel: text("channel").notNull(),
    platform: text("platform"),
    campaignId: integer("campaign_id"),
    source: text("source").notNull(),
    medium: text("medium").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    // Every read of touchpoints is per customer (journeys, SQL last touch); an (org, ts) index had
    // no reader and cost a third of a 10M-row seed to build.
    index("touchpoints_org_customer_ts_idx").on(t.organizationId, t.customerId, t.ts),
  ],
);

export const conversions = pgTable(
  "conversions",
  {
    organizationId: integer("organization_id").notNull(),
    orderId: text("order_id").notNull(),
    customerId: bigint("customer_id", { mode: "number" }).notNull(),
    ts: tz("ts").notNull(),
    revenue: numeric("revenue", { precision: 14, scale: 2 }).notNull(),
    currency: text("currency").notNull(),
    isNewCustomer: boolean("is_new_customer").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.orderId] }),
    index("conversions_org_ts_idx").on(t.organizationId, t.ts),
    index("conversions_org_customer_ts_idx").on(t.organizationId, t.customerId, t.ts),
  ],
);

export const webSessionsDaily = pgTable(
  "web_sessions_daily",
  {
    organizationId: integer("organization_id").notNull(),
    date: date("date", { mode: "string" }).notNull(),
    channel: text("channel").notNull(),
    sessions: integer("sessions").notNull(),
    users: integer("users").notNull(),
    bounces: integer("bounces").notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.date, t.channel] })],
);

export const emailDaily = pgTable(
  "email_daily",
  {
    organizationId: integer("organization_id").notNull(),
    date: date("date", { mode: "string" }).notNull(),
    emailCampaign: text("email_campaign").notNull(),
    sends: integer("sends").notNull(),
    opens: integer("opens").notNull(),
    clicks: integer("clicks").notNull(),
    unsubscribes: integer("unsubscribes").notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.date, t.emailCampaign] })],
);

/**
 * Credit per conversion, model and touched channel/campaign, refreshed after seeding and ingestion.
 * `campaign_id` 0 means "no campaign" (organic, direct, ...) so it can be part of the key.
 */
export const attributionResults = pgTable(
  "attribution_results",
  {
    organizationId: integer("organization_id").notNull(),
    model: text("model").notNull(),
    orderId: text("order_id").notNull(),
    conversionTs: tz("conversion_ts").notNull(),
    channel: text("channel").notNull(),
    campaignId: integer("campaign_id").notNull().default(0),
    credit: doublePrecision("credit").notNull(),
    revenue: doublePrecision("revenue").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.model, t.orderId, t.channel, t.campaignId] }),
    index("attribution_results_org_model_ts_idx").on(t.organizationId, t.model, t.conversionTs),
  ],
);

/** The semantic catalog as synced per organization (standard metrics plus custom ones). */
export const catalogMetrics = pgTable(
  "catalog_metrics",
  {
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    label: text("label").notNull(),
    description: text("description").notNull(),
    /** The full typed definition (validated by semantic/ before it is stored). */
    definition: jsonb("definition").notNull(),
    isCustom: boolean("is_custom").notNull().default(false),
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: tz("updated_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.key] })],
);

export const catalogDimensions = pgTable(
  "catalog_dimensions",
  {
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    label: text("label").notNull(),
    description: text("description").notNull(),
    definition: jsonb("definition").notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.key] })],
);

/**
 * Searchable catalog documents: metrics, dimensions and dimension values. Full-text search uses
 * the generated `search_tsv` column and the `embedding vector` column, both added by the custom
 * migration after the schema (the vector column only where pgvector exists).
 */
export const catalogEmbeddings = pgTable(
  "catalog_embeddings",
  {
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** metric | dimension | dimension_value */
    kind: text("kind").notNull(),
    key: text("key").notNull(),
    /** For dimension values: the dimension key (channel, campaign, platform, ...). */
    dimension: text("dimension").notNull().default(""),
    label: text("label").notNull(),
    content: text("content").notNull(),
    embeddingModel: text("embedding_model").notNull(),
    /** Embedding as a plain array too, so search can rank without pgvector if it must. */
    embeddingArray: doublePrecision("embedding_array").array(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.kind, t.dimension, t.key] })],
);

export const apiKeys = pgTable(
  "api_keys",
  {
    id: serial("id").primaryKey(),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** First characters of the key, shown in lists so a user can tell keys apart. */
    prefix: text("prefix").notNull(),
    /** sha256 of the whole key; the key itself is shown once and never stored. */
    hash: text("hash").notNull(),
    role: text("role").notNull(),
    createdAt: createdAt(),
    lastUsedAt: tz("last_used_at"),
    revokedAt: tz("revoked_at"),
  },
  (t) => [uniqueIndex("api_keys_hash_idx").on(t.hash), index("api_keys_org_idx").on(t.organizationId)],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).notNull(),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    actor: text("actor").notNull(),
    action: text("action").notNull(),
    target: text("target"),
    details: jsonb("details"),
    at: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index("audit_log_org_at_idx").on(t.organizationId, t.at),
  ],
);

export const threads = pgTable(
  "threads",
  {
    id: text("id").notNull(),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    surface: text("surface").notNull(),
    title: text("title"),
    createdAt: createdAt(),
    updatedAt: tz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index("threads_org_updated_idx").on(t.organizationId, t.updatedAt),
  ],
);

export const messages = pgTable(
  "messages",
  {
    id: bigserial("id", { mode: "number" }).notNull(),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    threadId: text("thread_id").notNull(),
    role: text("role").notNull(),
    content: text("content").notNull(),
    payload: jsonb("payload"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.threadId],
      foreignColumns: [threads.organizationId, threads.id],
    }).onDelete("cascade"),
    index("messages_thread_idx").on(t.organizationId, t.threadId, t.id),
  ],
);

export const feedback = pgTable(
  "feedback",
  {
    id: bigserial("id", { mode: "number" }).notNull(),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    threadId: text("thread_id").notNull(),
    messageId: bigint("message_id", { mode: "number" }),
    rating: text("rating").notNull(),
    correction: text("correction"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.threadId],
      foreignColumns: [threads.organizationId, threads.id],
    }).onDelete("cascade"),
    index("feedback_org_idx").on(t.organizationId, t.createdAt),
  ],
);

/** One row per finished seed/ingestion, so data freshness and idempotence are visible. */
export const dataLoads = pgTable(
  "data_loads",
  {
    id: bigserial("id", { mode: "number" }).notNull(),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    seed: integer("seed"),
    scale: doublePrecision("scale"),
    rows: jsonb("rows").notNull(),
    dataThrough: date("data_through", { mode: "string" }).notNull(),
    finishedAt: tz("finished_at").notNull().default(sql`now()`),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index("data_loads_org_idx").on(t.organizationId, t.finishedAt),
  ],
);

export type Organization = typeof organizations.$inferSelect;
export type Campaign = typeof campaigns.$inferSelect;
export type ApiKeyRow = typeof apiKeys.$inferSelect;

/**
 * LangGraph checkpoints (conversation memory per thread), written by agent/checkpointer.ts through
 * the database port, so one saver persists on PGlite and on PostgreSQL alike.
 */
export const agentCheckpoints = pgTable(
  "agent_checkpoints",
  {
    threadId: text("thread_id").notNull(),
    checkpointNs: text("checkpoint_ns").notNull().default(""),
    checkpointId: text("checkpoint_id").notNull(),
    parentCheckpointId: text("parent_checkpoint_id"),
    checkpointType: text("checkpoint_type").notNull(),
    checkpoint: text("checkpoint").notNull(),
    metadataType: text("metadata_type").notNull(),
    metadata: text("metadata").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.threadId, t.checkpointNs, t.checkpointId] })],
);

export const agentCheckpointWrites = pgTable(
  "agent_checkpoint_writes",
  {
    threadId: text("thread_id").notNull(),
    checkpointNs: text("checkpoint_ns").notNull().default(""),
    checkpointId: text("checkpoint_id").notNull(),
    taskId: text("task_id").notNull(),
    taskPath: text("task_path").notNull().default(""),
    idx: integer("idx").notNull(),
    channel: text("channel").notNull(),
    valueType: text("value_type").notNull(),
    value: text("value").notNull(),
  },
  (t) => [primaryKey({ columns: [t.threadId, t.checkpointNs, t.checkpointId, t.taskId, t.idx] })],
);

/**
 * Slack workspaces (or Enterprise Grid orgs) and the organization each one answers for. A row is
 * written by the OAuth install (bot token and Bolt's installation JSON) or, in single-workspace
 * mode, by binding SLACK_TEAM_ID / the first team seen to SLACK_ORG (the token then comes from
 * SLACK_BOT_TOKEN and `bot_token` stays null). Tokens are stored as Bolt's own stores keep them.
 */
export const slackInstallations = pgTable(
  "slack_installations",
  {
    /** `T:<team id>` for a workspace install, `E:<enterprise id>` for an org-wide install. */
    installationKey: text("installation_key").primaryKey(),
    teamId: text("team_id"),
    enterpriseId: text("enterprise_id"),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    botToken: text("bot_token"),
    botUserId: text("bot_user_id"),
    botId: text("bot_id"),
    installation: jsonb("installation"),
    createdAt: createdAt(),
    updatedAt: tz("updated_at").notNull().defaultNow(),
  },
  (t) => [index("slack_installations_org_idx").on(t.organizationId)],
);

/**
 * Slack deliveries already handled (event ids, interaction ids): the primary key makes a retry
 * (`X-Slack-Retry-Num`) or a second replica's copy a no-op, across restarts.
 */
export const slackEvents = pgTable(
  "slack_events",
  {
    eventKey: text("event_key").primaryKey(),
    receivedAt: createdAt(),
  },
  (t) => [index("slack_events_received_idx").on(t.receivedAt)],
);

/** A Slack thread (team, channel, thread ts) -> the agent thread that holds its memory. */
export const slackThreads = pgTable(
  "slack_threads",
  {
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    teamId: text("team_id").notNull(),
    channelId: text("channel_id").notNull(),
    threadTs: text("thread_ts").notNull(),
    threadId: text("thread_id").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.teamId, t.channelId, t.threadTs] }),
    foreignKey({
      columns: [t.organizationId, t.threadId],
      foreignColumns: [threads.organizationId, threads.id],
    }).onDelete("cascade"),
  ],
);

/**
 * One posted answer: what its buttons refer to (feedback, Show SQL, clarification choices), so a
 * button value carries only this id and a click is checked against the clicking team's organization.
 */
export const slackAnswers = pgTable(
  "slack_answers",
  {
    id: bigserial("id", { mode: "number" }).notNull(),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    threadId: text("thread_id").notNull(),
    teamId: text("team_id").notNull(),
    channelId: text("channel_id").notNull(),
    threadTs: text("thread_ts").notNull(),
    /** The compiled SQL of each query the answer ran (no parameter values). */
    sql: jsonb("sql").notNull(),
    createdAt: createdAt(),
  },
  // Keys carry organization_id, so the table shards with the rest (docs/scaling.md).
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.threadId],
      foreignColumns: [threads.organizationId, threads.id],
    }).onDelete("cascade"),
  ],
);

/**
 * A saved report: an answer pinned by name. It keeps the question and the answer's tool calls with
 * their period made relative ("last_month"), so opening it later re-runs them on fresh data.
 */
export const savedReports = pgTable(
  "saved_reports",
  {
    id: text("id").notNull(),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    question: text("question").notNull(),
    /** [{name, args}]: tool calls whose periods are presets where the answer's dates matched one. */
    toolCalls: jsonb("tool_calls").notNull(),
    /** The relative period of the calls (a time preset such as "last_month"); null for fixed dates. */
    period: text("period"),
    /** The thread message the report was pinned from, if any (no foreign key: the thread may go). */
    sourceMessageId: bigint("source_message_id", { mode: "number" }),
    /** The API key that created it (api_keys.id). */
    createdByKeyId: integer("created_by_key_id"),
    createdAt: createdAt(),
    updatedAt: tz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index("saved_reports_org_updated_idx").on(t.organizationId, t.updatedAt),
  ],
);

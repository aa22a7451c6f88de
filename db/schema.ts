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
  pgSequence,
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
  /**
   * Gross margin as a fraction of revenue (0.4 = 40%): what a dollar of revenue leaves after the
   * cost of goods. Budget advice and recommendations break even where marginal ROAS = 1 / margin.
   * Default 0.5, stated in every answer that uses it (see core/recommend/profit.ts).
   */
  grossMargin: doublePrecision("gross_margin").notNull().default(0.5),
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
    /**
     * The id the organization's own site or shop knows the customer by (tracking, GDPR requests).
     * Null for simulated and imported customers, which are addressed by `id`.
     */
    externalId: text("external_id"),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex("customers_org_external_id_idx").on(t.organizationId, t.externalId),
  ],
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
    /** Sessions that added something to the cart (funnel step; >= checkouts). */
    addToCarts: integer("add_to_carts").notNull().default(0),
    /** Sessions that started a checkout (funnel step; >= the channel's last-touch orders). */
    checkouts: integer("checkouts").notNull().default(0),
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

/**
 * Internal ids of rows the tracking endpoint creates (customers, touchpoints). They start far above
 * what the simulator and imports use, so a tracked row never takes an imported row's id.
 */
export const trackedRowIds = pgSequence("tracked_row_ids", { startWith: 1_000_000_000_000 });

/**
 * Every event the tracking endpoint stored, once per event id (a replayed batch adds nothing).
 * `customer_id` is the internal id of the customer the event belongs to; the derived touchpoint or
 * conversion (if any) is named by `touchpoint_id` / `order_id`, so GDPR delete finds every row.
 */
export const trackedEvents = pgTable(
  "tracked_events",
  {
    organizationId: integer("organization_id").notNull(),
    eventId: text("event_id").notNull(),
    /** page | touchpoint | order | consent */
    type: text("type").notNull(),
    customerId: bigint("customer_id", { mode: "number" }).notNull(),
    anonymousId: text("anonymous_id"),
    ts: tz("ts").notNull(),
    receivedAt: tz("received_at").notNull().defaultNow(),
    url: text("url"),
    referrer: text("referrer"),
    /** UTM parameters and click ids as sent (source, medium, campaign, term, content, gclid, ...). */
    attribution: jsonb("attribution"),
    touchpointId: bigint("touchpoint_id", { mode: "number" }),
    orderId: text("order_id"),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.eventId] }),
    index("tracked_events_org_customer_idx").on(t.organizationId, t.customerId),
  ],
);

/**
 * Identity stitching (ingest/events/stitch.ts): the browser's anonymous id joined to the customer
 * the site later named (an `identify` event, or any event carrying both ids). Rows tracked under the
 * anonymous id move to `customer_id`, now and for later anonymous events from the same browser. The
 * first link of an anonymous id wins (a shared device does not flip journeys back and forth).
 */
export const identityLinks = pgTable(
  "identity_links",
  {
    organizationId: integer("organization_id").notNull(),
    anonymousId: text("anonymous_id").notNull(),
    customerId: bigint("customer_id", { mode: "number" }).notNull(),
    linkedAt: tz("linked_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.anonymousId] }),
    index("identity_links_org_customer_idx").on(t.organizationId, t.customerId),
  ],
);

/**
 * A decision on one recommendation (POST /agents/recommend/:id/decision): approved or dismissed,
 * by whom and when. Recording only: nothing is ever written to an ad platform. The recommendation
 * id is deterministic (kind, target, period), so re-running /agents/recommend shows the decision.
 * The latest row per recommendation wins; older rows stay as the history.
 */
export const recommendationDecisions = pgTable(
  "recommendation_decisions",
  {
    id: bigserial("id", { mode: "number" }).notNull(),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    recommendationId: text("recommendation_id").notNull(),
    decision: text("decision").notNull(),
    /** The recommendation as it was shown when decided (title, impact, evidence). */
    recommendation: jsonb("recommendation").notNull(),
    note: text("note"),
    /** Who decided: the API key's id and role (the authenticated caller). */
    decidedByKeyId: integer("decided_by_key_id"),
    decidedBy: text("decided_by").notNull(),
    decidedAt: tz("decided_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index("recommendation_decisions_rec_idx").on(t.organizationId, t.recommendationId, t.decidedAt),
  ],
);

/**
 * Consent choices as the site reported them (a `consent` event), kept even when analytics was
 * refused: the proof of what a visitor agreed to. `subject_id` is the customer's external id or the
 * anonymous id the choice was made under.
 */
export const consentRecords = pgTable(
  "consent_records",
  {
    organizationId: integer("organization_id").notNull(),
    subjectId: text("subject_id").notNull(),
    eventId: text("event_id").notNull(),
    analytics: boolean("analytics").notNull(),
    marketing: boolean("marketing").notNull(),
    ts: tz("ts").notNull(),
    receivedAt: tz("received_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.subjectId, t.eventId] })],
);

/**
 * Scheduled deliveries of a brief or a saved report (briefs/schedule). `cron` is read in the
 * organization's time zone; `destinations` is a JSON array of webhook / Slack / e-mail targets
 * (webhook secrets included: they sign every delivery, see briefs/delivery/webhook.ts).
 */
export const briefSchedules = pgTable(
  "brief_schedules",
  {
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    id: bigserial("id", { mode: "number" }).notNull(),
    name: text("name").notNull(),
    /** brief | report */
    kind: text("kind").notNull(),
    /** What to produce: `{ period: "last_week" }` for a brief, `{ reportId }` for a saved report. */
    target: jsonb("target").notNull(),
    cron: text("cron").notNull(),
    destinations: jsonb("destinations").notNull(),
    enabled: boolean("enabled").notNull().default(true),
    createdBy: text("created_by").notNull(),
    createdAt: createdAt(),
    updatedAt: tz("updated_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);

/**
 * Alert rules (briefs/alerts): a metric crossing a threshold, or an anomaly from the detector, with
 * an optional channel or campaign filter. `evaluated_through` is the last data day already checked.
 */
export const alertRules = pgTable(
  "alert_rules",
  {
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    id: bigserial("id", { mode: "number" }).notNull(),
    name: text("name").notNull(),
    metric: text("metric").notNull(),
    /** `{ kind: "threshold", op: "above"|"below", value }` or `{ kind: "anomaly", sensitivity }`. */
    condition: jsonb("condition").notNull(),
    /** `{ dimension: "channel"|"campaign", member?: string }` or null for the overall series. */
    scope: jsonb("scope"),
    destinations: jsonb("destinations").notNull(),
    enabled: boolean("enabled").notNull().default(true),
    evaluatedThrough: date("evaluated_through", { mode: "string" }),
    createdBy: text("created_by").notNull(),
    createdAt: createdAt(),
    updatedAt: tz("updated_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);

/**
 * One delivery of a schedule's period or of an alert's day. The unique key (source, source id,
 * period) is the claim: whichever replica inserts it owns the run, so nothing is posted twice.
 */
export const deliveryRuns = pgTable(
  "delivery_runs",
  {
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    id: bigserial("id", { mode: "number" }).notNull(),
    /** schedule | alert */
    source: text("source").notNull(),
    sourceId: bigint("source_id", { mode: "number" }).notNull(),
    /** Local fire time of a schedule (`2026-11-02T09:00`) or the alert's data day. */
    periodKey: text("period_key").notNull(),
    scheduledFor: tz("scheduled_for").notNull(),
    /** pending | sending | retrying | delivered | failed */
    status: text("status").notNull(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    nextAttemptAt: tz("next_attempt_at").notNull(),
    leaseUntil: tz("lease_until"),
    /** The message, produced once and re-sent as is by retries. */
    payload: jsonb("payload"),
    /** Indexes of destinations already delivered (a retry skips them). */
    deliveredTo: jsonb("delivered_to").notNull().default(sql`'[]'::jsonb`),
    deliveredAt: tz("delivered_at"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex("delivery_runs_period_idx").on(t.organizationId, t.source, t.sourceId, t.periodKey),
    index("delivery_runs_due_idx").on(t.status, t.nextAttemptAt),
  ],
);

/** Every delivery attempt of a run, per destination: when, outcome, HTTP status, error. */
export const deliveryAttempts = pgTable(
  "delivery_attempts",
  {
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    id: bigserial("id", { mode: "number" }).notNull(),
    runId: bigint("run_id", { mode: "number" }).notNull(),
    attempt: integer("attempt").notNull(),
    destination: text("destination").notNull(),
    ok: boolean("ok").notNull(),
    httpStatus: integer("http_status"),
    error: text("error"),
    at: tz("at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.runId],
      foreignColumns: [deliveryRuns.organizationId, deliveryRuns.id],
    }).onDelete("cascade"),
  ],
);

/**
 * One bulk import (ingest/import/): what was sent, how far it got and the rows it refused. Batches
 * commit one by one, so a job killed half way shows the rows already in, and re-running the same
 * file finishes it (rows are upserted on their natural keys). `errors` holds at most `max_errors`
 * entries `{ line, field, expected }`; the job stops once it is full.
 */
export const importJobs = pgTable(
  "import_jobs",
  {
    id: bigserial("id", { mode: "number" }).notNull(),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    /** File name or "http" (never the file's content). */
    source: text("source").notNull(),
    /** running | succeeded | failed (too many bad rows, bad header, database error). */
    status: text("status").notNull().default("running"),
    rowsRead: bigint("rows_read", { mode: "number" }).notNull().default(0),
    rowsInserted: bigint("rows_inserted", { mode: "number" }).notNull().default(0),
    rowsUpdated: bigint("rows_updated", { mode: "number" }).notNull().default(0),
    rowsRejected: bigint("rows_rejected", { mode: "number" }).notNull().default(0),
    maxErrors: integer("max_errors").notNull(),
    errors: jsonb("errors").notNull().default(sql`'[]'::jsonb`),
    message: text("message"),
    /** The refresh of derived data after the load: pending | running | done | failed | none. */
    refreshStatus: text("refresh_status").notNull().default("pending"),
    refreshDone: integer("refresh_done").notNull().default(0),
    refreshTotal: integer("refresh_total").notNull().default(0),
    startedAt: tz("started_at").notNull().defaultNow(),
    finishedAt: tz("finished_at"),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index("import_jobs_org_started_idx").on(t.organizationId, t.startedAt),
  ],
);

/**
 * Customers whose touchpoints or conversions an import changed and whose attribution is not yet
 * refreshed. Written in the same transaction as each batch, so a crash between the load and the
 * refresh loses no work: the next refresh picks the rows up.
 */
export const refreshQueue = pgTable(
  "refresh_queue",
  {
    // No foreign key: its check cost 5% of a touchpoints batch; like the fact tables, rows of a
    // deleted organization are removed with its data.
    organizationId: integer("organization_id").notNull(),
    customerId: bigint("customer_id", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.customerId] })],
);

/**
 * An organization's own channel rules (ingest/channels/channel-rules.ts), evaluated in `position`
 * order before GA4's default grouping. `rule` is validated by zod on every write and read.
 */
export const channelRules = pgTable(
  "channel_rules",
  {
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    rule: jsonb("rule").notNull(),
    updatedAt: tz("updated_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.position] })],
);

/**
 * Daily exchange rates of one organization: 1 unit of `currency` is `rate` units of the
 * organization's currency on `date` (ingest/currency). They win over the global table.
 */
export const organizationCurrencyRates = pgTable(
  "organization_currency_rates",
  {
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    date: date("date", { mode: "string" }).notNull(),
    currency: text("currency").notNull(),
    rate: numeric("rate", { precision: 20, scale: 10 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.currency, t.date] })],
);

/**
 * The exchange rates an import applied, per day, currency and table written: the answer's receipt
 * lists the ones inside its period (ingest/currency/receipt.ts), since once converted an amount no
 * longer says it was ever in another currency. `source_table` is where the rate came from
 * (`organization_currency_rates` or `currency_rates`); a re-import of the same day replaces the row.
 */
export const currencyConversions = pgTable(
  "currency_conversions",
  {
    organizationId: integer("organization_id").notNull(),
    /** The table the converted amounts went into: ad_spend_daily or conversions. */
    tableName: text("table_name").notNull(),
    date: date("date", { mode: "string" }).notNull(),
    currency: text("currency").notNull(),
    rateDate: date("rate_date", { mode: "string" }).notNull(),
    rate: numeric("rate", { precision: 20, scale: 10 }).notNull(),
    sourceTable: text("source_table").notNull(),
    /** The platform export the amounts came from (meta_ads, shopify_orders, ...). */
    importKind: text("import_kind").notNull(),
    rows: integer("rows").notNull(),
    recordedAt: tz("recorded_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.tableName, t.date, t.currency] })],
);

/**
 * Daily exchange rates shared by every organization: 1 unit of `currency` is `rate` units of
 * `base` on `date`. A small reference table (docs/scaling.md): no tenant data, read by every shard.
 */
export const currencyRates = pgTable(
  "currency_rates",
  {
    base: text("base").notNull(),
    currency: text("currency").notNull(),
    date: date("date", { mode: "string" }).notNull(),
    rate: numeric("rate", { precision: 20, scale: 10 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.base, t.currency, t.date] })],
);

/**
 * Which of the organization's campaigns a platform's own campaign id is (ingest/adapters): Google
 * Ads, Meta and TikTok ids are 11 to 19 digits and overflow `campaigns.id`, so each new platform id
 * gets the next free integer once and keeps it, and a campaign reported by two exports is one
 * campaign. No foreign key to `campaigns`: the id is allocated while a file is read, before the
 * import writes the campaign row.
 */
export const campaignExternalIds = pgTable(
  "campaign_external_ids",
  {
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    platform: text("platform").notNull(),
    externalId: text("external_id").notNull(),
    campaignId: integer("campaign_id").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.platform, t.externalId] }),
    uniqueIndex("campaign_external_ids_campaign_idx").on(t.organizationId, t.campaignId),
  ],
);

/**
 * Per-metric targets an organization sets ("target CPA $45", "ROAS at least 3 on paid social"):
 * answers compare the actual against them and `target` alert rules fire when one is missed. One
 * target per (metric, filter); `filter_dimension`/`filter_value` are both null for the overall one.
 */
export const metricTargets = pgTable(
  "metric_targets",
  {
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    id: bigserial("id", { mode: "number" }).notNull(),
    metric: text("metric").notNull(),
    /** "channel", "platform" or "campaign"; null for the metric over everything. */
    filterDimension: text("filter_dimension"),
    filterValue: text("filter_value"),
    target: numeric("target", { precision: 20, scale: 6 }).notNull(),
    /** "at_most" (CPA, CAC) or "at_least" (ROAS, revenue). */
    direction: text("direction").notNull(),
    /** The period the target is meant for ("day", "week", "month", "quarter") or "none" (ratios). */
    period: text("period").notNull().default("none"),
    createdBy: text("created_by").notNull(),
    createdAt: createdAt(),
    updatedAt: tz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex("metric_targets_metric_filter_idx").on(
      t.organizationId,
      t.metric,
      sql`coalesce(${t.filterDimension}, '')`,
      sql`coalesce(${t.filterValue}, '')`,
    ),
  ],
);

/**
 * Planned changes of an organization's paid media (issue #15): a budget flight, a holdout week, a
 * budget raised or cut for good. The anomaly detector treats them as known: a temporary change
 * (`to_date` set) makes its days expected-unusual for the channel's or campaign's series, a
 * lasting one (`to_date` null) is a known level change. The demo seeder fills them from the
 * simulator's flights; analysts add their own through /api/v1/planned-changes.
 */
export const plannedChanges = pgTable(
  "planned_changes",
  {
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    id: bigserial("id", { mode: "number" }).notNull(),
    /** Channel key (paid_search, ...); for a campaign change, the campaign's channel. */
    channel: text("channel").notNull(),
    /** One campaign of the channel, or null for every campaign of it. */
    campaignId: integer("campaign_id"),
    fromDate: date("from_date", { mode: "string" }).notNull(),
    /** Last day of a temporary change (a flight, a holdout); null for a lasting change. */
    toDate: date("to_date", { mode: "string" }),
    /** Expected spend change in percent (-100 for a pause), when the plan states one. */
    expectedChangePercent: numeric("expected_change_percent", { precision: 10, scale: 2 }),
    note: text("note").notNull().default(""),
    createdBy: text("created_by").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index("planned_changes_from_idx").on(t.organizationId, t.fromDate),
  ],
);

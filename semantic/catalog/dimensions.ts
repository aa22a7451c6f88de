/** The standard dimensions every organization gets. */
import { CHANNEL_GROUP_DEFINITION } from "./channel-groups.ts";
import type { DimensionInput } from "./types.ts";

/** Standard dimensions; which metric supports which follows from the fact tables (tables.ts). */
export const STANDARD_DIMENSIONS: readonly DimensionInput[] = [
  {
    key: "date",
    label: "Date",
    description:
      "Calendar date in the organization's time zone, bucketed by the query's grain: day, ISO week (starting Monday), month, quarter or year.",
    synonyms: ["day", "daily", "week", "weekly", "month", "monthly", "quarter", "year", "over time", "trend"],
    type: "time",
    valueType: "date",
  },
  {
    key: "channel",
    label: "Channel",
    description:
      "Marketing channel: paid search, paid social, display, email, affiliate, organic search, referral, direct.",
    synonyms: ["marketing channel", "channels", "channel group", "by channel"],
    type: "category",
    valueType: "string",
  },
  {
    key: "channel_group",
    label: "Channel group",
    description: `Channels grouped as paid, organic, owned or direct: ${CHANNEL_GROUP_DEFINITION}.`,
    synonyms: [
      "paid vs organic",
      "paid versus organic",
      "paid and organic",
      "paid or organic",
      "organic vs paid",
      "paid vs unpaid",
      "paid vs non paid",
      "paid and unpaid",
      "channel grouping",
      "channel groups",
      "paid organic owned",
    ],
    type: "category",
    valueType: "string",
  },
  {
    key: "platform",
    label: "Platform",
    description: "Ad platform the spend ran on, such as meta_ads, google_ads or tiktok_ads.",
    synonyms: ["ad platform", "network", "ad network", "publisher"],
    type: "category",
    valueType: "string",
  },
  {
    key: "campaign",
    label: "Campaign",
    description: "Advertising campaign (by id; the name is returned alongside).",
    synonyms: ["campaigns", "ad campaign", "by campaign"],
    type: "category",
    valueType: "integer",
  },
  {
    key: "campaign_objective",
    label: "Campaign objective",
    description: "What the campaign optimizes for, such as conversions, traffic or awareness.",
    synonyms: ["objective", "campaign goal", "goal", "campaign type"],
    type: "category",
    valueType: "string",
  },
  {
    key: "source_medium",
    label: "Source / medium",
    description:
      "Traffic source and medium of the last touch before an order (e.g. 'google / cpc'), within the lookback window.",
    synonyms: ["source", "medium", "utm source", "utm medium", "source medium", "referrer"],
    type: "category",
    valueType: "string",
  },
  {
    key: "email_campaign",
    label: "Email campaign",
    description: "Email campaign or newsletter name.",
    synonyms: ["newsletter", "email blast", "email send", "mailing"],
    type: "category",
    valueType: "string",
  },
  {
    key: "customer_type",
    label: "New vs returning customer",
    description: "Whether the order came from a new customer (first order) or a returning one.",
    synonyms: ["new vs returning", "customer type", "new or returning", "returning customers"],
    type: "category",
    valueType: "string",
  },
];

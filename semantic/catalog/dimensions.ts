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
  // fix5b: customers carry the US state they order from (customers.region), so "which states"
  // is a real breakdown of orders, revenue and customers rather than a missing geography.
  {
    key: "region",
    label: "Customer state",
    description:
      "The US state (two-letter code) of the ordering customer; 'other' groups the states with few customers. Orders and revenue only: ad spend has no location.",
    // No bare "state" or "region": "state of the business", and typos of "stage", are not places.
    synonyms: [
      "states",
      "by state",
      "per state",
      "regions",
      "by region",
      "per region",
      "geo",
      "geography",
      "locations",
      "located",
    ],
    type: "category",
    valueType: "string",
  },
  {
    key: "day_of_week",
    label: "Day of week",
    description:
      "Day of the week (Monday to Sunday) in the organization's time zone. A breakdown adds up each weekday over the period; the per-day figure divides by how many of that weekday the period has.",
    synonyms: [
      "day of week",
      "day of the week",
      "days of the week",
      "days of week",
      "by weekday",
      "per weekday",
      "weekday vs weekend",
      "weekdays vs weekends",
      "weekend vs weekday",
      "weekends vs weekdays",
      "weekdays or weekends",
      "weekends or weekdays",
    ],
    type: "category",
    valueType: "string",
  },
  {
    key: "hour_of_day",
    label: "Hour of day",
    description:
      "Hour of the day an order was placed (00:00 to 23:00) in the organization's time zone; orders only, since ad spend, sessions and email are daily.",
    synonyms: [
      "hour of day",
      "hour of the day",
      "hours of the day",
      "time of day",
      "time of the day",
      "times of day",
      "by hour",
      "per hour",
      "each hour",
      "which hour",
      "what hour",
      "hourly",
      "dayparting",
      "daypart",
      "dayparts",
    ],
    type: "category",
    valueType: "string",
  },
];

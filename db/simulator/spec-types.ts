/**
 * The shape of a simulated organization. A spec holds every "true" parameter of the simulated
 * world at scale 1 (budgets, response curves, demand, anomalies); the plan multiplies volumes by
 * `scale`, and the ground truth is computed from the spec alone.
 */

/** The eight channel keys every organization has. */
export const CHANNEL_KEYS = [
  "paid_search",
  "paid_social",
  "display",
  "email",
  "affiliate",
  "organic_search",
  "referral",
  "direct",
] as const;
export type ChannelKey = (typeof CHANNEL_KEYS)[number];

/** Channels bought per click/impression and so driven by spend through a response curve. */
export const PAID_CHANNELS = ["paid_search", "paid_social", "display", "affiliate"] as const;
export type PaidChannel = (typeof PAID_CHANNELS)[number];

/** Labels for the channels table. */
export const CHANNEL_LABELS: Record<ChannelKey, string> = {
  paid_search: "Paid Search",
  paid_social: "Paid Social",
  display: "Display",
  email: "Email",
  affiliate: "Affiliate",
  organic_search: "Organic Search",
  referral: "Referral",
  direct: "Direct",
};

/**
 * The true response of one paid channel: incremental first orders per day at demand index 1 are
 * `scale * x^alpha / (x^alpha + halfSaturation^alpha)`, where x is the geometric adstock of daily
 * channel spend with carry-over `theta` (x_t = spend_t + theta * x_{t-1}).
 */
export interface HillCurve {
  alpha: number;
  /** Adstocked daily spend (org currency) at which the response is half of `scale`. */
  halfSaturation: number;
  /** Maximum incremental first orders per day. */
  scale: number;
  theta: number;
}

export interface CampaignSpec {
  name: string;
  channel: PaidChannel;
  platform: string;
  objective: "conversions" | "catalog_sales" | "traffic" | "awareness";
  /** First active local date; seasonal campaigns also have an end date. */
  start: string;
  end: string | null;
  dailyBudget: number;
  /**
   * Budget changes during the year, in date order: from `from` (a local date) on, the campaign's
   * daily budget is `dailyBudget`. The campaigns table shows the budget in force on the last day.
   */
  budgetChanges?: readonly { from: string; dailyBudget: number }[];
  /** utm_source for touches (affiliate partners); platforms have a default. */
  source?: string;
}

/** Auction economics and reporting behaviour of one ad platform. */
export interface PlatformSpec {
  cpc: number;
  ctr: number;
  /**
   * Platform-reported conversions per true incremental conversion: above 1 because platforms
   * claim view-throughs and orders that other platforms also claim.
   */
  claimFactor: number;
  /** utm_source / utm_medium of clicks from this platform (first source weighted by share). */
  sources: readonly { source: string; share: number }[];
  medium: string;
}

/** A stretch of days whose demand (and evergreen budgets) differ from normal. */
export interface SeasonWindow {
  label: string;
  from: string;
  to: string;
  demand: number;
}

export type AnomalySpec =
  | { kind: "tracking_outage"; date: string; lossRate: number; description: string }
  | { kind: "runaway_spend"; date: string; campaign: string; multiplier: number; description: string }
  | {
      kind: "conversion_rate_drop";
      channel: PaidChannel;
      from: string;
      to: string;
      factor: number;
      description: string;
    };

/**
 * A planned spend test of one paid channel, as advertisers run them to learn their response
 * curves: a budget flight (every campaign of the channel stepped up or down for 2-3 weeks) or a
 * holdout week (the channel paused everywhere for a week). The spec fixes the channel, the kind and
 * the window it may fall in; the seed draws the start Monday, the length and the size
 * (flights.ts), so every seed has its own flights and the ground truth follows them.
 */
export interface FlightSpec {
  channel: PaidChannel;
  kind: "up" | "down" | "holdout";
  /** First and last local date the flight may cover (a flight starts on a Monday inside it). */
  window: { from: string; to: string };
}

export interface EmailSpec {
  /** Subscribers at the start of the year (scale 1). */
  listBase: number;
  /** Share of first-time buyers who join the list. */
  optInRate: number;
  newsletterName: string;
  /** 0 = Sunday ... 6 = Saturday. */
  newsletterWeekday: number;
  promos: readonly { date: string; name: string }[];
  /** Share of repeat orders that email truly causes: base, plus on newsletter and promo days. */
  incrementalShare: { base: number; newsletter: number; promo: number };
}

export interface OrgSpec {
  slug: string;
  name: string;
  timeZone: string;
  currency: string;
  industry: string;
  /** Prefix of order ids ("A" -> "A-000123"). */
  orderPrefix: string;
  /** Campaign ids are campaignIdBase + 1, + 2, ... */
  campaignIdBase: number;
  /** Customers at scale 1. */
  customers: number;
  /** Demand index by weekday, Sunday first. */
  weekday: readonly number[];
  seasons: readonly SeasonWindow[];
  /** Pacing of evergreen campaign budgets by calendar month (index 0 = January). */
  monthlyBudgetIndex: readonly number[];
  campaigns: readonly CampaignSpec[];
  platforms: Readonly<Record<string, PlatformSpec>>;
  curves: Readonly<Record<PaidChannel, HillCurve>>;
  /** First orders per day at demand index 1 that happen with no marketing at all. */
  baselineFirstOrders: number;
  /** Unpaid web sessions per day at demand index 1 (scale 1). */
  unpaidSessions: { organic_search: number; direct: number; referral: number };
  aov: { newMean: number; returningMean: number; sigma: number };
  repeat: { probability: number; meanGapDays: number };
  email: EmailSpec;
  /** Mean touches per journey (beyond the first) and days between touches. */
  touches: { firstJourney: number; repeatJourney: number; browser: number; meanGapDays: number };
  regions: readonly { name: string; share: number }[];
  referrers: readonly string[];
  anomalies: readonly AnomalySpec[];
  /**
   * Planned spend tests (flights.ts); windows never overlap each other or an injected anomaly.
   * None when absent.
   */
  flights?: readonly FlightSpec[];
}

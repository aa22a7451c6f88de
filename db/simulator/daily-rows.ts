/**
 * The small per-organization tables as CSV text ready for COPY: channels, campaigns,
 * ad_spend_daily, web_sessions_daily and email_daily. They come straight from the plan.
 */
import { DAYS, dateOfDay } from "./calendar.ts";
import { csvLine, money } from "./csv.ts";
import type { OrgPlan } from "./plan.ts";
import { Rng } from "./random.ts";
import { CHANNEL_KEYS, CHANNEL_LABELS, type ChannelKey, PAID_CHANNELS } from "./spec-types.ts";

/** COPY column lists matching dailyTables() output. */
export const DAILY_COLUMNS = {
  channels: ["organization_id", "key", "label", "is_paid"],
  campaigns: [
    "organization_id",
    "id",
    "name",
    "channel",
    "platform",
    "objective",
    "start_date",
    "end_date",
    "daily_budget",
  ],
  ad_spend_daily: [
    "organization_id",
    "date",
    "campaign_id",
    "channel",
    "platform",
    "spend",
    "impressions",
    "clicks",
    "platform_conversions",
    "platform_revenue",
  ],
  web_sessions_daily: ["organization_id", "date", "channel", "sessions", "users", "bounces"],
  email_daily: ["organization_id", "date", "email_campaign", "sends", "opens", "clicks", "unsubscribes"],
} as const;

export type DailyTable = keyof typeof DAILY_COLUMNS;

const BOUNCE: Record<ChannelKey, number> = {
  paid_search: 0.38,
  paid_social: 0.55,
  display: 0.62,
  email: 0.35,
  affiliate: 0.4,
  organic_search: 0.42,
  referral: 0.45,
  direct: 0.48,
};

/** CSV text (no header) and row count of each small table. */
export function dailyTables(plan: OrgPlan, orgId: number): Record<DailyTable, { csv: string; rows: number }> {
  const paid = new Set<string>(PAID_CHANNELS);
  const channels = CHANNEL_KEYS.map((k) => csvLine([orgId, k, CHANNEL_LABELS[k], paid.has(k) ? "t" : "f"]));
  const campaigns = plan.spend.campaigns.map((c) =>
    csvLine([orgId, c.id, c.name, c.channel, c.platform, c.objective, c.start, c.end, money(c.dailyBudget)]),
  );
  const spend: string[] = [];
  for (let d = 0; d < DAYS; d++) {
    const date = dateOfDay(d);
    plan.spend.campaigns.forEach((c, i) => {
      if (d < c.firstDay || d > c.lastDay) return;
      spend.push(
        csvLine([
          orgId,
          date,
          c.id,
          c.channel,
          c.platform,
          money(plan.spend.spend[i]![d]!),
          plan.spend.impressions[i]![d]!,
          plan.spend.clicks[i]![d]!,
          money(plan.platformConversions[i]![d]!),
          money(plan.platformRevenue[i]![d]!),
        ]),
      );
    });
  }
  const sessions = sessionRows(plan, orgId);
  const email = plan.email.rows.map((r) =>
    csvLine([orgId, dateOfDay(r.day), r.name, r.sends, r.opens, r.clicks, r.unsubscribes]),
  );
  const pack = (lines: string[]) => ({ csv: lines.join(""), rows: lines.length });
  return {
    channels: pack(channels),
    campaigns: pack(campaigns),
    ad_spend_daily: pack(spend),
    web_sessions_daily: pack(sessions),
    email_daily: pack(email),
  };
}

/** Tracked sessions per channel and day, with noise; the tracking outage loses most of a day. */
function sessionRows(plan: OrgPlan, orgId: number): string[] {
  const rng = new Rng(plan.seed, `${plan.spec.slug}:sessions`);
  const lines: string[] = [];
  for (let d = 0; d < DAYS; d++) {
    const date = dateOfDay(d);
    const kept = plan.outage?.day === d ? 1 - plan.outage.lossRate : 1;
    for (const c of CHANNEL_KEYS) {
      const sessions = Math.round(plan.sessions[c][d]! * rng.lognormalMean(1, 0.05) * kept);
      const users = Math.round(sessions * Math.min(1, 0.8 + 0.03 * rng.normal()));
      const bounces = Math.round(sessions * Math.min(0.95, BOUNCE[c] * rng.lognormalMean(1, 0.05)));
      lines.push(csvLine([orgId, date, c, sessions, users, bounces]));
    }
  }
  return lines;
}

/**
 * What the product's anomaly scan knows besides the series: the marketing calendar (days that are
 * unusual by design, derived from calendar rules for any year, never from any one data set), the
 * campaign starts and ends of the organization (from the campaigns table), which are known level
 * changes of paid-media series, and the organization's planned changes (planned_changes: budget
 * flights, holdout weeks, lasting budget changes). Used by detect_anomalies, GET /api/v1/anomalies,
 * the alert evaluator and the truth checks.
 */
import type { AnomalyOptionsInput } from "../../core/anomaly/schemas.ts";
import type { MetricShape } from "../../db/analytics/shape.ts";
import { shapeMetrics } from "../../db/analytics/shape.ts";
import type { Database } from "../../db/database.ts";
import type { PlannedChangeWindow } from "../../db/repositories/planned-changes.ts";
import type { Catalog } from "../../semantic/catalog/types.ts";
import { addDays } from "../../semantic/query/dates.ts";

/** A known calendar event. */
export interface CalendarEvent {
  from: string;
  to: string;
  label: string;
}

/** A campaign's active dates (end null = still running). */
export interface CampaignWindow {
  channel: string;
  platform: string;
  start: string;
  end: string | null;
  /**
   * First days of planned budget changes inside the window (a budget raised or cut, a flight, a
   * holdout week): known level changes like the start and end, so a planned change is not alarmed.
   */
  changes?: readonly string[];
}

const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/**
 * Retail peak events of every year overlapping from..to, by rule: Black Friday week through Cyber
 * Monday (the Friday a week before US Thanksgiving, the 4th Thursday of November, to the Tuesday
 * after Cyber Monday) and the Christmas period (December 20 to January 1). Demand, spend and
 * traffic swing on these days by plan; comparing them with ordinary weeks raises alarms nobody acts on.
 * @example marketingCalendar("2025-11-01", "2025-12-31")[0]; // { from: "2025-11-21", to: "2025-12-02", label: "Black Friday week to Cyber Monday" }
 */
export function marketingCalendar(from: string, to: string): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const y0 = Number(from.slice(0, 4)) - 1;
  const y1 = Number(to.slice(0, 4));
  for (let y = y0; y <= y1; y++) {
    const nov1 = new Date(Date.UTC(y, 10, 1)).getUTCDay();
    const thanksgiving = 1 + ((4 - nov1 + 7) % 7) + 21;
    const thanksgivingDate = iso(y, 11, thanksgiving);
    events.push({
      from: addDays(thanksgivingDate, -6),
      to: addDays(thanksgivingDate, 5),
      label: "Black Friday week to Cyber Monday",
    });
    events.push({ from: iso(y, 12, 20), to: iso(y + 1, 1, 1), label: "Christmas and New Year" });
  }
  return events.filter((e) => e.to >= from && e.from <= to);
}

/** Campaign windows of an organization from the campaigns table. */
export async function readCampaignWindows(db: Database, organizationId: number): Promise<CampaignWindow[]> {
  const rows = await db.query<{ channel: string; platform: string; start_date: unknown; end_date: unknown }>(
    "SELECT channel, platform, start_date, end_date FROM campaigns WHERE organization_id = $1",
    [organizationId],
  );
  const date = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));
  return rows.map((r) => ({
    channel: r.channel,
    platform: r.platform,
    start: date(r.start_date),
    end: r.end_date === null || r.end_date === undefined ? null : date(r.end_date),
  }));
}

/** Campaign names by id (as the campaign dimension's member key), for answers that name a campaign. */
export async function readCampaignNames(db: Database, organizationId: number): Promise<Map<string, string>> {
  const rows = await db.query<{ id: unknown; name: string }>(
    "SELECT id, name FROM campaigns WHERE organization_id = $1",
    [organizationId],
  );
  return new Map(rows.map((r) => [String(r.id), r.name]));
}

/** Whether every part of the metric is read from ad-platform spend data (spend, clicks, CPC, ...). */
export function isPaidMediaMetric(catalog: Catalog, shape: MetricShape): boolean {
  return shapeMetrics(shape).every((key) => {
    const d = catalog.metrics.get(key)?.definition;
    return d?.type === "aggregate" && d.table === "ad_spend_daily";
  });
}

/**
 * Known level changes of one series: the start and the day after the end of every campaign the
 * series contains (all campaigns for the overall series or a dimension campaigns cannot be mapped
 * to; the member's campaigns for channel and platform). Only paid-media series: a campaign's
 * spend starts and stops by plan, its effect on orders and traffic is what anomalies are about.
 */
export function campaignChangePoints(
  campaigns: readonly CampaignWindow[],
  paidMedia: boolean,
  dimension: string | null | undefined,
  member: string | null,
): string[] {
  if (!paidMedia) return [];
  const mine = campaigns.filter((c) =>
    member === null
      ? true
      : dimension === "channel"
        ? c.channel === member
        : dimension === "platform"
          ? c.platform === member
          : true,
  );
  const points = new Set<string>();
  for (const c of mine) {
    points.add(c.start);
    if (c.end !== null) points.add(addDays(c.end, 1));
    for (const d of c.changes ?? []) points.add(d);
  }
  return [...points].sort();
}

/** Days after a temporary planned change that are still expected to differ (adstock carry-over). */
export const CARRY_OVER_DAYS = 7;

/** Whether a planned change of one campaign (or channel) is about the series of `member`. */
function plannedCovers(
  p: PlannedChangeWindow,
  dimension: string | null | undefined,
  member: string | null,
): boolean {
  if (member === null) return true;
  if (dimension === "channel") return p.channel === member;
  if (dimension === "platform") return p.platform === member;
  if (dimension === "campaign") return p.campaign === member;
  // Regions, devices, ...: a paid channel's test is spread over them, not one of them.
  return false;
}

/**
 * What the organization's planned changes mean for one series. A temporary change (a budget
 * flight, a holdout week) makes its days known-unusual, like a calendar event (neither scored nor
 * in any baseline), for the series of its channel, platform or campaign whatever the metric (a
 * holdout is meant to move the channel's traffic and orders), and for the overall series of
 * paid-media metrics; other overall series (all orders, all sessions) still show what the test
 * did to the business. The known days run on for {@link CARRY_OVER_DAYS} after the test: response
 * follows spend through adstock, so after a holdout week the channel's platform conversions (and
 * its conversion rate) take days to come back while its clicks are back at once. A lasting change is a known level change of paid-media series (a change
 * point), like a campaign start.
 * @example plannedChangeContext([{ channel: "display", platform: "google_ads", campaign: "X", from: "2026-06-22", to: "2026-06-28" }], true, "channel", "display").events[0]; // { from: "2026-06-22", to: "2026-07-05", label: "Planned change: display" }
 */
export function plannedChangeContext(
  planned: readonly PlannedChangeWindow[],
  paidMedia: boolean,
  dimension: string | null | undefined,
  member: string | null,
): { events: CalendarEvent[]; changePoints: string[] } {
  const events = new Map<string, CalendarEvent>();
  const changePoints = new Set<string>();
  for (const p of planned) {
    if (!plannedCovers(p, dimension, member)) continue;
    if (p.to === null) {
      if (paidMedia) changePoints.add(p.from);
    } else if (paidMedia || member !== null) {
      const key = `${p.channel}|${p.from}|${p.to}`;
      if (!events.has(key))
        events.set(key, {
          from: p.from,
          to: addDays(p.to, CARRY_OVER_DAYS),
          label: `Planned change: ${p.channel}`,
        });
    }
  }
  return { events: [...events.values()], changePoints: [...changePoints].sort() };
}

/** Detector options of the product's default scan for one series. */
export function scanOptions(
  base: AnomalyOptionsInput,
  ctx: {
    events: readonly CalendarEvent[];
    campaigns: readonly CampaignWindow[];
    paidMedia: boolean;
    dimension: string | null | undefined;
    member: string | null;
    /** The organization's planned changes (none when absent). */
    planned?: readonly PlannedChangeWindow[];
  },
): AnomalyOptionsInput {
  const planned = plannedChangeContext(ctx.planned ?? [], ctx.paidMedia, ctx.dimension, ctx.member);
  const changePoints = new Set([
    ...campaignChangePoints(ctx.campaigns, ctx.paidMedia, ctx.dimension, ctx.member),
    ...planned.changePoints,
  ]);
  return {
    ...base,
    events: [...ctx.events, ...planned.events],
    changePoints: [...changePoints].sort(),
  };
}

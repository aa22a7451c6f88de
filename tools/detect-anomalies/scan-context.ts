/**
 * What the product's anomaly scan knows besides the series: the marketing calendar (days that are
 * unusual by design, derived from calendar rules for any year, never from any one data set) and the
 * campaign starts and ends of the organization (from the campaigns table), which are known level
 * changes of paid-media series. Used by detect_anomalies, GET /api/v1/anomalies and the truth check.
 */
import type { AnomalyOptionsInput } from "../../core/anomaly/schemas.ts";
import type { MetricShape } from "../../db/analytics/shape.ts";
import { shapeMetrics } from "../../db/analytics/shape.ts";
import type { Database } from "../../db/database.ts";
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

/** Detector options of the product's default scan for one series. */
export function scanOptions(
  base: AnomalyOptionsInput,
  ctx: {
    events: readonly CalendarEvent[];
    campaigns: readonly CampaignWindow[];
    paidMedia: boolean;
    dimension: string | null | undefined;
    member: string | null;
  },
): AnomalyOptionsInput {
  return {
    ...base,
    events: [...ctx.events],
    changePoints: campaignChangePoints(ctx.campaigns, ctx.paidMedia, ctx.dimension, ctx.member),
  };
}

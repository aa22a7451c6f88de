import { z } from "zod";
import { trackingLossDays } from "../core/anomaly/tracking-loss-days.ts";
import { loadDimensionValues } from "../db/catalog/dimension-values.ts";
import type { Queryable } from "../db/database.ts";
import type { DimensionValue, ValueDimension } from "./planner/types.ts";

const PLANNER_DIMENSIONS: Readonly<Record<string, ValueDimension>> = {
  channel: "channel",
  platform: "platform",
  campaign: "campaign",
  campaign_objective: "objective",
  email_campaign: "email_campaign",
  source_medium: "source_medium",
};

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** One campaign's first and last day with ad spend, as the database returns it. */
const flightRow = z.object({ id: z.coerce.string(), first: isoDate, last: isoDate });

/**
 * leftA: each campaign's flight, its first and last day with ad spend: the planner reads a named
 * promotion's window ("the BF25 window") from its campaigns' flights (campaign-windows.ts).
 */
async function campaignFlights(
  db: Queryable,
  organizationId: number,
): Promise<Map<string, { from: string; to: string }>> {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT campaign_id AS id, min(date)::text AS first, max(date)::text AS last
       FROM ad_spend_daily WHERE organization_id = $1 AND spend > 0 GROUP BY campaign_id`,
    [organizationId],
  );
  const flights = new Map<string, { from: string; to: string }>();
  for (const raw of rows) {
    const row = flightRow.parse(raw);
    flights.set(row.id, { from: row.first, to: row.last });
  }
  return flights;
}

/**
 * fix10c: each email send's first and last day with emails sent: a promotion's day ("the labor
 * day sale email" went out on Sep 5) is read from the email data (agent/planner/send-revenue.ts).
 */
async function emailFlights(
  db: Queryable,
  organizationId: number,
): Promise<Map<string, { from: string; to: string }>> {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT email_campaign AS id, min(date)::text AS first, max(date)::text AS last
       FROM email_daily WHERE organization_id = $1 AND sends > 0 GROUP BY email_campaign`,
    [organizationId],
  );
  return new Map(
    rows.map((raw) => {
      const row = flightRow.parse(raw);
      return [row.id, { from: row.first, to: row.last }] as const;
    }),
  );
}

/** This organization's dimension values in the planner's terms (names and aliases it can recognise). */
export async function plannerDimensionValues(
  db: Queryable,
  organizationId: number,
): Promise<DimensionValue[]> {
  const [values, flights, sends] = await Promise.all([
    loadDimensionValues(db, organizationId),
    campaignFlights(db, organizationId),
    emailFlights(db, organizationId),
  ]);
  return values.flatMap((v) => {
    const dimension = PLANNER_DIMENSIONS[v.dimension];
    if (!dimension) return [];
    const flight =
      dimension === "campaign"
        ? flights.get(v.key)
        : dimension === "email_campaign"
          ? sends.get(v.key)
          : undefined;
    return [{ dimension, value: v.key, label: v.label, aliases: v.aliases, ...(flight ? { flight } : {}) }];
  });
}

/** One day of all-channel totals, as the database returns it. */
const totalsRow = z.object({
  date: isoDate,
  orders: z.coerce.number(),
  sessions: z.coerce.number(),
  spend: z.coerce.number(),
});

/**
 * The days tracking was lost (sessions and orders down together while spend held), so the planner
 * can read "the outage" or "when tracking broke" as a date (incident-days.ts). One pass over the
 * daily totals; the tenant context caches it until new data loads.
 */
export async function plannerTrackingLossDays(db: Queryable, organizationId: number): Promise<string[]> {
  const rows = await db.query<Record<string, unknown>>(
    `WITH tz AS (SELECT time_zone FROM organizations WHERE id = $1),
     o AS (SELECT (c.ts AT TIME ZONE (SELECT time_zone FROM tz))::date AS date, count(*) AS orders
             FROM conversions c WHERE c.organization_id = $1 GROUP BY 1),
     s AS (SELECT date, sum(sessions) AS sessions FROM web_sessions_daily WHERE organization_id = $1 GROUP BY 1),
     a AS (SELECT date, sum(spend) AS spend FROM ad_spend_daily WHERE organization_id = $1 GROUP BY 1)
     SELECT s.date::text AS date, coalesce(o.orders, 0) AS orders, s.sessions, coalesce(a.spend, 0) AS spend
       FROM s LEFT JOIN o USING (date) LEFT JOIN a USING (date) ORDER BY s.date`,
    [organizationId],
  );
  return trackingLossDays(rows.map((r) => totalsRow.parse(r)));
}

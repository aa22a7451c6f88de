/**
 * Fill the simulated add-to-cart and checkout counts of one organization's web_sessions_daily
 * rows (db/simulator/funnel-steps.ts), after its orders and their attribution are stored: each
 * channel's carts and checkouts must hold its last-touch orders of the day. Without attribution
 * rows (a seed with no afterLoad) every channel's orders read as zero and only sessions bound them.
 *
 * Security note: values travel as parameters; identifiers are our own constants.
 */
import type { Queryable } from "../database.ts";
import { funnelStepCounts, type SessionDay } from "../simulator/funnel-steps.ts";

const SESSION_DAYS_SQL = `
SELECT s.date::text AS date, s.channel, s.sessions, s.bounces, COALESCE(o.orders, 0)::int AS orders
FROM web_sessions_daily s
LEFT JOIN (
  SELECT (ar.conversion_ts AT TIME ZONE $2)::date AS date, ar.channel, count(DISTINCT ar.order_id) AS orders
  FROM attribution_results ar
  WHERE ar.organization_id = $1 AND ar.model = 'last_touch'
  GROUP BY 1, 2
) o ON o.date = s.date AND o.channel = s.channel
WHERE s.organization_id = $1`;

const UPDATE_SQL = `
UPDATE web_sessions_daily s SET add_to_carts = v.add_to_carts, checkouts = v.checkouts
FROM unnest($2::date[], $3::text[], $4::int[], $5::int[]) AS v(date, channel, add_to_carts, checkouts)
WHERE s.organization_id = $1 AND s.date = v.date AND s.channel = v.channel`;

/** Draw and store the organization's funnel counts; returns the rows updated. */
export async function fillFunnelSteps(
  tx: Queryable,
  org: { id: number; slug: string; seed: number; timeZone: string },
): Promise<number> {
  const days = await tx.query<SessionDay & Record<string, unknown>>(SESSION_DAYS_SQL, [org.id, org.timeZone]);
  const counts = funnelStepCounts(org.seed, org.slug, days);
  await tx.query(UPDATE_SQL, [
    org.id,
    counts.map((c) => c.date),
    counts.map((c) => c.channel),
    counts.map((c) => c.addToCarts),
    counts.map((c) => c.checkouts),
  ]);
  return counts.length;
}

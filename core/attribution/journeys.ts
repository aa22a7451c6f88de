/**
 * Builds one customer's journeys from stored touches and conversions (both sorted by time).
 *
 * Rules:
 * - A conversion at T takes the touches with T - lookback <= ts <= T.
 * - With `afterPreviousConversion` (default), only touches strictly after the customer's previous
 *   conversion count: a touch at or before it already served that earlier conversion.
 * - The non-converting path is what follows the customer's last conversion (or every touch when
 *   there is none), limited to the lookback window ending at the customer's last touch, so it is
 *   comparable in length to a converting path. It feeds the data-driven models as a "null".
 */

const DAY_MS = 86_400_000;

/** A stored touch (ts in ms epoch). */
export interface JourneyTouch {
  ts: number;
  channel: string;
  campaignId: number | null;
}

/** A stored conversion (ts in ms epoch). */
export interface JourneyConversion {
  orderId: string;
  ts: number;
  revenue: number;
}

/** A conversion with the touches that lead to it. */
export interface ConvertingJourney {
  orderId: string;
  conversionTs: number;
  revenue: number;
  touches: JourneyTouch[];
}

/** One customer's converting journeys and the trailing non-converting path (null when empty). */
export interface CustomerJourneys {
  converting: ConvertingJourney[];
  nonConverting: JourneyTouch[] | null;
}

/** Journey rules; `lookbackDays` is the organization's setting (default 30). */
export interface JourneyOptions {
  lookbackDays: number;
  afterPreviousConversion?: boolean;
}

/**
 * Split a customer's touches into converting journeys and a non-converting tail.
 * @example buildCustomerJourneys(touches, [{ orderId: "o1", ts, revenue: 50 }], { lookbackDays: 30 })
 */
export function buildCustomerJourneys(
  touches: readonly JourneyTouch[],
  conversions: readonly JourneyConversion[],
  opts: JourneyOptions,
): CustomerJourneys {
  const lookbackMs = opts.lookbackDays * DAY_MS;
  const afterPrevious = opts.afterPreviousConversion ?? true;
  const converting: ConvertingJourney[] = [];
  let previous = -Infinity;
  for (const c of conversions) {
    const from = c.ts - lookbackMs;
    const journey = touches.filter(
      (t) => t.ts >= from && t.ts <= c.ts && (!afterPrevious || t.ts > previous),
    );
    converting.push({ orderId: c.orderId, conversionTs: c.ts, revenue: c.revenue, touches: journey });
    previous = c.ts;
  }
  const tail = touches.filter((t) => t.ts > previous);
  const lastTouch = tail.length > 0 ? tail[tail.length - 1]!.ts : 0;
  const nonConverting = tail.filter((t) => t.ts >= lastTouch - lookbackMs);
  return { converting, nonConverting: nonConverting.length > 0 ? nonConverting : null };
}

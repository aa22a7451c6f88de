/**
 * A hand-made set of six converting journeys whose path, length, assist and time-to-convert
 * figures are worked out by hand in the tests. Times are in days from an epoch for readability.
 */
import type { ConvertingJourney } from "../attribution/journeys.ts";

const DAY_MS = 86_400_000;

/** A journey from (channel, day) touches converting on `day` with `revenue`. */
export function journey(
  orderId: string,
  revenue: number,
  day: number,
  touches: [channel: string, day: number][],
): ConvertingJourney {
  return {
    orderId,
    revenue,
    conversionTs: day * DAY_MS,
    touches: touches.map(([channel, d]) => ({ channel, ts: d * DAY_MS, campaignId: null })),
  };
}

/** The fixture: 6 orders, 530 of revenue, one order with no tracked touch. */
export const SIX_JOURNEYS: ConvertingJourney[] = [
  journey("o1", 100, 10, [
    ["paid_social", 0],
    ["email", 5],
    ["direct", 10],
  ]),
  journey("o2", 50, 3, [
    ["paid_social", 1],
    ["email", 2],
    ["direct", 3],
  ]),
  journey("o3", 80, 20, [
    ["email", 18],
    ["email", 19],
    ["direct", 20],
  ]),
  journey("o4", 200, 4, [["paid_search", 4]]),
  journey("o5", 30, 40, []),
  journey("o6", 70, 31, [
    ["email", 1],
    ["direct", 31],
  ]),
];

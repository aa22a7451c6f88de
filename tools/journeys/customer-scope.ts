/**
 * journeys scoped by who ordered (fix13d): "most common path to purchase for new customers" is the
 * paths of first purchases only (new customers' orders), and "average touches before a first
 * purchase, paid social first touch vs paid search" is path length by first touch over those
 * orders. Without the scope the answer silently covered every order, a different question.
 */
import type { ConvertingJourney } from "../../core/attribution/journeys.ts";
import { type PathLengthSummary, pathLengths } from "../../core/journeys/paths.ts";
import type { ToolDeps } from "../shared/deps.ts";

/** Whether each of the period's orders was a new customer's. */
export const ORDER_TYPE_SQL = `SELECT c.order_id, c.is_new_customer FROM conversions c
WHERE c.organization_id = $1 AND c.ts >= ($2::date)::timestamp AT TIME ZONE $4 AND c.ts < ($3::date + 1)::timestamp AT TIME ZONE $4`;

/** Order id -> whether it was a new customer's order (the customer's first purchase). */
export async function readOrderTypes(
  deps: ToolDeps,
  period: { from: string; to: string },
): Promise<Map<string, boolean>> {
  const { organizationId, timeZone } = deps.tenant;
  const kinds = await deps.db.query<{ order_id: string; is_new_customer: boolean }>(ORDER_TYPE_SQL, [
    organizationId,
    period.from,
    period.to,
    timeZone,
  ]);
  return new Map(kinds.map((k) => [String(k.order_id), Boolean(k.is_new_customer)]));
}

/** The journeys of new (or returning) customers' orders only. */
export function scopeByCustomerType<J extends ConvertingJourney>(
  journeys: readonly J[],
  isNew: ReadonlyMap<string, boolean>,
  type: "new" | "returning",
): J[] {
  return journeys.filter((j) => isNew.get(j.orderId) === (type === "new"));
}

/** One first touch's path-length summary (path_length with firstTouch). */
export interface PathLengthByFirstTouch extends PathLengthSummary {
  key: string;
  kind: "channel" | "platform";
  orders: number;
}

/**
 * Path length of the journeys whose first touch matches each group, side by side.
 * @example pathLengthByFirstTouch(js, [{ key: "paid_social", kind: "channel", matches }], { collapseRepeats: false })
 */
export function pathLengthByFirstTouch(
  journeys: readonly ConvertingJourney[],
  groups: readonly {
    key: string;
    kind: "channel" | "platform";
    matches: (t: ConvertingJourney["touches"][number]) => boolean;
  }[],
  opts: { collapseRepeats: boolean },
): PathLengthByFirstTouch[] {
  return groups.map((g) => {
    const own = journeys.filter((j) => j.touches[0] !== undefined && g.matches(j.touches[0]));
    return { key: g.key, kind: g.kind, orders: own.length, ...pathLengths(own, opts) };
  });
}

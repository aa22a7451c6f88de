/**
 * "What % of paths start with paid social and end in paid search", "paths ending in direct": the
 * lead line of a first_last answer that names a path's ends. The share is of every converting
 * journey with a tracked touch (pathShare in core/journeys/first-last.ts), and, with a first
 * channel, also of the journeys that began there, so both readings of "what %" are answered.
 */
import type { JourneysData } from "../../tools/journeys/execute.ts";
import { formatCurrency, formatNumber } from "../answer/index.ts";

type FirstLast = NonNullable<JourneysData["firstLast"]>;

function pct(share: number): string {
  return `${formatNumber(share * 100, 1)}%`;
}

function journeys(n: number): string {
  return `${formatNumber(n, 0)} ${n === 1 ? "journey" : "journeys"}`;
}

/** The path's shape in words: "started with Paid Social and ended with Paid Search". */
function shape(f: FirstLast, label: (c: string) => string): string {
  const start = f.firstChannel ? `started with ${label(f.firstChannel)}` : "";
  const end = f.lastChannel ? `ended with ${label(f.lastChannel)}` : "";
  return [start, end].filter(Boolean).join(" and ");
}

/**
 * The share lines, or none when the question named neither end.
 * @example pathShareLines(f, label, "USD") // ["Of 292 converting journeys with a tracked touch, 3 (1.0%, $300.00) started with Paid Social and ended with Paid Search.", ...]
 */
export function pathShareLines(f: FirstLast, label: (c: string) => string, currency: string): string[] {
  const s = f.pathShare;
  if (!s) return [];
  const lines = [
    `Of ${journeys(s.journeys)} that led to an order and had a tracked touch, ${formatNumber(s.orders, 0)} (${pct(s.share)}, ${formatCurrency(s.revenue, currency)}) ${shape(f, label)}.`,
  ];
  const began = f.firstChannel ? f.endedOnPaid.find((c) => c.firstChannel === f.firstChannel) : undefined;
  if (f.firstChannel && f.lastChannel && began && began.orders > 0) {
    lines.push(
      `Of the ${journeys(began.orders)} that began with ${label(f.firstChannel)}, ${formatNumber(s.orders, 0)} (${pct(s.orders / began.orders)}) ended with ${label(f.lastChannel)}.`,
    );
  }
  return lines;
}

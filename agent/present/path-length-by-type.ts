/**
 * Touches before conversion for new customers' orders beside returning customers' (fix8e): "do
 * repeat buyers need fewer touches than first-timers" once got the overall count with no split.
 * Lines the path-length answer leads with; every figure is a field of the tool's result.
 */
import type { PathLengthSummary } from "../../core/journeys/paths.ts";
import { formatNumber } from "../answer/index.ts";

function side(label: string, s: PathLengthSummary): string {
  if (s.averageTouches === null) return `${label}: no order with a tracked touch`;
  return `${label}: ${formatNumber(s.averageTouches, 1)} touches on average (median ${formatNumber(s.medianTouches ?? 0, 1)}) over ${formatNumber(s.ordersWithTouches, 0)} orders with a tracked touch`;
}

/** The split's lines: each side, then which needed fewer touches on average. */
export function pathLengthByTypeLines(split: {
  new: PathLengthSummary;
  returning: PathLengthSummary;
}): string[] {
  const n = split.new.averageTouches;
  const r = split.returning.averageTouches;
  const verdict =
    n === null || r === null
      ? "One side has no order with a tracked touch, so the two cannot be compared."
      : Math.abs(n - r) < 0.05
        ? "New and returning customers' orders followed about the same number of touches."
        : `${r < n ? "Returning" : "New"} customers' orders followed fewer touches on average (${formatNumber(Math.min(n, r), 1)} against ${formatNumber(Math.max(n, r), 1)}).`;
  return [
    "Touches before buying, new vs returning customers (an order counts as the customer's type at the time of that order, so new customers' orders are first purchases):",
    `- ${side("New customers", split.new)}`,
    `- ${side("Returning customers", split.returning)}`,
    verdict,
    "All orders together:",
  ];
}

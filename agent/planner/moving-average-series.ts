/**
 * fix10b: "rolling 14-day average of orders since august", "7dma of spend": a moving average is
 * drawn over the daily series, so the question is the metric by day (the presenter adds the
 * average, agent/present/moving-average.ts), never the period's one total.
 */
import { movingWindow } from "../present/moving-average.ts";
import type { ParsedQuestion } from "./parse.ts";

/**
 * Turn a moving-average ask into the daily series (in place); true when it did.
 * @example applyMovingAverageSeries(parse("7 day rolling avg of orders in october")) // dims ["date"], grain "day"
 */
export function applyMovingAverageSeries(p: ParsedQuestion): boolean {
  if (!p.metrics.length || !movingWindow(p.text)) return false;
  if (p.dims.dimensions.some((d) => d !== "date")) return false;
  p.dims.dimensions = ["date"];
  p.trend = { ...p.trend, trend: true, grain: "day" };
  p.ranking = undefined;
  return true;
}

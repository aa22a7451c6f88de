/**
 * "weekly summary of spend, revenue and ROAS by channel", "monthly report: orders and CPA per
 * campaign": a report word that names its own metrics and breakdown asks for that table over the
 * last complete week (or month), not the general brief (#12: the answer is what was asked). The
 * brief keeps report questions that name no metric or no breakdown.
 */

import type { Catalog } from "../../semantic/catalog/types.ts";
import { frameFor } from "./frame.ts";
import { withMerBesideRoas } from "./honest-roas.ts";
import type { ParsedQuestion } from "./parse.ts";
import { settlePeriods } from "./period-settle.ts";
import { lastCompleteUnit } from "./time.ts";
import type { Frame } from "./types.ts";

const REPORT_WORD =
  /\b(?:summary|summaries|report|recap|digest|roundup|round up|rundown|run down|wrap up|wrapup|snapshot|breakdown)\b/;

/** The unit a report word implies: "weekly summary" a week, "monthly recap" a month. */
function reportUnit(text: string): "week" | "month" | undefined {
  if (/\b(?:monthly|month s|month in review|for the month)\b/.test(text)) return "month";
  if (/\b(?:weekly|week s|week in review|for the week)\b/.test(text)) return "week";
  return undefined;
}

/** What a summary-table question reads: the unit its report word implies. */
export interface SummaryTable {
  unit: "week" | "month";
}

/**
 * A report word with a unit, at least two named metrics and a breakdown other than time.
 * @example readSummaryTable(parse("weekly summary of spend, revenue and ROAS by channel")) // { unit: "week" }
 */
export function readSummaryTable(p: ParsedQuestion): SummaryTable | undefined {
  if (!REPORT_WORD.test(p.text) || p.metrics.length < 2) return undefined;
  if (!p.dims.dimensions.some((d) => d !== "date")) return undefined;
  const unit = reportUnit(p.text);
  return unit ? { unit } : undefined;
}

/**
 * The table's frame: the named metrics by the named breakdown over the period asked, else the last
 * complete week or month; no time series (the "weekly" is the report's period, not a grain).
 */
export function summaryTableFrame(
  p: ParsedQuestion,
  s: SummaryTable,
  catalog: Catalog,
  question: string,
): Frame {
  const base = frameFor("query", p, catalog);
  const frame: Frame = {
    ...base,
    intent: "query",
    dimensions: base.dimensions.filter((d) => d !== "date"),
    grain: undefined,
    period: p.time.period ?? lastCompleteUnit(s.unit, p.today),
  };
  return settlePeriods(withMerBesideRoas(frame, catalog, p.metrics), p, question);
}

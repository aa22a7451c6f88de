import {
  coverageNote,
  dataEndNote,
  formatChange,
  formatDate,
  formatPeriod,
  formatShare,
  formatValue,
  inSentence,
  isAdditive,
  periodCoverage,
  periodEndCoverage,
} from "./format.ts";
import type { AnswerRow, MetricSpec, MetricTableAnswerInput } from "./types.ts";

/** Breakdown rows written out in prose; the rest stay in the table and chart. */
export const MAX_ROWS_IN_TEXT = 5;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/**
 * The comparison to write, or none when its period lies before the data starts and holds no
 * values (a 0 there means "no data", not "fell by 100%"). `note` says so, or warns of partial cover.
 */
function usableComparison(input: MetricTableAnswerInput): {
  comparison: MetricTableAnswerInput["comparison"];
  note: string;
} {
  const c = input.comparison;
  if (!c) return { comparison: undefined, note: "" };
  const coverage = periodCoverage(c.period, input.dataStart);
  if (coverage === "full") return { comparison: c, note: "" };
  const empty = Object.values(c.totals).every((v) => v === null || v === 0);
  if (coverage === "none" && empty)
    return { comparison: undefined, note: coverageNote(c.period, input.dataStart) };
  // Values before the first ad-spend date can still come from other data (orders): keep them, with a caveat.
  return { comparison: c, note: coverageNote(c.period, input.dataStart, "partial") };
}

/**
 * A row's name in the text. A campaign reads by its name: the id rides along for the table and is
 * shown only when two rows share a name (`sharedNames`), to tell them apart.
 */
function rowName(
  row: AnswerRow,
  dims: MetricTableAnswerInput["dimensions"],
  sharedNames: ReadonlySet<string> = new Set(),
  grain?: MetricTableAnswerInput["grain"],
): string {
  const named = dims.some((d) => d.key === "campaign_name") && typeof row.campaign_name === "string";
  return dims
    .flatMap((d) => {
      const v = row[d.key];
      if (v === null || v === undefined) return d.key === "campaign_name" && !named ? [] : ["(none)"];
      if (d.key === "campaign" && named) return [];
      // "January 2026 / Affiliate", not "2026-01-01 / Affiliate".
      if (d.key === "date" && typeof v === "string" && ISO_DAY.test(v))
        return [formatDate(v, grain ?? "day")];
      if (d.key === "campaign_name" && sharedNames.has(String(v))) return [`${v} (id ${row.campaign})`];
      return [String(v)];
    })
    .join(" / ");
}

/** Campaign names that more than one row carries. */
function sharedCampaignNames(rows: readonly AnswerRow[]): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const r of rows) {
    if (typeof r.campaign_name !== "string") continue;
    if (seen.has(r.campaign_name)) shared.add(r.campaign_name);
    seen.add(r.campaign_name);
  }
  return shared;
}

function sameRow(a: AnswerRow, b: AnswerRow, dims: MetricTableAnswerInput["dimensions"]): boolean {
  return dims.every((d) => a[d.key] === b[d.key]);
}

/** "Spend $12,345 (up 12.3% from $10,990); ROAS 3.21x" for each metric with a total. */
function totalsSentence(
  input: MetricTableAnswerInput,
  totals: Record<string, number | null> = input.totals,
  metrics: readonly MetricSpec[] = input.metrics,
): string {
  const parts = metrics.flatMap((m) => {
    const value = totals[m.key];
    if (!isNumber(value)) return [];
    const previous = input.comparison?.totals[m.key];
    const change = isNumber(previous) ? ` (${formatChange(value, previous, m, input.currency)})` : "";
    return [`${m.label} ${formatValue(value, m, input.currency)}${change}`];
  });
  return parts.length > 0 ? `${parts.join("; ")}.` : "";
}

/** One line per shown row: value, share of the total, change vs the same row in the comparison. */
function rowLine(
  input: MetricTableAnswerInput,
  row: AnswerRow,
  metric: MetricSpec,
  sharedNames: ReadonlySet<string>,
): string {
  const value = row[metric.key];
  const name = rowName(row, input.dimensions, sharedNames, input.grain);
  if (!isNumber(value)) return `${name}: no data`;
  const details: string[] = [];
  const total = input.totals[metric.key];
  if (isAdditive(metric) && isNumber(total) && total !== 0 && value >= 0 && total > 0) {
    details.push(`${formatShare(value, total)} of the total`);
  }
  const previousRow = input.comparison?.rows?.find((r) => sameRow(r, row, input.dimensions));
  const previous = previousRow?.[metric.key];
  if (isNumber(previous)) details.push(formatChange(value, previous, metric, input.currency));
  const others = input.metrics
    .slice(1)
    .filter((m) => isNumber(row[m.key]))
    .map((m) => `${m.label} ${formatValue(row[m.key] as number, m, input.currency)}`);
  details.push(...others);
  return `${name}: ${formatValue(value, metric, input.currency)}${details.length > 0 ? ` (${details.join(", ")})` : ""}`;
}

/**
 * True when the period has no values: every total is null (or 0 in a period wholly after the last
 * data day or before the first, where a 0 means "no data"), and so is every row.
 */
function noValues(input: MetricTableAnswerInput): boolean {
  const outside =
    periodEndCoverage(input.period, input.dataEnd) === "none" ||
    periodCoverage(input.period, input.dataStart) === "none";
  const empty = (v: unknown) => v === null || v === undefined || (outside && v === 0);
  return (
    input.metrics.every((m) => empty(input.totals[m.key])) &&
    input.rows.every((r) => input.metrics.every((m) => empty(r[m.key])))
  );
}

/** What a blended spend ratio divides by, per metric key (tools/query-metrics/paid-totals.ts). */
const BLENDED_OVER: Record<string, string> = {
  cpa: "order",
  cac: "new customer",
  cost_per_session: "session",
};

/**
 * A paid breakdown's overall line over its rows with ad spend (the rows' own terms), and the
 * blended figure (ad spend over every order, organic and direct included) set apart and named,
 * since it sits below every paid row and would otherwise read as the paid total.
 */
function paidLines(input: MetricTableAnswerInput, by: string): { overall: string; apart: string[] } {
  const paid = input.paidTotals!;
  const overall = `Across the ${paid.count} ${by}${paid.count === 1 ? "" : "s"} with ad spend (ratios as total over total, the rows' own terms): ${totalsSentence(input, paid.totals)}`;
  const differs = input.metrics.filter(
    (m) => !isAdditive(m) && isNumber(input.totals[m.key]) && input.totals[m.key] !== paid.totals[m.key],
  );
  const blendedTotals = totalsSentence(input, input.totals, differs);
  const over = [...new Set(differs.map((m) => BLENDED_OVER[m.key] ?? "conversion"))].join(" / ");
  const apart = blendedTotals
    ? [
        `Blended, for reference (all ad spend over every ${over}, organic and direct included, so not comparable with the rows): ${blendedTotals}`,
      ]
    : [];
  return { overall, apart };
}

/**
 * Answer for a metric query: totals with their change vs the comparison period, then the leading
 * breakdown rows (share of the total for additive metrics, change vs the same row last period).
 * A comparison period before the first data date is stated as having no data, not compared as 0.
 * Rows are written in the order given (the query's order); a top-N cut is announced as such.
 * A period ending after the last data day says where the data ends, and one without values says
 * "No data for …" rather than printing an empty line.
 */
export function metricTableAnswer(given: MetricTableAnswerInput): string {
  const { comparison, note } = usableComparison(given);
  const input: MetricTableAnswerInput = { ...given, comparison };
  const lead = input.metrics[0];
  const period = formatPeriod(input.period);
  const comparedWith = input.comparison ? ` compared with ${formatPeriod(input.comparison.period)}` : "";
  const sentences = [`For ${period}${comparedWith}:`];
  const totals = totalsSentence(input);
  const notes = note ? [note] : [];
  // The asked period itself may start before the data does ("Q4 2025" when data starts in November).
  const covered = periodCoverage(input.period, input.dataStart);
  if (noValues(input)) {
    const none =
      dataEndNote(input.period, input.dataEnd, true) ||
      (covered === "none" ? coverageNote(input.period, input.dataStart, "none") : "") ||
      `No data for ${period}.`;
    return [none, ...notes].join(" ");
  }
  if (covered === "partial") notes.push(coverageNote(input.period, input.dataStart, "partial"));
  const end = dataEndNote(input.period, input.dataEnd);
  if (end) notes.push(end);
  if (input.dimensions.length === 0 || input.rows.length === 0 || lead === undefined) {
    if (totals) sentences.push(totals);
    if (input.dimensions.length > 0 && input.rows.length === 0) sentences.push("No rows matched.");
    return [...sentences, ...notes].join(" ");
  }
  // The campaign name rides along with the campaign id; it is not a breakdown of its own.
  const by = input.dimensions
    .filter((d) => d.key !== "campaign_name")
    .map((d) => (d.key === "date" && input.grain ? input.grain : inSentence(d.label)))
    .join(" and ");
  const shown = input.rows.slice(0, MAX_ROWS_IN_TEXT);
  const heading = input.topN
    ? `${input.topN.direction === "top" ? "Top" : "Bottom"} ${input.topN.n} by ${inSentence(lead.label)} (${by}):`
    : `${lead.label} by ${by}:`;
  const sharedNames = sharedCampaignNames(input.rows);
  const lines = shown.map((row) => `- ${rowLine(input, row, lead, sharedNames)}`);
  const more = input.rows.length > shown.length ? ["The remaining rows are in the table."] : [];
  // "Overall" rather than "Totals": for ratios it is the blended value over every row (ROAS over all
  // revenue and all spend), which marketers otherwise misread as a sum of the rows.
  // A ratio's overall figure is total over total (all orders, all spend), which can sit outside every
  // row's value (blended CPA below each paid campaign's, when unpaid orders count): say so.
  const blended = input.metrics.some((m) => !isAdditive(m) && isNumber(input.totals[m.key]));
  if (input.paidTotals) {
    const paid = paidLines(input, by);
    return [sentences[0], paid.overall, heading, ...lines, ...more, ...paid.apart, ...notes].join("\n");
  }
  // A top-N cut has no paid total of its own (the rows are not all of them): a spend-over-orders
  // total is then named as blended, since it sits below every paid row.
  const belowEveryRow = (m: MetricSpec) => {
    const total = input.totals[m.key];
    const values = input.rows.map((r) => r[m.key]).filter((v): v is number => isNumber(v) && v > 0);
    return isNumber(total) && values.length > 0 && total < Math.min(...values);
  };
  const blendedOver = input.dimensions.some((d) => d.key !== "date")
    ? [...new Set(input.metrics.flatMap((m) => (belowEveryRow(m) ? (BLENDED_OVER[m.key] ?? []) : [])))]
    : [];
  const overallHead = blendedOver.length
    ? `Blended, for reference (all ad spend over every ${blendedOver.join(" / ")}, organic and direct included, so not comparable with the rows)`
    : `Overall, across every ${by}${overallScope(input)}${blended ? " (ratios as total over total)" : ""}`;
  const overall = totals ? [`${overallHead}: ${totals}`] : [];
  // The kept rows' total leads when a threshold chose them (it is what "those combined" asks);
  // after a top-N cut it follows the rows.
  const kept = keptRowsTotal(input, by);
  const [before, after] = input.thresholded ? [kept, []] : [[], kept];
  return [sentences[0], ...before, ...overall, heading, ...lines, ...more, ...after, ...notes].join("\n");
}

/**
 * fix14d: "how much did those spend combined": when a threshold or a top-N cut keeps only some
 * rows, the additive figures summed over the rows kept (the overall line covers every row).
 * Each sum is a column sum of the result, which the verifier grounds.
 */
function keptRowsTotal(input: MetricTableAnswerInput, by: string): string[] {
  if (!(input.thresholded || input.topN) || input.rows.length < 2) return [];
  if (input.dimensions.some((d) => d.key === "date")) return [];
  const sums = input.metrics.filter(isAdditive).flatMap((m) => {
    const values = input.rows.map((r) => r[m.key]).filter(isNumber);
    if (values.length !== input.rows.length) return [];
    const sum = values.reduce((a, b) => a + b, 0);
    return [`${m.label} ${formatValue(sum, m, input.currency)}`];
  });
  if (!sums.length) return [];
  return [`Together, the ${input.rows.length} ${by} rows kept: ${sums.join("; ")}.`];
}

/** Which rows the overall line is over: those a filter kept, or every row before a threshold. */
function overallScope(input: MetricTableAnswerInput): string {
  if (input.thresholded) return ", including rows your threshold leaves out";
  return input.filtered ? " in this selection" : "";
}

/**
 * lead18: "rev/session by channel", "orders per 1k impressions", "what are we paying per engaged
 * session": a ratio of two catalog metrics the catalog holds no metric for. Before, the two parts
 * came back without the ratio that was the ask; now the query asks the tool to compute it
 * (tools/query-metrics/ratios.ts), first, with its parts beside it.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { buildLexicon, type LexiconMatch, matchLexicon } from "./lexicon.ts";
import type { DimensionValue, Frame } from "./types.ts";

/**
 * What may stand between the two metrics: "per", "/", "for each", a scale ("per 1k"), and a few
 * words of the ask ("orders do we get per 1k impressions").
 */
const BETWEEN =
  /^\s*(?:(?:do|does|did|we|you|u|i|they|it|get|got|make|made|see|saw|earn|bring|brought|are|is)\s+){0,4}(?:per|\/|for each|for every|per every|divided by)\s*(?:(1k|1000|a thousand|thousand|one thousand|100|a hundred|hundred)\s*)?$/;
const SCALE: Readonly<Record<string, 100 | 1000>> = {
  "1k": 1000,
  "1000": 1000,
  "a thousand": 1000,
  thousand: 1000,
  "one thousand": 1000,
  "100": 100,
  "a hundred": 100,
  hundred: 100,
};

/**
 * "per thousand impressions", "for every hundred clicks": the scale in digits, which the ratio
 * reader takes (a scale in words was read as a breakdown by "thousand").
 * @example scaleInDigits("orders per thousand impressions") // "orders per 1000 impressions"
 */
export function scaleInDigits(text: string): string {
  return text
    .replace(/\b(per|for every|for each) (?:a |one )?thousand\b/g, "$1 1000")
    .replace(/\b(per|for every|for each) (?:a |one )?hundred\b/g, "$1 100");
}

/** Intents whose answer is a metric table the ratio can lead. */
const TABLE_INTENTS = new Set(["query", "rank", "compare", "trend"]);

export interface AskedRatio {
  numerator: string;
  denominator: string;
  per?: 100 | 1000;
  /** The catalog metric that already is this ratio ("rev/session" is revenue per session). */
  metric?: string;
}

/** "what are we paying per engaged session": a verb of spending stands for ad spend. */
const PAYING_PER =
  /\b(?:paying|pay|paid|spending|spent|cost(?:s|ing)?(?: us)?)\s+(?:per|for each|for every|each)\s*(?:(1k|1000|a thousand|thousand|100|a hundred|hundred)\s*)?$/;

const metricOf = (m: LexiconMatch) => {
  const t = m.entries[0]?.target;
  return t?.kind === "metric" ? t.key : undefined;
};

/** A catalog metric that already is this ratio ("revenue / orders" is average order value). */
function catalogRatio(catalog: Catalog, top: string, bottom: string): string | undefined {
  const formula = `${top} / ${bottom}`;
  for (const m of catalog.metrics.values())
    if (m.definition.type === "formula" && m.definition.formula.replace(/\s+/g, " ").trim() === formula)
      return m.key;
  return undefined;
}

/** Whether the catalog defines `top` as something divided by `bottom` (a rate per `bottom`). */
function isRateOver(catalog: Catalog, top: string, bottom: string): boolean {
  const d = catalog.metrics.get(top)?.definition;
  return d?.type === "formula" && new RegExp(`/\\s*${bottom}\\s*$`).test(d.formula.trim());
}

/**
 * The ratios a question asks for by naming two metrics with "per" between them.
 * @example askedRatios("rev / session by channel", q, catalog, values) // [{ numerator: "revenue", denominator: "sessions" }]
 */
export function askedRatios(
  text: string,
  original: string,
  catalog: Catalog,
  values: readonly DimensionValue[],
): AskedRatio[] {
  const { matches } = matchLexicon(text, original, buildLexicon(catalog, values));
  const out: AskedRatio[] = [];
  const push = (top: string, bottom: string, scale: string | undefined) => {
    if (top === bottom) return;
    const per = scale ? SCALE[scale] : undefined;
    // fix17c: "unsubscribe rate per send", "ctr per impression": the rate already is per that
    // metric, so the ask is the rate itself (divided again it read 0.00).
    if (!per && isRateOver(catalog, top, bottom)) {
      out.push({ numerator: top, denominator: bottom, metric: top });
      return;
    }
    const metric = per ? undefined : catalogRatio(catalog, top, bottom);
    out.push({ numerator: top, denominator: bottom, ...(per ? { per } : {}), ...(metric ? { metric } : {}) });
  };
  for (let i = 0; i < matches.length; i++) {
    const b = matches[i]!;
    const bottom = metricOf(b);
    if (!bottom) continue;
    const a = matches[i - 1];
    const top = a ? metricOf(a) : undefined;
    const between = top && a ? BETWEEN.exec(text.slice(a.span.end, b.span.start)) : null;
    if (top && between) {
      push(top, bottom, between[1]);
      continue;
    }
    const paying = PAYING_PER.exec(text.slice(a ? a.span.end : 0, b.span.start));
    if (paying && catalog.metrics.has("spend")) push("spend", bottom, paying[1]);
  }
  return out;
}

/** The frame with the ratios the question asks for, when its answer is a metric table. */
export function withAskedRatios(
  frame: Frame,
  text: string,
  original: string,
  catalog: Catalog,
  values: readonly DimensionValue[],
): Frame {
  if (!TABLE_INTENTS.has(frame.intent)) return frame;
  // A part the breakdown cannot split (sessions by platform) has its nearest answer already.
  const splits = (m: string) =>
    frame.dimensions.every((d) => d === "date" || catalog.metrics.get(m)?.supportedDimensions.includes(d));
  const asked = askedRatios(text, original, catalog, values).filter(
    (r) => splits(r.numerator) && splits(r.denominator),
  );
  if (!asked.length) return frame;
  // A ratio the catalog holds leads as that metric; the others are computed by the tool.
  const held = asked.flatMap((r) => (r.metric ? [r.metric] : []));
  const parts = asked.flatMap((r) => [r.numerator, r.denominator]);
  const metrics = [...new Set([...held, ...frame.metrics, ...parts])];
  const ratios = asked.filter((r) => !r.metric).map(({ metric: _m, ...r }) => r);
  return { ...frame, metrics, ...(ratios.length ? { ratios } : {}) };
}

/** fix20b: catalog shares of money over money whose parts a reader wants beside the percentage. */
const SHOWN_WITH_PARTS: Readonly<Record<string, readonly string[]>> = {
  spend_to_revenue: ["spend", "revenue"],
};

/**
 * "marketing spend as % of revenue ytd": the share leads, with the spend and revenue it divides
 * after it (the answer said a percentage with no dollars behind it).
 * @example withShareParts({ intent: "query", metrics: ["spend_to_revenue"], ... }, catalog).metrics // ["spend_to_revenue", "spend", "revenue"]
 */
export function withShareParts(frame: Frame, catalog: Catalog): Frame {
  if (!TABLE_INTENTS.has(frame.intent)) return frame;
  const parts = frame.metrics.flatMap((m) => SHOWN_WITH_PARTS[m] ?? []).filter((m) => catalog.metrics.has(m));
  if (!parts.length) return frame;
  const shares = frame.metrics.filter((m) => SHOWN_WITH_PARTS[m]);
  const metrics = [...new Set([...shares, ...frame.metrics, ...parts])];
  return metrics.length === frame.metrics.length && metrics.every((m, i) => m === frame.metrics[i])
    ? frame
    : { ...frame, metrics };
}

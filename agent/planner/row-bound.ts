/**
 * fix20a: a bound put on the previous answer's rows without naming a metric ("only the ones below
 * 1%", "just those over 2x", "which were under $500", "anything above 60 percent?") after a
 * breakdown: the same rows (period, breakdown, filters) kept to those whose figure clears the
 * bound. The figure is the one the turn names, else the previous metric whose unit fits the
 * amount (a percentage, a multiple, money), else the one the rows were ranked or listed by. Read
 * alone the turn had no metric and was declined as unclear.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { normalize } from "./normalize.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { Frame, MetricFloor } from "./types.ts";

/** Metric frames with rows a bound can keep. */
const ROW_INTENTS = new Set(["query", "rank", "compare"]);

const ABOVE = "over|above|more than|greater than|higher than|at least|bigger than|exceeding|>=|>";
const BELOW = "under|below|less than|lower than|fewer than|at most|smaller than|<=|<";
/** Words before the bound: who is asked of ("only the ones", "which channels were", "anything"). */
const LEAD =
  String.raw`(?:(?:ok|okay|so|and|now|then|pls|please|can you|could you|also|hmm|great|cool|thanks)\s+)*` +
  String.raw`(?:(?:only|just|show(?: me)?|give me|keep(?: only)?|list|filter(?: (?:to|for))?|which|what|any|are there any|is there any|were there any|how about|what about)\s+)*` +
  String.raw`(?:(?:of\s+)?(?:the|those|these|them|ones?|rows?|channels?|campaigns?|platforms?|states?|regions?|emails?|sends?|sources?|anything|anyone|any|all)\s+){0,4}` +
  String.raw`(?:(?:that|which|who|where|with|whose)\s+)?` +
  String.raw`(?:(?:are|were|is|was|s|came in|come in|have|has|had|sit|sits|sitting|fall|fell|falls|land|landed|run|ran|running|got|get|went|go|currently|still)\s+){0,2}` +
  String.raw`(?:(?:at|a|an|of)\s+)?`;
const AMOUNT = String.raw`(?<cur>\$)?(?<n>\d+(?:\.\d+)?)\s?(?<unit>%|percent|pct|x|k|thousand|grand)?`;
const TAIL = String.raw`(?:\s+(?:or (?:more|less|so|higher|lower|above|below)|only|pls|please|then|too))*`;

/** "<lead> [metric words] <bound> <amount> [tail]": the whole turn. */
const BOUND_TURN = new RegExp(
  String.raw`^${LEAD}(?<words>(?:[a-z]+\s+){0,3}?)(?<bound>${ABOVE}|${BELOW})\s+${AMOUNT}${TAIL}$`,
);

type Kind = "percent" | "multiplier" | "currency" | "plain";

/** The previous metric a bound of this kind is on: the first of that format, else the ranked one. */
function metricFor(kind: Kind, prev: Frame, named: readonly string[], catalog: Catalog): string | undefined {
  const fmt = (m: string) => catalog.metrics.get(m)?.format;
  const fits = (m: string) =>
    kind === "plain" || fmt(m) === kind || (kind === "multiplier" && fmt(m) === "decimal");
  const own = named.filter((m) => catalog.metrics.has(m));
  if (own.length === 1) return fits(own[0]!) ? own[0] : undefined;
  if (own.length > 1) return undefined;
  const first = prev.order?.field ?? prev.metrics[0];
  if (first && fits(first)) return first;
  return prev.metrics.find(fits);
}

/**
 * The previous rows kept to those past the bound the turn states, or undefined when the turn is
 * not a bare bound on them.
 * @example rowBound(parse("only the ones below 1%"), conversionRateByChannel, "only the ones below 1%", catalog)?.floors // [{ field: "conversion_rate", op: "lt", value: 0.01 }]
 */
export function rowBound(
  p: ParsedQuestion,
  prev: Frame,
  question: string,
  catalog: Catalog,
): Frame | undefined {
  if (!ROW_INTENTS.has(prev.intent) || prev.dimensions.includes("date")) return undefined;
  if (!prev.dimensions.length || p.time.period || p.time.compare || p.dims.filters.length) return undefined;
  if (p.dims.dimensions.some((d) => !prev.dimensions.includes(d)) || p.floors.length) return undefined;
  const m = BOUND_TURN.exec(normalize(question).replace(/[?.!]+$/, ""));
  const g = m?.groups;
  if (!g) return undefined;
  // Words before the bound name its metric ("with a conversion rate below 1%"), nothing else.
  if (g.words?.trim() && (!p.metrics.length || p.unknownWords.length)) return undefined;
  const unit = g.unit ?? "";
  const kind: Kind = /^(?:%|percent|pct)$/.test(unit)
    ? "percent"
    : unit === "x"
      ? "multiplier"
      : g.cur
        ? "currency"
        : "plain";
  const field = metricFor(kind, prev, p.metrics, catalog);
  if (!field) return undefined;
  const percent = catalog.metrics.get(field)?.format === "percent";
  const thousands = unit === "k" || unit === "thousand" || unit === "grand" ? 1000 : 1;
  const value = (Number(g.n) * thousands) / (percent ? 100 : 1);
  const above = new RegExp(`^(?:${ABOVE})$`).test(g.bound!);
  const inclusive = /^(?:at least|at most|>=|<=)$/.test(g.bound!) || /\bor (?:more|less)\b/.test(m![0]);
  const op: MetricFloor["op"] = above ? (inclusive ? "gte" : "gt") : inclusive ? "lte" : "lt";
  const floors = [...(prev.floors ?? []).filter((f) => f.field !== field), { field, op, value }];
  const metrics = prev.metrics.includes(field) ? prev.metrics : [...prev.metrics, field];
  return {
    ...prev,
    intent: prev.intent === "rank" ? "query" : prev.intent,
    metrics,
    floors,
    limit: undefined,
    order: prev.order ?? { field, direction: above ? "desc" : "asc" },
  };
}

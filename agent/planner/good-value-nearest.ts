/**
 * fix12d: "what counts as a healthy cpc for search", "is a 1.2% click rate decent on tiktok", "what
 * roas should we be hitting on affiliate": what a *good* value of a rate is. The data holds no
 * benchmark, so the bare figure (what the answer gave) left the question unanswered while sounding
 * like one. The answer says first that there is no benchmark here, then gives the nearest thing we
 * can measure: the rate for every channel side by side (the one named among them) against the
 * period before, so it is judged against our own other channels and our own history.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { inSentence } from "../answer/format.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { Plan, PlannerContext } from "./types.ts";

/** "what's a good", "what counts as a healthy", "is a 2% ... decent". */
const GOOD_WORDS =
  "(?:good|great|healthy|decent|reasonable|normal|typical|acceptable|solid|realistic|respectable|strong|bad|poor|ok|okay)";
const ASKS_GOOD = new RegExp(
  String.raw`\b(?:what(?: is|s| would be| counts as| do (?:you|we|people) (?:call|consider)| does)?|how do (?:i|we) know (?:if|whether) (?:a|an|our|my)?)\s*(?:a |an )?(?:really |pretty |fairly )?${GOOD_WORDS}\b|\bis (?:a |an )?\d+(?:\.\d+)?\s*(?:%|percent|x|dollars?)?\s*(?:\w+\s+){0,3}(?:a )?${GOOD_WORDS}\b|\bwhat (?:\w+ ){1,3}should (?:we|i|it|they) (?:expect|aim for|target|be (?:getting|hitting|seeing|at|aiming for))\b`,
);

/** The rates a "good value" is asked of: a formula measure (CTR, CPC, ROAS, a rate), not a sum. */
function rateMetrics(p: ParsedQuestion, catalog: Catalog): string[] {
  // A good ROAS has an answer of our own: break-even at the gross margin (profitability's).
  return p.metrics.filter(
    (m) => catalog.metrics.get(m)?.definition.type === "formula" && !["roas", "mer", "poas"].includes(m),
  );
}

/** The channels and platforms the question names, as the answer names them. */
function namedLabels(p: ParsedQuestion, ctx: PlannerContext): string[] {
  return p.dims.filters.flatMap((f) =>
    (f.field === "channel" || f.field === "platform") && f.op === "in"
      ? f.values.map(
          (v) =>
            ctx.dimensionValues.find((d) => d.dimension === f.field && String(d.value) === String(v))
              ?.label ?? String(v),
        )
      : [],
  );
}

/**
 * The nearest answer to a "what is a good X" ask: X by channel against the period before, every
 * channel kept (the one named among them), with the no-benchmark note first; undefined otherwise.
 * @example goodValuePlan(parse("whats a healthy cpc for paid search"), ctx, replan)?.notes?.[0] // "There is no benchmark in your data ..."
 */
export function goodValuePlan(
  p: ParsedQuestion,
  ctx: PlannerContext,
  replan: (q: string, c: PlannerContext) => Plan,
): Plan | undefined {
  if (!ASKS_GOOD.test(p.text)) return undefined;
  const rates = rateMetrics(p, ctx.catalog);
  if (!rates.length || p.dims.dimensions.some((d) => d !== "channel")) return undefined;
  const labels = rates.map((m) => inSentence(ctx.catalog.metrics.get(m)?.label ?? m));
  const named = namedLabels(p, ctx);
  const period =
    p.time.period?.label && !/default/.test(p.time.period.label) ? ` ${p.time.period.label}` : "";
  const planned = replan(`${rates.join(" and ")} by channel${period} vs the period before`, ctx);
  if (planned.kind !== "tool_calls") return undefined;
  const where = named.length ? ` for ${named.join(" and ")}` : "";
  const own = named.length ? `${named.join(" and ")} beside your other channels` : "each channel";
  const note = `There is no benchmark in your data (no industry, competitor or platform-wide figures), so I can't say what a good ${labels.join(" or ")}${where} is in general. The nearest I can measure: ${own}, against the period before, so you can judge it against your own channels and your own history.`;
  return { ...planned, notes: [note, ...(planned.notes ?? [])] };
}

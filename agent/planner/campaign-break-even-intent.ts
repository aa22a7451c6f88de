/**
 * fix14a: whether named campaigns paid for themselves ("did the summer camping video and the
 * festival campaign break even", "was the gift guide carousel profitable at our margin"). Read
 * alone, the break-even words went to the catalog search, or the figures came without the verdict
 * asked of them. The answer is break-even ROAS at the organization's margin (the profitability
 * tool's break_even analysis) and the campaigns' own spend, attributed revenue and ROAS over their
 * runs, each row to be held against it; the model is the organization's default, named in the answer.
 */
import { CAMPAIGN_BREAK_EVEN_NOTE } from "../present/campaign-break-even-verdict.ts";
import { assembleCalls } from "./assemble.ts";
import { frameFor } from "./frame.ts";
import { normalize } from "./normalize.ts";
import type { Reading } from "./pipeline/types.ts";
import { profitabilityCall } from "./profitability-intent.ts";
import type { Frame, Period, Plan } from "./types.ts";

/** Break-even asked in words: "broke even", "paid off", "profitable", "made money". */
const BREAK_EVEN_WORDS =
  /\b(?:broke|break|breaks|breaking) ?even\b|\bprofitable\b|\bpa(?:y|ys|id|ying) (?:off|for (?:it|itself|themselves))\b|\b(?:make|made|making|lose|lost|losing) money\b|\bin the (?:black|red)\b/;

/** The span of the campaigns' flights (first to last day with spend), when every one has one. */
function flightsOf(r: Reading, values: readonly (string | number)[]): Period | undefined {
  const flights = values.map(
    (v) =>
      r.ctx.dimensionValues.find((d) => d.dimension === "campaign" && String(d.value) === String(v))?.flight,
  );
  if (!flights.length || flights.some((f) => !f)) return undefined;
  const from = flights.map((f) => f!.from).sort()[0]!;
  const to = flights
    .map((f) => f!.to)
    .sort()
    .at(-1)!;
  return { from, to, label: "the campaigns' runs" };
}

/** The plan of a break-even question about up to five named campaigns, else undefined. */
export function readCampaignBreakEven(r: Reading): Plan | undefined {
  // The question as asked too: "pay for itself" is read as ROAS before the text gets here.
  if (!BREAK_EVEN_WORDS.test(r.p.text) && !BREAK_EVEN_WORDS.test(normalize(r.question))) return undefined;
  const named = r.p.dims.filters.find((f) => f.field === "campaign" && f.op === "in");
  if (!named || !("values" in named) || named.values.length > 5) return undefined;
  const base = frameFor("query", r.p, r.ctx.catalog);
  const period = r.p.time.period ? base.period : (flightsOf(r, named.values) ?? base.period);
  const frame: Frame = {
    ...base,
    intent: "query",
    metrics: ["spend", "attributed_revenue", "roas"],
    dimensions: ["campaign"],
    // Platform words said beside a campaign ("the video one on meta") name the campaign, not a filter.
    filters: [named],
    excludeNone: ["campaign"],
    order: { field: "roas", direction: "desc" },
    limit: undefined,
    period,
  };
  return {
    kind: "tool_calls",
    intent: "query",
    // Break-even first, the threshold the rows are held against; the campaigns' rows are the table.
    calls: [profitabilityCall(frame, "break_even"), ...assembleCalls(frame)],
    frame,
    notes: [CAMPAIGN_BREAK_EVEN_NOTE],
  };
}

/**
 * fix8b: "is brand search eating too much budget", "are we putting too much into the prospecting
 * campaigns", "too much money on pmax?": overspending asked of campaigns, not channels. The
 * profitability tool fits the return of the next dollar per channel, so alone it answered a
 * channel question the user did not ask. The answer is the campaigns' own spend, revenue and ROAS
 * beside every other campaign's (their share of spend, their return against break-even), then
 * the channels' next-dollar return, with a note that says how the two read together.
 */
import { CAMPAIGN_VERDICT_NOTE } from "../present/campaign-spend-verdict.ts";
import { assembleCalls } from "./assemble.ts";
import { frameFor } from "./frame.ts";
import type { Reading } from "./pipeline/types.ts";
import { profitabilityCall, readProfitabilityIntent } from "./profitability-intent.ts";
import type { Frame, Plan } from "./types.ts";

/** "eating too much of the budget", "takes too big a share of spend": too much, told of a share. */
const TOO_MUCH =
  /\b(?:eat(?:s|ing)?|tak(?:es|ing)|us(?:es|ing)|soak(?:s|ing)? up|hog(?:s|ging)?|get(?:s|ting)?) (?:up )?(?:too much|too big a (?:share|chunk|slice)|too large a (?:share|chunk))\b|\btoo much (?:of (?:our|the|my) )?(?:budget|spend|money|ad spend)\b|\bover-?\s?(?:funded|invested|budgeted|allocated|resourced)\b|\b(?:throwing|pouring|sinking|putting) too much\b|\b(?:spend(?:ing)?|budget|costs?) (?:is |are |seems? |looks? )?too (?:high|much|big|large)\b/;

/** The plan of an overspend question that names campaigns, else undefined. */
export function readCampaignSpendCheck(r: Reading): Plan | undefined {
  if (readProfitabilityIntent(r.p.text) !== "overspend" && !TOO_MUCH.test(r.p.text)) return undefined;
  const named = r.p.dims.filters.find((f) => f.field === "campaign" && f.op === "in");
  if (!named || named.values.length > 5) return undefined;
  const base = frameFor("query", r.p, r.ctx.catalog);
  const others = base.filters.filter((f) => f.field !== "campaign" && f.field !== "channel");
  // Every campaign with spend, the named ones among them: their share and rank are the point.
  const all: Frame = {
    ...base,
    intent: "query",
    metrics: ["spend", "revenue", "roas"],
    dimensions: ["campaign"],
    filters: others,
    excludeNone: ["campaign"],
    order: { field: "spend", direction: "desc" },
  };
  const mine: Frame = { ...all, dimensions: [], filters: [...others, named], order: undefined };
  const labels = named.values.map(
    (v) =>
      r.ctx.dimensionValues.find((d) => d.dimension === "campaign" && String(d.value) === String(v))?.label ??
      String(v),
  );
  const note = `Spending too much is judged for ${labels.join(", ")}: first its spend, attributed revenue and ROAS (against break-even ROAS, one over your gross margin), then every campaign's spend so its share of the total shows, then the return of the next dollar, which is fitted per channel rather than per campaign. A campaign well above break-even is not overspent even when its channel's next dollar returns less; one below it is the first place to cut.`;
  return {
    kind: "tool_calls",
    intent: "query",
    calls: [...assembleCalls(mine), ...assembleCalls(all), profitabilityCall(base, "overspend")],
    frame: mine,
    // leftB: the verdict, read from the results in finalize (agent/present/campaign-spend-verdict.ts).
    notes: [CAMPAIGN_VERDICT_NOTE, note],
  };
}

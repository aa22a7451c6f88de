/**
 * "marginal ROAS of paid search right now", "what does the next dollar on Meta return",
 * "are we saturated on search": the return of the next dollar comes from the budget tool's fitted
 * response curves, not from average ROAS over a past period (which would answer a different
 * question, #12). A named channel or platform becomes a small what-if (+10% of its spend: what
 * the extra dollars return); with none named, the split at the current budget, which states each
 * channel's marginal return. The budget tool and its objective belong to the optimizer's owners.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { frameFor } from "./frame.ts";
import type { ParsedQuestion } from "./parse.ts";
import { asksStoppedWorking } from "./stopped-working-intent.ts";
import type { Frame, FrameBudgetChange } from "./types.ts";

const MARGINAL =
  /\b(?:marginal (?:roas|return|returns|roi|revenue|cpa|cost|profit|efficiency)|m ?roas|incremental roas|(?:next|last|incremental|additional|extra|marginal|one more) (?:dollar|euro|pound|buck)s?|diminishing returns?|saturat\w*|(?:response|spend|budget|saturation) curves?|room to (?:scale|grow|spend)|headroom|(?:stop|stops|stopped|quit) (?:paying off|return on ad spend|paying for itself|being profitable|working|making sense)|point of diminishing|(?:how much|how far) (?:more )?(?:can|could|should) (?:we|i) (?:spend|scale|push)\b.{0,30}\bbefore|(?:scale|spend) (?:up )?until)\b/;

/** Share of current spend the what-if adds for "the next dollar" of one channel or platform. */
const STEP_PERCENT = 10;

/** A period shorter than this is not a spend level: the default budget period stands in. */
const MIN_CURRENT_DAYS = 7;

function daysIn(period: { from: string; to: string }): number {
  return (
    Math.round((Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / 86_400_000) +
    1
  );
}

/**
 * fix18c: more budget weighed for one campaign: "should I increase the budget on Search - NonBrand -
 * Hiking Boots", "can we scale the advantage+ campaign", "worth putting more money into X?". With a
 * campaign named, the answer is that campaign's next dollar (its own +10% what-if), not a split of
 * every channel that never names it.
 */
const RAISE =
  /\b(?:should|shoud|shud|shld|sould|shall|can|could|would|do|is it (?:worth|smart|wise|a good idea)(?: to)?|worth|time to|ok to|okay to|safe to|room to|want to)\b.{0,30}?\b(?:increas\w*|rais\w*|up|upp\w*|bump\w*|boost\w*|scal\w*(?: up)?|grow\w*|push\w*|pour\w*|(?:put|putting|throw|throwing|add|adding|give|giving|spend|spending|invest|investing) (?:more|extra|additional)|more (?:budget|money|spend|dollars) (?:on|to|into|for|behind))\b|\b(?:give|giving|throw|throwing|allocate|allocating)\b.{0,50}?\bmore (?:budget|money|spend|dollars|cash)\b|^(?:more|extra|additional) (?:budget|money|spend) (?:on|to|into|for|behind)\b/;

/** Whether the question weighs more spend (a campaign named makes it that campaign's next dollar). */
export function asksRaise(text: string): boolean {
  return RAISE.test(text);
}

/** Whether the question asks for the return of the next dollar. */
export function asksMarginalReturn(text: string): boolean {
  // fix17c: "did paid social stop working" asks its performance over time, not a spend level.
  return MARGINAL.test(text) && !asksStoppedWorking(text);
}

/**
 * The budget frame of a marginal-return question, or undefined when it is not one.
 * @example marginalReturnFrame(parse("marginal roas of paid search"), catalog)?.budget?.changes
 * // [{ dimension: "channel", value: "paid_search", changePercent: 10 }]
 */
export function marginalReturnFrame(p: ParsedQuestion, catalog: Catalog): Frame | undefined {
  if (!asksMarginalReturn(p.text) && !asksCampaignRaise(p)) return undefined;
  // leftB: "at today's spend", "right now": the current level is recent spend over the budget
  // period's length (30 days by default), never one day's, whose spend is noise on the curve.
  const period = p.time.period;
  const oneDayish = period && daysIn(period) < MIN_CURRENT_DAYS;
  const frame = frameFor("budget", oneDayish ? { ...p, time: { ...p.time, period: undefined } } : p, catalog);
  const named = p.dims.filters.filter(
    (f): f is typeof f & { field: "channel" | "platform" | "campaign" } =>
      f.op === "in" && (f.field === "channel" || f.field === "platform" || f.field === "campaign"),
  );
  // fix18c: "more budget for Display - Prospecting - X": the campaign, not the channel its name says.
  const campaign = named.some((f) => f.field === "campaign");
  const changes: FrameBudgetChange[] = named
    .filter((f) => !campaign || f.field === "campaign")
    .flatMap((f) => f.values.map((value) => ({ dimension: f.field, value, changePercent: STEP_PERCENT })));
  const level = changes.some((c) => c.dimension === "platform") ? "platform" : "channel";
  return { ...frame, intent: "budget", budget: { ...p.budget, level, changes } };
}

/**
 * fix18c: more spend weighed for one to three campaigns named, with no change said ("should we
 * raise the budget on X"; "raise X by 20%" is campaign-budget-change.ts's what-if).
 */
export function asksCampaignRaise(p: ParsedQuestion): boolean {
  const campaigns = p.dims.filters.filter((f) => f.field === "campaign" && f.op === "in");
  const ids = campaigns.flatMap((f) => f.values);
  const named = campaigns.length === 1 ? ids.length >= 1 && ids.length <= 3 : oneChannelOrPlatform(p);
  return named && p.budget.changes.length === 0 && asksRaise(p.text);
}

/** Rows inside the channel asked to be picked: ad sets, campaigns, creatives, or a "which" question. */
const PICKS_ROWS =
  /\bad ?(?:sets?|groups?)\b|\badsets?\b|\bcampaigns\b|\bcreatives?\b|^(?:which|what)\b(?! if\b)/;

/**
 * fix20a: "should we increase the tiktok budget", "should we spend more on affiliate": one channel
 * or platform named and nothing else asked of the rows; its next dollar (a +10% what-if), as for a
 * campaign, not a split of every channel that never names it.
 */
function oneChannelOrPlatform(p: ParsedQuestion): boolean {
  // "which tiktok ad set should get more", "what google campaigns do i scale": its rows, picked.
  if (PICKS_ROWS.test(p.text)) return false;
  const where = p.dims.filters.filter((f) => f.field === "channel" || f.field === "platform");
  return (
    where.length === 1 &&
    where.length === p.dims.filters.length &&
    where[0]!.op === "in" &&
    where[0]!.values.length === 1 &&
    p.dims.dimensions.length === 0 &&
    p.budget.totalBudget === undefined &&
    p.budget.locked.length === 0
  );
}

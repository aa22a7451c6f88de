/**
 * fix17c: a what-if on a campaign named by its words ("what if we doubled the brand search
 * budget", "add 30% to the advantage+ campaign", "pause the cart abandoners retargeting"): campaign
 * names are read by their tokens (groups.ts), not by the lexicon the budget reader walks, so the
 * change was lost and the answer was a free split of every channel. The change said anywhere in
 * the question applies to the campaigns named (recommend_budget scores campaign changes).
 */
import type { BudgetRequest } from "./budget.ts";
import type { FrameBudgetChange, FrameFilter } from "./types.ts";

/** At most this many campaigns take one change ("the two brand campaigns"). */
const MAX_CAMPAIGNS = 3;

const UP =
  "increase|increased|increasing|raise|raised|raising|boost|boosted|boosting|bump|bumped|bumping|up|upped|add|added|adding|scale up|scaled up|grow|grew|more";
const DOWN =
  "cut|cutting|reduce|reduced|reducing|lower|lowered|lowering|trim|trimmed|trimming|slash|slashed|slashing|drop|dropped|less|scale back|scaled back|scale down|scaled down";

/**
 * The change the words say, as a percent of current spend.
 * @example changeSaid("what if we doubled the brand budget") // 100
 * @example changeSaid("cut the retargeting campaign by 25%") // -25
 */
export function changeSaid(text: string): number | undefined {
  const pct = new RegExp(
    String.raw`\b(?:(${UP})|(${DOWN}))\b(?:\s+[\w+&'-]+){0,8}?\s+(?:by\s+)?(\d+(?:\.\d+)?)\s*(?:%|percent|pct)|(\d+(?:\.\d+)?)\s*(?:%|percent|pct)\s+(?:(more|extra|increase|higher|up)|(less|cut|decrease|lower|down))\b`,
  ).exec(text);
  if (pct) {
    const n = Number(pct[3] ?? pct[4]);
    return pct[2] || pct[6] ? -n : n;
  }
  if (/\b(?:double|doubled|doubling|2x|twice)\b/.test(text)) return 100;
  if (/\b(?:triple|tripled|tripling|3x)\b/.test(text)) return 200;
  if (/\b(?:halve|halved|halving|cut (?:it |them |\w+ )?in half|by half)\b/.test(text)) return -50;
  if (
    /\b(?:pause|paused|pausing|turn(?:ed)? off|switch(?:ed)? off|kill|killed|stop|stopped|shut (?:off|down))\b/.test(
      text,
    )
  )
    return -100;
  return undefined;
}

/**
 * The budget request with the campaigns' change, when the reader found no change and one to three
 * campaigns are named (and no total budget is asked).
 */
export function withCampaignChange(
  budget: BudgetRequest,
  text: string,
  filters: readonly FrameFilter[],
): BudgetRequest {
  if (budget.changes.length || budget.totalBudget !== undefined) return budget;
  if (budget.totalBudgetChangePercent !== undefined || budget.extraBudget !== undefined) return budget;
  const campaigns = filters.filter((f) => f.field === "campaign" && f.op === "in");
  const ids = campaigns.flatMap((f) => f.values);
  if (campaigns.length !== 1 || ids.length === 0 || ids.length > MAX_CAMPAIGNS) return budget;
  const percent = changeSaid(text);
  if (percent === undefined) return budget;
  const changes: FrameBudgetChange[] = ids.map((value) => ({
    dimension: "campaign",
    value,
    changePercent: percent,
  }));
  return { ...budget, changes };
}

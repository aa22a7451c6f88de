/**
 * fix12d: "which of these two should get the extra money, campaign A or campaign B", "do we push
 * A harder or B": a choice between named campaigns. The budget words alone made it a channel
 * budget plan that never looked at either campaign (a different question, #12). The answer is the
 * campaigns' own spend, return and cost per order side by side over a recent stretch, a verdict in
 * words read from those rows (agent/present/campaign-pick-verdict.ts), and break-even with the
 * channels' next-dollar return from the profitability tool, which fits curves per channel, not per
 * campaign (said in the answer).
 */
import { addDays } from "../../semantic/query/dates.ts";
import { CAMPAIGN_PICK_NOTE } from "../present/campaign-pick-verdict.ts";
import { assembleCalls } from "./assemble.ts";
import { frameFor } from "./frame.ts";
import type { Reading } from "./pipeline/types.ts";
import { profitabilityCall } from "./profitability-intent.ts";
import type { Frame, Plan } from "./types.ts";

/** Putting more behind one of them: scale, grow, fund, push, back, bet on, prioritise. */
const MORE_BEHIND =
  /\b(?:scal(?:e|ing)(?! (?:back|down))(?: up)?|grow|push(?: harder| more)?|back|bet on|double down(?: on)?|lean (?:into|in on)|prioriti[sz]e|fund|invest (?:more )?in|ramp(?: up)?|(?:put|pour|throw|move|shift|give|add) (?:the )?(?:more |extra |additional )?(?:money|budget|spend|dollars|cash|funds)|(?:more|extra|additional) (?:money|budget|spend|dollars|funding)|deserves? (?:more|the)|gets? (?:more|the extra|the budget))\b/;

/** The choice between them: "or", "vs", "which one", "between". */
const CHOICE =
  /\b(?:or|vs|versus|which(?: one| of (?:them|the two|these|those))?|between|rather than|instead of)\b/;

/** With no period named, the last 90 days of data: a decision to scale reads recent performance. */
const RECENT_DAYS = 90;

/**
 * The plan for a choice between two or three named campaigns, or undefined.
 * @example readCampaignPick(reading("should we grow bf24 prospecting or summer sale prospecting"))?.calls.map((c) => c.name)
 * // ["profitability", "query_metrics"]
 */
export function readCampaignPick(r: Reading): Plan | undefined {
  const text = r.p.text;
  if (!MORE_BEHIND.test(text) || !CHOICE.test(text)) return undefined;
  const named = r.p.dims.filters.find((f) => f.field === "campaign" && f.op === "in");
  if (!named || named.values.length < 2 || named.values.length > 3) return undefined;
  const base = frameFor("query", r.p, r.ctx.catalog);
  const stated = r.p.time.period !== undefined;
  const end = base.period.to;
  const period = stated
    ? base.period
    : {
        from: addDays(end, -(RECENT_DAYS - 1)),
        to: end,
        label: `last ${RECENT_DAYS} days (default for a scaling choice)`,
      };
  const frame: Frame = {
    ...base,
    intent: "query",
    metrics: ["spend", "revenue", "roas", "orders", "cpa"],
    dimensions: ["campaign"],
    filters: [...base.filters.filter((f) => f.field !== "campaign"), named],
    excludeNone: ["campaign"],
    order: { field: "roas", direction: "desc" },
    limit: undefined,
    period,
  };
  const note =
    "Return on the next dollar is fitted per channel, not per campaign, so the campaigns are judged on their own ROAS and cost per order; the channels' next-dollar return and break-even follow below the campaigns.";
  return {
    kind: "tool_calls",
    intent: "query",
    // The campaigns' rows last: they are the answer's table; break-even comes from profitability.
    calls: [profitabilityCall(base, "overspend"), ...assembleCalls(frame)],
    frame,
    notes: [CAMPAIGN_PICK_NOTE, note],
  };
}

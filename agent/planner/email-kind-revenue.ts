/**
 * fix14a: money per email asked of the newsletter against the promos ("what does each send earn,
 * newsletter vs promo emails", "rev per email: promos or the weekly newsletter"). Orders are linked
 * to the Email channel, never to one email campaign, so revenue per send cannot be split by kind.
 * Read as anything else it answered a different question (a schedule for "weekly ... email", or the
 * promos' engagement alone). The answer: the program's revenue per send over the period, then the
 * nearest split the data has, each kind's sends and clicks per send (click rate) as two groups,
 * with a note that says so.
 */
import { assembleCalls } from "./assemble.ts";
import { PROMO_WORDS } from "./email-groups.ts";
import { withEmailKindGroups } from "./email-kind-groups.ts";
import { campaignPeriod, frameFor } from "./frame.ts";
import type { Reading } from "./pipeline/types.ts";
import type { Frame, Plan } from "./types.ts";

/** Money words: what an email "makes". */
const MONEY = /\b(?:revenue|rev|sales|income|money|earn\w*|make|makes|made|return\w*|rps|dollars?|\$)\b/;

/** The note the answer leads with: why the split is clicks, not revenue. */
export const EMAIL_KIND_REVENUE_NOTE =
  "Orders are credited to the Email channel, not to one email campaign, so revenue per send can't be split between the newsletter and the promos. Shown: the whole program's email revenue per send, then the nearest split the data has, each kind's sends and clicks per send (click rate).";

/** The newsletter, with or without "the": "newsletter vs promos" names the one newsletter too. */
const NEWSLETTER = /\bnews ?letters?\b|\btrail notes\b/;
/** The promos: "promo emails", "the promos", "a promo". */
const PROMOS = /\bpromos?\b/;

/** Whether the question asks the money per email of the newsletter against the promos. */
export function readEmailKindRevenue(r: Reading): true | undefined {
  const t = r.p.text;
  return NEWSLETTER.test(t) && (PROMO_WORDS.test(t) || PROMOS.test(t)) && MONEY.test(t) ? true : undefined;
}

/** The program's revenue per send, then the newsletter and the promos as two groups. */
export function emailKindRevenuePlan(r: Reading): Plan {
  const base = frameFor("query", r.p, r.ctx.catalog);
  // Promos go out on a handful of days a year: with no period named, the last twelve months.
  const period = r.p.time.period ? base.period : campaignPeriod(r.p.today, r.p.dataEnd);
  const every = r.ctx.dimensionValues.filter((v) => v.dimension === "email_campaign").map((v) => v.value);
  const program: Frame = {
    intent: "query",
    metrics: ["email_revenue", "email_sends", "email_revenue_per_send"],
    dimensions: [],
    filters: [],
    period,
  };
  const kinds = withEmailKindGroups(
    {
      intent: "query",
      metrics: ["email_sends", "email_clicks", "email_click_rate"],
      dimensions: [],
      filters: [{ field: "email_campaign", op: "in", values: every }],
      period,
    },
    // The groups' own reader: the two kinds named, without the "per send" that asks for members.
    "the newsletter vs promos",
    r.ctx.dimensionValues,
  );
  const frames = kinds.groups?.length ? [program, kinds] : [program];
  return {
    kind: "tool_calls",
    intent: "query",
    calls: frames.flatMap((f) => assembleCalls(f)),
    frame: frames[frames.length - 1]!,
    notes: [EMAIL_KIND_REVENUE_NOTE],
  };
}

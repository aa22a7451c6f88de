/**
 * left16a: costs marketers ask for that the data does not hold. The only cost recorded is ad
 * spend per campaign per day (Impact's affiliate cost included); commissions and payouts per
 * partner, agency fees and retainers, salaries, tools, and the cost of the goods sold are not.
 * A catalog search for "pay out commissions" listed cost metrics as if one of them were the
 * answer; instead the answer says first what is missing, then gives the nearest figure the data
 * has, labelled as what it is (untracked-data-intent.ts plans it with the question's period).
 * Email costs are the email answer's (email-intent.ts): its nearest is revenue per send.
 */
import type { UntrackedKind } from "./untracked-data-intent.ts";

/** A payment to a partner, as a marketer names it. */
const PAYOUT =
  /\b(?:commissions?|payouts?|pay ?outs?|paid out|pay(?:ing)? out|partner (?:payments?|fees|costs?)|(?:affiliate|partner|publisher) (?:bonus(?:es)?|fees|payments?|earnings|cpa payments?)|bounties|bounty payments?)\b/i;

/** Costs of people, agencies and tools, which sit outside the ad platforms (email's are the email answer's). */
const OVERHEAD =
  /^(?!.*\b(?:e ?mails?|newsletters?|esp)\b).*\b(?:agency (?:fees?|retainers?|costs?|bills?|invoices?|charges?)|(?:agency|monthly|marketing) retainers?|retainers? (?:fees?|costs?)|management fees?|salar(?:y|ies)|wages|payroll|headcount costs?|(?:staff|team|people|labou?r|freelancer|contractor|consultant) (?:costs?|fees?|spend|time)|(?:software|tools?|tooling|saas|martech|tech stack) (?:costs?|fees?|spend|bills?|subscriptions?)|overheads?|(?:platform|transaction|payment processing|processing) fees?)\b/i;

/** The cost of goods asked as a figure; "profit after cogs" is the profitability answer's. */
const GOODS_COST =
  /^(?!.*\b(?:after|net of|minus|less|once|counting|including|with|excluding|beyond|besides)\b.{0,12}\b(?:cogs|cost of goods|product costs?|landed costs?|unit costs?)\b).*\b(?:cogs|cost of goods(?: sold)?|product costs?|landed costs?|unit costs?|cost per unit)\b/i;

export const UNTRACKED_COSTS: readonly UntrackedKind[] = [
  {
    words: PAYOUT,
    note: "Commissions and payouts to partners are not stored in your data: Impact's affiliate cost comes in per campaign per day as ad spend, with no payout per partner, publisher or order, so I can't say what was paid out in commissions.",
    nearest:
      "The nearest is affiliate spend per partner program (each affiliate campaign), as recorded from Impact: it is spend, not a payout statement:",
    offer: "affiliate spend by campaign",
  },
  {
    words: OVERHEAD,
    note: "Agency fees, retainers, salaries, tools and other overheads are not in your data: the only marketing cost recorded is ad spend on the ad platforms, so I can't give those costs or a figure net of them.",
    nearest: "The nearest is the cost that is recorded, ad spend by channel:",
    offer: "ad spend by channel",
  },
  {
    words: GOODS_COST,
    note: "Cost of goods is not recorded per order or product: profit figures here apply one gross margin setting to revenue (the margin is stated below), so there is no actual COGS to report.",
    nearest: "The nearest is revenue at that margin, after ad spend:",
    offer: "contribution margin after ad spend",
  },
];

/**
 * Email questions read as email (#12): "email click rate" / "newsletter CTR" are email clicks over
 * sends, not ad clicks; "ROI of email" answers what exists (email has no ad spend: its revenue,
 * sends and revenue per send, with a sentence saying ROI needs a cost); "revenue by email
 * campaign" says the email data has no order link per email campaign and gives each email
 * campaign's engagement beside the Email channel's revenue.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { assembleCalls } from "./assemble.ts";
import { namedEmailGroup } from "./email-groups.ts";
import { judgeSendsByClickRate, readEmailPerformance } from "./email-performance.ts";
import { applyEmailWeekday } from "./email-weekday.ts";
import { campaignPeriod, frameFor } from "./frame.ts";
import type { ParsedQuestion } from "./parse.ts";
import { shareAsBreakdown } from "./share.ts";
import type { DimensionValue, Frame, Plan } from "./types.ts";

const EMAIL_CONTEXT =
  /\b(?:e ?mails?|e mail|newsletters?|klaviyo|mailchimp|mailings?|mail outs?|email (?:campaigns?|flows?|blasts?)|edms?)\b/;
/** Ad words that keep "clicks" an ad metric even beside "email" ("ad clicks vs email clicks" aside). */
const AD_CONTEXT = /\b(?:ads?|paid|google|meta|facebook|tiktok|display|search|social|cpc|impressions)\b/;
const CLICK_RATE = /\b(?:click (?:through )?rates?|click thru rates?|clickthrough rates?|ctr|ctrs)\b/;
const RETURN_WORDS =
  /\b(?:roi|roas|return on (?:investment|ad spend|spend)|returns?|profitab\w*|pay(?:s|ing)? (?:off|back|for itself)|worth it|payback|romi|ma(?:ke|de|king) money)\b/;
/** A cost of email asked for ("cost per send", "our esp fees", "what are we paying per email"). */
export const EMAIL_COST_WORDS =
  /\b(?:cost(?:s|ing)?|fees?|bills?|billing|expenses?|paying|pay for|price|pricing|subscription|charges?)\b/;

/** Costs per order or customer, which email (no ad spend) cannot have. */
const COST_PER_ORDER = new Set(["cpa", "cac"]);

/** Whether the question's only channel filter keeps email alone ("cpa for email"). */
function emailAlone(p: ParsedQuestion): boolean {
  const channels = p.dims.filters.filter((f) => f.field === "channel");
  return (
    channels.length === 1 &&
    channels[0]!.op === "in" &&
    JSON.stringify(channels[0]!.values) === JSON.stringify(["email"]) &&
    !p.dims.dimensions.length
  );
}

/** Ad metrics and their email counterparts, for questions about email. */
const EMAIL_EQUIVALENT: Record<string, string> = {
  clicks: "email_clicks",
  ctr: "email_click_rate",
  click_through_rate: "email_click_rate",
  impressions: "email_sends",
};

const EMAIL_ENGAGEMENT = ["email_sends", "email_open_rate", "email_click_rate"];

/** Whether the question is about the email program (and not also about ads). */
export function isEmailQuestion(text: string): boolean {
  // "is email worth it" is paraphrased to "return on ad spend": that "ad" is not about ads.
  return EMAIL_CONTEXT.test(text) && !AD_CONTEXT.test(text.replace(/\breturn on ad spend\b/g, "roas"));
}

/**
 * Whether a question with no email or ad words of its own continues an answer about email ("how's
 * email engagement" then "which campaign had the best click rate?"): its campaigns and clicks are
 * the emails'.
 */
function continuesEmailThread(text: string, previous: Frame): boolean {
  const emailOnly = previous.metrics.length > 0 && previous.metrics.every((m) => m.startsWith("email_"));
  return emailOnly && !EMAIL_CONTEXT.test(text) && !AD_CONTEXT.test(text);
}

/**
 * Put email metrics in place of ad metrics the question means for email ("email clicks", "CTR of
 * our newsletter"), in place. Returns whether the question now asks for email metrics.
 */
export function readEmailMetrics(
  p: ParsedQuestion,
  catalog: Catalog,
  previous?: Frame,
  sendNamed = false,
): boolean {
  // "email rev": revenue on the Email channel (one reading for breakdowns and comparisons), not the
  // credited-revenue metric the ROI answer uses, which the lexicon can match word by word.
  if (p.metrics.includes("email_revenue") && !/\bcredited\b/.test(p.text)) {
    p.metrics = p.metrics.map((m) => (m === "email_revenue" ? "revenue" : m));
    if (!p.dims.filters.some((f) => f.field === "channel"))
      p.dims.filters.push({ field: "channel", op: "in", values: ["email"] });
    // leftA: "email rev as a % of the total, monthly": a share needs the other channels too, as
    // for "what share of revenue came from email" (share.ts), which parse read before this.
    shareAsBreakdown(p.dims, p.text);
  }
  const thread = previous !== undefined && continuesEmailThread(p.text, previous);
  // fix7e: a send named with no email word ("click rate for weekly trail notes") is about email,
  // unless the words also name ad campaigns or ads.
  const viaSend =
    sendNamed && !AD_CONTEXT.test(p.text) && !p.dims.filters.some((f) => f.field === "campaign");
  // fix9e: measures only email has ("click-to-open rate by campaign", "unsubscribes per campaign"):
  // the campaigns are email campaigns, a split the data has, not ad campaigns it cannot split by.
  if (p.metrics.length > 0 && p.metrics.every((m) => m.startsWith("email_")) && !AD_CONTEXT.test(p.text))
    p.dims.dimensions = p.dims.dimensions.map((d) => (d === "campaign" ? "email_campaign" : d));
  if (!isEmailQuestion(p.text) && !thread && !viaSend) return false;
  // fix13b: "how did email do": the program's own measures (email-performance.ts).
  if (!thread && !viaSend && readEmailPerformance(p, catalog)) return true;
  // "which campaign had the best click rate?" after an email answer: the email campaigns.
  if (thread) {
    p.dims.dimensions = p.dims.dimensions.map((d) => (d === "campaign" ? "email_campaign" : d));
    // "which send did best": a send is an email campaign here, not the sends count.
    if (
      /\b(?:which|what|top|best) (?:sends?|blasts?|mailings?)\b/.test(p.text) &&
      !p.dims.dimensions.length
    ) {
      p.dims.dimensions = ["email_campaign"];
      if (p.metrics.length > 1) p.metrics = p.metrics.filter((m) => m !== "email_sends");
    }
    // fix14d: "which of those opened best" after a list of emails ranks the listed emails.
    if (p.ranking && !p.dims.dimensions.length && previous.dimensions.includes("email_campaign"))
      p.dims.dimensions = ["email_campaign"];
    // fix13b: "which send was best": judged by click rate, not counted by sends.
    judgeSendsByClickRate(p, catalog);
    // The thread's period unless this turn names one.
    if (!p.time.period) p.time.period = previous.period;
  }
  let metrics = p.metrics.map((m) => EMAIL_EQUIVALENT[m] ?? m);
  if (CLICK_RATE.test(p.text)) metrics = metrics.map((m) => (m === "email_clicks" ? "email_click_rate" : m));
  if (CLICK_RATE.test(p.text) && !metrics.includes("email_click_rate")) metrics.push("email_click_rate");
  if (/\bopen (?:rates?|(?:and|&) click)\b/.test(p.text) && metrics.includes("email_opens"))
    metrics = metrics.map((m) => (m === "email_opens" ? "email_open_rate" : m));
  metrics = [...new Set(metrics)].filter((m) => catalog.metrics.has(m));
  if (p.orderMetric && EMAIL_EQUIVALENT[p.orderMetric]) p.orderMetric = EMAIL_EQUIVALENT[p.orderMetric];
  if (p.orderMetric === "email_clicks" && CLICK_RATE.test(p.text)) p.orderMetric = "email_click_rate";
  p.metrics = metrics;
  // "top newsletters by clicks": the items ranked are email campaigns.
  // fix7e: "which email made the most money", "what was our best send": one email of several.
  if (
    p.ranking &&
    !p.dims.dimensions.length &&
    (/\b(?:newsletters|e ?mails|campaigns|flows|blasts|mailings)\b/.test(p.text) ||
      /\b(?:which|what|top|best|worst) (?:(?:single|one|individual|promo|promotional) )?(?:e ?mail|newsletter|send|blast|mailing|email campaign)\b/.test(
        p.text,
      ))
  )
    p.dims.dimensions = ["email_campaign"];
  // fix14d: "a list of the emails sent in august with their sends", "every newsletter that went
  // out": one row per email campaign with its figure, not the period's one total.
  if (!p.dims.dimensions.length && EMAIL_LIST.test(p.text) && !ONE_TOTAL.test(p.text))
    p.dims.dimensions = ["email_campaign"];
  applyEmailWeekday(p); // leftA: sends and rates by weekday over a year (email-weekday.ts)
  return p.metrics.some((m) => m.startsWith("email_"));
}

/** The emails asked for as items: "list of emails", "every newsletter", "each send", "per blast". */
const EMAIL_LIST =
  /\b(?:list(?: out)?(?: of)?|rundown of|breakdown of|each|every|all(?: of)?|which|what) (?:the |our |my )?(?:individual |separate |different )?(?:e ?mails|newsletters|email campaigns|email sends|sends|blasts|mailings|campaigns)\b|\b(?:each|every|individual) (?:e ?mail|newsletter|send|blast|mailing)\b(?! (?:sends?|opens?|clicks?|revenue|rates?|channel)\b)/;
/** One figure for them all: "total sends across all the emails". */
const ONE_TOTAL = /\b(?:total|overall|combined|altogether|in all|all together|sum)\b/;

function plan(frame: Frame, calls = assembleCalls(frame)): Plan {
  return { kind: "tool_calls", intent: frame.intent, calls, frame };
}

/** The answers only email has: ROI of email, and revenue by email campaign. */
export type EmailAnswer = "roi" | "by_email_campaign";

/**
 * Which email-only answer the question asks for (no cost recorded as ad spend for ROI, no order
 * link per email campaign), or undefined for every other question.
 */
export function readEmailAnswer(p: ParsedQuestion, catalog: Catalog): EmailAnswer | undefined {
  // leftA: "which promo send made the most revenue": a named group of emails is about email too.
  const emailsNamed = p.dims.filters.some((f) => f.field === "email_campaign");
  if (!(isEmailQuestion(p.text) || emailsNamed) || !catalog.metrics.has("email_revenue_per_send"))
    return undefined;
  const byEmailCampaign = p.dims.dimensions.includes("email_campaign");
  // left16a: "what does each send cost us": no email cost is recorded, so the nearest is the ROI
  // answer's revenue per send, whatever breakdown "send" was read as (answer/email-notes.ts says why).
  if (EMAIL_COST_WORDS.test(p.text)) return "roi";
  // para20: "cpa for email", "email cac": a cost per order of email alone has no cost to divide
  // (email's costs are not ad spend), so the same nearest answer.
  if (p.metrics.some((m) => COST_PER_ORDER.has(m)) && emailAlone(p)) return "roi";
  if (RETURN_WORDS.test(p.text) && !byEmailCampaign) return "roi";
  // "which promo send got the most clicks": clicks of emails are the emails' own measure, not
  // revenue the data cannot split by email.
  const notEmail = p.metrics.filter((m) => !m.startsWith("email_") && !(emailsNamed && m === "clicks"));
  if (!byEmailCampaign || p.signals.listDimension) return undefined;
  const performance = /\b(?:perform\w*|how (?:did|do|are|were|is)|results?|doing)\b/.test(p.text);
  if (p.metrics.length ? !notEmail.length : !performance) return undefined;
  return "by_email_campaign";
}

/** The plan of an email-only answer `readEmailAnswer` found. */
export function planEmailAnswer(
  answer: EmailAnswer,
  p: ParsedQuestion,
  catalog: Catalog,
  values: readonly DimensionValue[] = [],
): Plan {
  if (answer === "roi") {
    const frame = frameFor("query", p, catalog);
    return plan({
      ...frame,
      metrics: ["email_revenue", "email_sends", "email_revenue_per_send"],
      dimensions: frame.dimensions.filter((d) => d === "date"),
      filters: [],
    });
  }
  // Revenue, orders or ROAS per email campaign: engagement per email campaign, revenue per channel.
  // leftA: "which promo email brought in the most sales": the promos only, over the last twelve
  // months when no period is named (each went out on one day, most of them long before the last
  // 30 days), not every send of the default month.
  const group = namedEmailGroup(p, values);
  if ((group?.kinds.includes("promo") || group?.kinds.includes("named")) && !p.time.period)
    p.time.period = campaignPeriod(p.today, p.dataEnd);
  const base = frameFor("query", p, catalog);
  // The emails the question names: a group applied while reading it (email-groups.ts) or here.
  const named = p.dims.filters.filter((f) => f.field === "email_campaign");
  const members: Frame["filters"] = named.length
    ? named
    : group
      ? [{ field: "email_campaign", op: "in", values: group.values }]
      : [];
  // fix7e: "which email drove the most revenue": a ranking is by email clicks, the emails' own
  // count of shoppers sent to the site (the nearest the data comes to revenue per email).
  const ranked = p.ranking !== undefined;
  const engagement: Frame = {
    ...base,
    metrics: [
      ...new Set([
        ...p.metrics.filter((m) => m.startsWith("email_")),
        ...(ranked ? ["email_clicks"] : []),
        ...EMAIL_ENGAGEMENT,
      ]),
    ],
    dimensions: ["email_campaign"],
    filters: members,
    order: { field: ranked ? "email_clicks" : "email_click_rate", direction: "desc" },
    limit: undefined,
  };
  const revenue: Frame = {
    ...base,
    metrics: ["email_revenue"],
    dimensions: [],
    filters: [],
    order: undefined,
    limit: undefined,
  };
  return plan(engagement, [...assembleCalls(revenue), ...assembleCalls(engagement)]);
}

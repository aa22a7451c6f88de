/**
 * Sentences an email answer needs beside its figures (#12), from the question and the calls made:
 * "ROI of email" when no email cost is recorded, and "revenue by email campaign" when the email
 * data has no order link per email campaign. No figures: they only say what the data holds.
 */

/** One tool call of the turn: its name and arguments. */
export interface NotedCall {
  name: string;
  args: Record<string, unknown>;
}

const RETURN_WORDS =
  /\b(?:roi|roas|return on|returns?|profitab\w*|pay(?:s|ing)? (?:off|back|for itself)|worth it|payback|romi)\b/i;
/** para20: "cpa for email", "email cac": a cost per order or customer is a cost asked for too. */
const COST_WORDS =
  /\b(?:cost(?:s|ing)?|fees?|bills?|billing|expenses?|paying|pay for|price|pricing|subscription|charges?|cpas?|cacs?)\b/i;
const MONEY_WORDS =
  /\b(?:revenue|sales|orders?|roas|conversions?|money|purchases?|performance|perform\w*)\b/i;

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/**
 * The notes, in reading order (empty when none applies).
 * @example emailNotes("ROI of email", [{ name: "query_metrics", args: { metrics: ["email_revenue_per_send"] } }])
 */
export function emailNotes(question: string, calls: readonly NotedCall[]): string[] {
  const metrics = calls.filter((c) => c.name === "query_metrics").flatMap((c) => list(c.args.metrics));
  const dimensions = calls.filter((c) => c.name === "query_metrics").flatMap((c) => list(c.args.dimensions));
  const notes: string[] = [];
  // left16a: "what does a send cost us", "email roi after costs": the cost is what is missing.
  if (metrics.includes("email_revenue_per_send") && COST_WORDS.test(question))
    notes.push(
      "Email costs (your email platform's fees, per-send charges, design and team time) are not in your data, so I can't give a cost per send or an ROI after costs. The nearest: the revenue your attribution model credits to Email, the emails sent, and the revenue per send.",
    );
  else if (metrics.includes("email_revenue_per_send") && RETURN_WORDS.test(question))
    notes.push(
      "ROI and ROAS need a cost, and email has none recorded (it has no ad spend in your data), so I can't give its ROI. Instead: the revenue your attribution model credits to Email, the emails sent, and the revenue per send.",
    );
  if (
    dimensions.includes("email_campaign") &&
    metrics.includes("email_revenue") &&
    MONEY_WORDS.test(question)
  )
    notes.push(
      "Revenue can't be split by email campaign: the email data holds sends, opens, clicks and unsubscribes per email campaign or flow per day, with no link to orders, which are credited to the Email channel as a whole. So: Email's revenue, and each email campaign's engagement.",
    );
  // fix7e: "which email drove the most revenue": the ranking stands in for revenue per email.
  const byClicks = calls.some(
    (c) =>
      c.name === "query_metrics" &&
      list(c.args.dimensions).includes("email_campaign") &&
      Array.isArray(c.args.orderBy) &&
      (c.args.orderBy[0] as { field?: unknown } | undefined)?.field === "email_clicks",
  );
  if (notes.length && byClicks)
    notes.push(
      "The email campaigns are ranked by email clicks instead, the nearest the email data comes to which email sent buyers to the site.",
    );
  return notes;
}

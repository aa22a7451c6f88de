/** What the planner says when it declines: the capabilities line and one message per reason. */

/** What the planner can help with, for declines. */
export const CAPABILITIES =
  "I can answer questions about your marketing data: metrics such as revenue, spend, ROAS or CAC by channel, platform or campaign over any period; comparisons and why something changed; attribution models; anomalies; budget splits; and what a metric means.";

/** Decline messages by reason. */
export const DECLINES = {
  tenant: `I can only work with your own organization's data, and that is set by your login, not by the question. ${CAPABILITIES}`,
  injection: `I can't change how I work or whose data I use from inside a question. ${CAPABILITIES}`,
  off_topic: `That is outside what I can help with. ${CAPABILITIES}`,
  competitor: `I only have your own organization's data, so I can't report on competitors or the wider market. ${CAPABILITIES}`,
  forecast: `I report on what has already happened and don't forecast metrics; for the effect of spending more or less, ask me how to split a budget. ${CAPABILITIES}`,
  action:
    "I can't change anything in your ad platforms: I only read your data and recommend. I can show which campaigns to look at first: ask for the worst campaigns by ROAS last month, or how to split the budget next month.",
} as const;

/** A decline plan for a reason. */
export function decline(reason: keyof typeof DECLINES): { kind: "decline"; message: string } {
  return { kind: "decline", message: DECLINES[reason] };
}

/** "whats beta bikes revenue": a name the data does not have, in the owner's place. */
export function unknownOwnerMessage(name: string): string {
  return `I don't know "${name}": it is not a channel, platform or campaign in your data, and I only have your own organization's data (set by your login, not by the question). ${CAPABILITIES}`;
}

/**
 * leftA: "email" names a delivery ("email me this every Monday") or the channel whose numbers are
 * asked ("monthly email revenue", "share of revenue from email each month"). Read as a delivery,
 * a rhythm word beside it ("monthly", "each month") made a schedule of a data question. Here the
 * channel's uses are masked so only a delivery is left to read as one.
 */

/** What the email channel's numbers are called right after its name. */
const CHANNEL_NOUN =
  /\b(?:e ?mail|e mail)(?:s|'s)? (?=(?:revenue|rev|sales|orders?|conversions?|opens?|open rates?|clicks?|click rates?|ctr|click to open|sends?|unsub\w*|engagement|performance|traffic|sessions?|share|contribution|program|channel|campaigns?|flows?|list|subscribers?|roi|roas|numbers|metrics|stats)\b)/g;
/** The channel as a source or a part: "revenue from email", "the share of email", "how much is email". */
const CHANNEL_SOURCE =
  /\b(?:from|of|on|for|through|is|was|are|were) (?:the )?(?:e ?mail|e mail)\b(?! (?:me|us|it|this|that|them)\b)/g;
/**
 * fix14a: an email as the unit a figure is counted per ("revenue per email sent", "per send"), and
 * the newsletter named by its rhythm ("the weekly newsletter"): neither is a delivery nor a rhythm.
 */
const PER_EMAIL = /\bper (?:e ?mail|e mail|send|message)(?: sent| delivered| that went out)?\b/g;
const NAMED_NEWSLETTER =
  /\b(?:weekly|monthly|daily) (?=(?:news ?letter|digest|trail notes|e ?mail newsletter)\b)/g;
/**
 * lead21: an email named as a thing ("the labor day sale email", "that promo email") is a send
 * whose numbers are asked, not a delivery: "daily email sends for the labor day sale email" was
 * read as a daily schedule. "email" as a verb has its object after it ("email me", "email it to").
 */
const NAMED_SEND =
  /\b(?:the|that|this|our) (?!(?:daily|weekly|monthly|quarterly|yearly|annual|nightly|morning|evening) )(?:[a-z0-9]+ ){1,4}e ?mails?\b(?! (?:me|us|it|this|that|them|to)\b)/g;

/**
 * The text with "email" masked where it names the channel rather than a delivery.
 * @example withoutEmailChannel("monthly email revenue") // "monthly revenue"
 * @example withoutEmailChannel("email me revenue every monday") // unchanged
 */
export function withoutEmailChannel(text: string): string {
  return text
    .replace(CHANNEL_NOUN, "")
    .replace(CHANNEL_SOURCE, "")
    .replace(PER_EMAIL, "")
    .replace(NAMED_SEND, (m) => (/\b(?:by|via|to|my|in|per|through|an?) e ?mails?$/.test(m) ? m : ""))
    .replace(/\bsubscribe\b/.test(text) ? /$^/ : NAMED_NEWSLETTER, "")
    .replace(/\s+/g, " ")
    .trim();
}

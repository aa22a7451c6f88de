/**
 * "since the price test went live", "after the site redesign", "before the new checkout launched":
 * a business change the data has no record of (it holds ad spend, sessions, orders, email and the
 * recorded budget changes, not prices, site or product changes). Without this the event was
 * dropped and the default period answered as if it were "since the price test" (a confident
 * answer to a different question). The words are rewritten to a weekly series over the last 13
 * weeks, where a change would show, and the answer says the date is not known and asks for it.
 *
 * Events the data does know are read elsewhere: holidays and named days (time rules), the tracking
 * outage (incident-days.ts), promotions' windows (campaign-windows.ts), recorded planned changes.
 */
/** Changes that name themselves: "since the redesign", "after the rebrand". */
const STRONG =
  "(?:redesign|relaunch|re-?platform\\w*|rebrand|rebranding|free shipping|shipping threshold|shipping policy|loyalty program|rewards program|new logo|return policy)";
/**
 * Things that are only a change with a change word: "since the price test", "after the checkout
 * update went live" (but "touches before checkout" is a funnel step, not a change).
 */
const WEAK =
  "(?:price|prices|pricing|site|website|web site|homepage|checkout|landing page|landing pages|app|subscription|subscriptions|product line|packaging|promo code|discount code|pdp|product pages?)";
const KIND =
  "(?:test|tests|change|changes|increase|hike|cut|drop|update|launch|rollout|roll out|experiment|switch|migration)";
const VERB =
  "(?:went live|go live|launched|launch|started|start|began|kicked off|rolled out|was launched|was rolled out|happened|changed|shipped|went out)";
/** The event's own words: a change that names itself, or a thing with a change word or verb after it. */
const EVENT = `(?:${WEAK} )?${STRONG}(?: ${KIND})?|${WEAK}(?: ${WEAK})?(?: ${KIND}(?= ${VERB}\\b|\\b)|(?= ${VERB}\\b))`;
const UNDATED = new RegExp(
  `\\b(?:since|after|before|from|following|post) (?:the |our |we |when we |we did the |we ran the )?(?:(?:new|latest|last|recent|big) )?(${EVENT})(?: ${VERB})?\\b`,
);

/** "since we rolled out free shipping", "after we raised prices": the verb before the change. */
const VERB_FIRST = new RegExp(
  `\\b(?:since|after|before|following) (?:we |they |the team )?(?:rolled out|launched|introduced|started|added|changed|switched to|moved to|raised|lowered|cut|increased|dropped|redesigned|relaunched|updated|turned on|switched on) (?:the |our |a |an )?(?:new )?(${STRONG}|${WEAK}(?: ${WEAK})?(?: ${KIND})?)\\b`,
);

/**
 * The text with an undated business event replaced by a weekly window, and the event's words.
 * @example readUndatedEvent("since the price test went live hows our cvr").text // "by week over the last 13 weeks hows our cvr"
 */
export function readUndatedEvent(text: string): { text: string; event?: string } {
  const m = UNDATED.exec(text) ?? VERB_FIRST.exec(text);
  if (!m) return { text };
  const rest = `${text.slice(0, m.index)}by week over the last 13 weeks${text.slice(m.index + m[0].length)}`;
  return { text: rest, event: m[1]! };
}

/** The note that says the event's date is unknown and what is shown instead. */
export function undatedEventNote(event: string): string {
  return `Your data has no record of the ${event} (it holds ad spend, site sessions, orders, email and recorded budget changes, not price, site or product changes), so I can't tell when it started. Below is the weekly trend over the last 13 weeks, where a change would show; tell me the date ("since June 3") and I'll compare before and after.`;
}

/**
 * fix14b: "which sources look mis-tagged", "any utm hygiene problems": source / medium pairs with
 * their orders (sessions are kept by channel only), checked by rule in present/tag-hygiene.ts. The
 * question reads as orders by source / medium over all the data, or over the period it names.
 */

/** A tagging-hygiene ask. */
const MIS_TAGGED =
  /\b(?:mis ?tagged|mis ?labell?ed|mis ?attributed sources?|wrongly tagged|tagged (?:wrong(?:ly)?|incorrectly|badly)|bad(?:ly)? tagged|broken tags|(?:tagging|tag|utm|source|medium|source medium|source and medium) (?:hygiene|issues?|problems?|errors?|mistakes?|inconsistenc(?:y|ies)|typos?|audit|mess|cleanup|clean up)|inconsistent (?:sources?|mediums?|media|utms?|tags?|tagging|source names)|(?:spelled|spelt|written|named) (?:two|2|different|multiple) ways|messy (?:utms?|tags?|tagging|sources?))\b/;

/** A period the question names, kept on the rewritten question. */
const PERIOD =
  /\b(?:(?:last|this|past|previous) (?:\d+ )?(?:days?|weeks?|months?|quarters?|years?)|(?:in|for|during|since) (?:january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]|20\d\d)|ytd|all time|year to date)\b/;

/** Whether an (original or normalized) question asks which sources look mis-tagged. */
export function asksTagHygiene(question: string): boolean {
  return MIS_TAGGED.test(question.toLowerCase().replace(/[-_]/g, " "));
}

/**
 * The question as orders by source / medium when it asks about tagging hygiene; unchanged otherwise.
 * @example rewriteTagHygiene("which sources look mis tagged") // "orders by source medium all time"
 */
export function rewriteTagHygiene(text: string): string {
  if (!MIS_TAGGED.test(text)) return text;
  return `orders by source medium ${PERIOD.exec(text)?.[0] ?? "all time"}`;
}

/**
 * fix21e: money back for each dollar put into ads, said in plain words: "how much do we make back
 * for every dollar we put into ads", "for each $1 of ad spend what comes back", "what does a
 * dollar in ads earn us", "revenue per ad dollar", "every buck we spend on facebook". That is
 * return on ad spend (revenue per dollar of spend); read word by word, "dollar" was taken for a
 * breakdown and the answer was a clarification. The dollar phrase becomes "return on ad spend"
 * (of the channel or platform it names), and the return words around it ("how much do we make
 * back") go with it, so they are not read as a second, revenue measure.
 */

/** The unit of money put in: "dollar", "$1", "buck", "ad dollar". */
const DOLLAR = String.raw`(?:\$\s?1|\$|1 dollar|dollar|buck|quid|euro|pound)s?`;
/** How the money goes in: "we put into", "we spend on", "of", "in", "spent on". */
const PUT_IN = String.raw`(?:(?:that |which )?(?:we|i|you|u|they)\s+(?:put|puts|spend|spent|invest|invested|pour|poured|throw|sink|sank|drop|plow|plough|stick|give)\s*(?:in|into|on|towards?|to|at)?|(?:of|in|on|into|for|spent on|put into|invested in|going into|that goes into|we put in)\b)`;
/** What the money goes into: ads in general, or a channel or platform (kept for the reader). */
const ADS = String.raw`(?:(?:the|our|my|all|any|all our|all the)\s+)?(?:ads?|adverts?|advertising|ad spend|ad budget|paid ads|paid media|media|marketing|campaigns?|paid)\b`;
const SUBJECT = String.raw`(?:(?:the|our|my)\s+)?([a-z][a-z&+-]*(?:\s+ads|\s+search|\s+social)?)`;

/** "for every dollar we put into ads", "per ad dollar", "each dollar of advertising". */
const PER_DOLLAR = new RegExp(
  String.raw`\b(?:(?:for|per|on|from|out of|with|off)\s+)?(?:every|each|a|one|1|every single|each single|per)\s+(?:(?:ad|ads|advertising|marketing|media)\s+${DOLLAR}\b|${DOLLAR}\s+${PUT_IN}\s+(?:${ADS}|${SUBJECT}))(?:\s+(?:spend|spent|budget))?`,
);

/** The return words the ask carries: "how much (money) do we make back", "what comes back", "earn us". */
const RETURN_WORDS =
  /\b(?:how much|what)(?:\s+(?:money|revenue|sales|cash|dollars|income))?\s+(?:(?:do|does|did|will|would|are|is|can)\s+)?(?:we|i|you|u|it|they|that|this)?\s*(?:actually\s+|really\s+)?(?:make|makes|made|get|gets|got|earn|earns|earned|bring in|brings in|brought in|bring|brings|generate|generates|generated|return|returns|returned|see|pull in|take in|come|comes|coming|produce|produces)\b(?:\s+(?:us|back|in|in back|back in|for us))*|\b(?:make|get|earn|bring in|see|generate)s?\s+(?:us\s+)?back\b|\b(?:earn|earns|make|makes|return|returns|generate|generates|bring|brings|brought|get|gets)\s+(?:us|in|back)(?:\s+(?:back|in))?\b|\b(?:comes?|came|coming)\s+back\b|\bhow many dollars(?: of (?:revenue|sales))?\b|\b(?:revenue|sales|money)\s+(?=(?:for|per|on)\s+(?:every|each|a|one|1|per)\b)/g;

/** Question words left before the phrase: "what does", "how much revenue does", "our return". */
const ASKED_OF =
  /\b(?:(?:how much|what)(?:\s+(?:money|revenue|sales|cash|income))?\s+(?:do|does|did|will|would|can|is)|(?:our|the|my)\s+return(?:s)?)\s*$/;

/** Words asking for plain words, which the answer gives anyway: "in plain english", "simply put". */
const PLAIN =
  /\b(?:in (?:plain|simple|normal|layman s|laymans|layman) (?:english|words|terms|language)|simply put|in short|roughly|basically)\b/g;

/**
 * The question with a per-ad-dollar ask read as return on ad spend; unchanged otherwise.
 * @example rewritePerAdDollar("how much do we make back for every dollar we put into ads") // "return on ad spend"
 * @example rewritePerAdDollar("for every buck we spend on facebook how much do we make") // "return on ad spend of facebook"
 */
export function rewritePerAdDollar(text: string): string {
  const m = PER_DOLLAR.exec(text);
  if (!m) return text;
  const subject = m[1]?.trim();
  const generic = !subject || new RegExp(String.raw`^${ADS}$`).test(subject);
  const said = generic ? "return on ad spend" : `return on ad spend of ${subject}`;
  const before = text.slice(0, m.index);
  const after = text.slice(m.index + m[0].length);
  const rest = (t: string) => t.replace(RETURN_WORDS, " ").replace(PLAIN, " ");
  // "what does a dollar in ads earn us": the question words before the phrase, the verb after it.
  const lead = rest(before).replace(ASKED_OF, " ");
  return `${lead} ${said} ${rest(after)}`.replace(/\s+/g, " ").trim();
}

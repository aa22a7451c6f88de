/**
 * Asks the anomaly scan answers though they do not say "anomaly": a health check of the data
 * itself, and every planned test with what it did. Both are rewritten to the scan of sessions,
 * orders and ad spend, over all the data unless the question names a period.
 */

/** The question with the matched ask replaced by the scan's words. */
function asScan(text: string, m: RegExpExecArray): string {
  const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`.replace(/\s+/g, " ").trim();
  return `anomalies in sessions, orders and spend ${rest} all time`.replace(/\s+/g, " ").trim();
}

/**
 * "any gaps or broken days in the data", "is our tracking ok", "can we trust the numbers", "data
 * quality check": a health check of the data itself. It was declined as off topic, though the
 * anomaly scan answers it: over sessions, orders and ad spend it names tracking losses (sessions
 * and orders down together while spend held), runaway spend and the days that stood apart, and the
 * recorded planned changes that explain a move. The words are rewritten to that scan, over all the
 * data unless the question names a period.
 */
const DATA_QUALITY = new RegExp(
  [
    String.raw`\b(?:any|are there|were there|find|check for|look for|spot)(?: any)? (?:gaps?|holes?|missing days?|broken days?|bad days?|empty days?|blank days?|outages?)(?: (?:or|and|/) (?:gaps?|holes?|missing days?|broken days?|bad days?|empty days?|outages?))?(?: in (?:the |our )?(?:data|tracking|numbers|reporting))?`,
    String.raw`\b(?:gaps?|holes?|missing days?|broken days?) in (?:the |our )?(?:data|tracking|numbers|reporting)`,
    String.raw`\bdata (?:quality|health|integrity|completeness|hygiene)(?: check| issues?| problems?)?`,
    String.raw`\b(?:is|are|was|were) (?:our |the |my )?(?:data|tracking|pixel|pixels|tags?|analytics|numbers|reporting) (?:ok|okay|fine|healthy|reliable|trustworthy|accurate|complete|right|correct|sound|solid|clean)\b`,
    String.raw`\bcan (?:we|i) (?:trust|rely on) (?:the |our |this )?(?:data|numbers|tracking|reporting)`,
    // fix13c: "is tracking working ok", "are the pixels firing properly", "days with missing data",
    // "dates where data is missing": the same health check over the data (read as advice, it
    // checked the week ahead). "Is our tracking working?" alone stays the advice's tracking check.
    String.raw`\b(?:is|are|was|were|has|have) (?:our |the |my )?(?:data|tracking|pixels?|tags?|analytics|conversion tracking|reporting)(?: been)? (?:working|firing|recording|coming in|flowing|collecting) (?:ok|okay|fine|properly|correctly|right|as (?:it )?should|normally)\b`,
    String.raw`\b(?:days?|dates?|periods?|stretch(?:es)?) (?:with|of|where|when) (?:(?:the )?data (?:is |was )?(?:missing|incomplete|absent|broken|partial)|(?:missing|incomplete|no|partial|broken|zero) (?:data|tracking|sessions|orders))\b`,
    String.raw`\b(?:any|is there|was there|are there|were there) (?:any )?(?:missing|incomplete|lost|dropped) (?:data|tracking|days?)\b`,
  ].join("|"),
);

/** Words that already ask for the anomaly scan, with its own measures. */
const ANOMALY_ASK = /\b(?:anything|anomal\w*|weird|odd|unusual|look(?:s|ed)? off|spikes?|outliers?)\b/;

/**
 * The question with a data health check rewritten as the anomaly scan of sessions, orders and spend.
 * @example readDataQuality("any gaps or broken days in the data") // "anomalies in sessions, orders and spend all time"
 */
export function readDataQuality(text: string): string {
  const m = DATA_QUALITY.exec(text);
  // An anomaly ask of its own ("is tracking ok? anything look off") keeps its scan's measures.
  if (!m || ANOMALY_ASK.test(text)) return text;
  return asScan(text, m);
}

/**
 * "list the planned tests we ran and what each one showed", "results of all our experiments this
 * year", "what did each holdout do": every recorded planned change with what it did. The list alone
 * (planned-list-intent.ts) has no results, and one test's read needs its name; the anomaly scan
 * sets each planned change in its period against the two weeks before it (sessions, orders, ad
 * spend), so the words are rewritten to that scan and the presenter leads with those lines
 * (agent/present/anomalies.ts), over all the data unless a period is named.
 */
const TESTS =
  "(?:planned (?:changes?|tests?)|tests?|experiments?|holdouts?|hold outs?|budget flights?|flights?)";
const EACH = "(?:each|every|all|them|they|those|these|it)";
const TEST_RESULTS = new RegExp(
  [
    // "the tests we ran and what each one showed", "experiments ... and how they went"
    String.raw`\b${TESTS}\b.{0,60}\b(?:and )?(?:what|how) (?:${EACH})(?: one| of them)? (?:showed|show|shows|found|did|went|turned out|came out|told us|taught us)\b`,
    // "results of all the planned tests", "outcome of our experiments"
    String.raw`\b(?:results?|outcomes?|findings|learnings|readouts?) (?:of|from|for) (?:all |each |every )?(?:the |our |of our )?(?:recorded |past |planned )?${TESTS}`,
    // "what did each of our experiments show"
    String.raw`\bwhat did (?:each|all|every one) (?:of )?(?:the |our )?${TESTS} (?:show|find|do|tell us)\b`,
    // lead24: "test results for this year", "our experiment results", "holdout readouts": the noun
    // after the tests.
    String.raw`(?<!\b(?:search|social|display|affiliates?|meta|tiktok|google|email|brand|paid|facebook|instagram|impact|campaign) )\b(?:our |the |all |all our |all the |recent |past )?(?:recorded |past |planned |budget |incrementality |lift )?(?:tests?|experiments?|holdouts?|hold outs?|flights?) (?:results?|outcomes?|findings|learnings|readouts?)\b`,
  ].join("|"),
);

/** Whether the question asks for every planned test with its result. */
export function asksTestResults(question: string): boolean {
  return TEST_RESULTS.test(question.toLowerCase());
}

/**
 * The question with a test-results ask rewritten as the scan that reads every planned change.
 * @example readTestResults("results of all the planned tests this year") // "anomalies in sessions, orders and spend this year all time"
 */
export function readTestResults(text: string): string {
  const m = TEST_RESULTS.exec(text);
  if (!m) return text;
  return asScan(text, m);
}

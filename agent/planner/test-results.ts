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
  const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`.replace(/\s+/g, " ").trim();
  return `anomalies in sessions, orders and spend ${rest} all time`.replace(/\s+/g, " ").trim();
}

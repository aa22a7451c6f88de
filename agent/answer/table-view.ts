/**
 * "as a table", "csv please", "can I export that": a question that asks for an answer's rows as a
 * table or a file rather than for new figures. The planner replays the previous answer for it
 * (pipeline/intents.ts, "table-view"); finalize writes the rows out (present/text-table.ts).
 */
const TABLE_VIEW = [
  /\b(?:as|in|into)\s+(?:a\s+)?(?:table|grid|spreadsheet)\b/,
  /\b(?:csv|excel|xlsx)\b/,
  /^(?:table|export|download)\b/,
  /\btable (?:please|pls|plz|form|format|view|version)\b/,
  /\b(?:export|download)\b[^.?!]*\b(?:that|this|it|them|data|table|rows|numbers)\b/,
];

/**
 * Whether the question asks for the answer's rows as a table or a file.
 * @example asksForTableView("csv please") // true
 * @example asksForTableView("revenue by channel") // false
 */
export function asksForTableView(question: string): boolean {
  const q = question.trim().toLowerCase();
  return TABLE_VIEW.some((re) => re.test(q));
}

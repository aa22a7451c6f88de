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

/** Everything else a table-only ask may say ("can you put that in a table please"). */
const TABLE_FILLER = new Set(
  (
    "as in into a an the table tables grid spreadsheet csv excel xlsx file export download please pls plz " +
    "form format view version can could you would i we me us it this that these those them data rows numbers " +
    "give send show put make turn get want like just same now ok okay and then also too of for with to"
  ).split(" "),
);

/**
 * Whether the question asks only for the previous answer's rows as a table or a file: nothing
 * is left once its table and filler words are gone. "table of orders by channel" asks a new
 * question in a table, so it is not a re-presentation of the answer before it.
 * @example asksOnlyForTableView("can you put that in a table please") // true
 * @example asksOnlyForTableView("table of orders by channel") // false
 */
export function asksOnlyForTableView(question: string): boolean {
  if (!asksForTableView(question)) return false;
  const words = question
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, " ")
    .split(" ");
  return words.every((w) => !w || TABLE_FILLER.has(w));
}

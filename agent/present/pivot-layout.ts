/**
 * fix12a: a table laid out as asked: "months down the side and channels across the top", "a
 * column per platform, a row per week", "cross-tab of orders, month x channel". The planner reads
 * the two sides as the query's dimensions (agent/planner/pivot-layout-intent.ts); the presenter
 * (pivot-table.ts) turns the long rows into one row per row value and one column per column value.
 */

/** A side of the table: a time unit (the date dimension at that grain) or a breakdown. */
export type Side =
  | { kind: "time"; grain: "day" | "week" | "month" | "quarter" }
  | { kind: "dim"; key: string };

const WORD =
  "(days?|daily|weeks?|weekly|months?|monthly|quarters?|quarterly|channels?|platforms?|campaigns?|sources?|regions?|states?|objectives?)";

const SIDE_OF: Record<string, Side> = {
  day: { kind: "time", grain: "day" },
  daily: { kind: "time", grain: "day" },
  week: { kind: "time", grain: "week" },
  weekly: { kind: "time", grain: "week" },
  month: { kind: "time", grain: "month" },
  monthly: { kind: "time", grain: "month" },
  quarter: { kind: "time", grain: "quarter" },
  quarterly: { kind: "time", grain: "quarter" },
  channel: { kind: "dim", key: "channel" },
  platform: { kind: "dim", key: "platform" },
  campaign: { kind: "dim", key: "campaign" },
  source: { kind: "dim", key: "source" },
  region: { kind: "dim", key: "region" },
  state: { kind: "dim", key: "region" },
  objective: { kind: "dim", key: "campaign_objective" },
};

const side = (word: string | undefined): Side | undefined =>
  word ? (SIDE_OF[word] ?? SIDE_OF[word.replace(/s$/, "")]) : undefined;

/** "months as rows", "months down the side", "rows are months", "rows months", "a row per month", "one line for each week". */
const ROWS = [
  new RegExp(
    `\\b${WORD} (?:as|in|on|down|along|for|=) (?:the )?(?:rows?|side|left|left side|y axis|vertical)\\b`,
  ),
  // para20: "rows months", said with no verb.
  new RegExp(
    `\\brows? (?:(?:are|=|as|by|for|per|of|being|should be|will be) )?(?:the |each |every )?${WORD}\\b`,
  ),
  new RegExp(`\\b(?:a|one) (?:row|line) (?:per|for each|for every|each|for|by) ${WORD}\\b`),
];
/** "channels as columns", "platforms across the top", "columns are channels", "a column per channel". */
const COLUMNS = [
  new RegExp(
    `\\b${WORD} (?:as|in|on|across|along|for|=) (?:the )?(?:columns?|top|x axis|horizontal|header)\\b`,
  ),
  new RegExp(
    `\\b(?:columns?|cols?) (?:(?:are|=|as|by|for|per|of|being|should be|will be) )?(?:the |each |every )?${WORD}\\b`,
  ),
  new RegExp(`\\b(?:a|one) (?:column|col) (?:per|for each|for every|each|for|by) ${WORD}\\b`),
  new RegExp(`\\beach ${WORD} (?:as|in|gets) (?:its own|a|their own) column\\b`),
];
/** A pivot named without sides: "pivot / cross tab / matrix of revenue by month and channel". */
const PIVOT = /\b(?:pivot(?:ed)?|cross ?tab(?:ulation)?|crosstab|matrix|grid)\b/;
const BY_TWO = new RegExp(`\\b(?:by|of) ${WORD} (?:and|by|x|vs|against|versus|across) (?:by )?${WORD}\\b`);

const first = (patterns: RegExp[], text: string) => {
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) return side(m[1]);
  }
  return undefined;
};

const same = (a: Side, b: Side) =>
  a.kind === "time" ? b.kind === "time" : b.kind === "dim" && a.key === b.key;

/**
 * The table's two sides when the question lays one out, else undefined.
 * @example readPivotLayout("give spend with platforms across the top and weeks down the side") // rows week, columns platform
 */
export function readPivotLayout(text: string): { rows: Side; columns: Side } | undefined {
  let rows = first(ROWS, text);
  let columns = first(COLUMNS, text);
  // para20: one side named ("channels across the top") beside "by month and channel": the other
  // side is the breakdown's other word, as for a pivot named without sides.
  if ((!rows || !columns) && (PIVOT.test(text) || rows || columns)) {
    const m = BY_TWO.exec(text);
    const a = side(m?.[1]);
    const b = side(m?.[2]);
    if (a && b) {
      rows ??= columns && same(columns, a) ? b : a;
      columns ??= same(rows, a) ? b : a;
    }
  }
  if (!rows || !columns || same(rows, columns)) return undefined;
  return { rows, columns };
}

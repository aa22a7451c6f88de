/**
 * fix16c: a question typed as SQL ("select channel, sum(spend) ... group by channel where spend >
 * 1000", "count(distinct customer) by first_touch_channel", "avg(order_value) group by
 * new_vs_returning, month", "order by roas desc limit 5") read as what its clauses mean, in the
 * words the readers after it know: a comparison is a threshold ("spend over 1000"), each item of
 * a GROUP BY list is a breakdown ("by new vs returning by month"), COUNT(DISTINCT customer) is a
 * number of customers, ORDER BY ... LIMIT n is a top n. Normalization used to drop `>` and the
 * commas, so the filter and the second grouping were lost without a word.
 *
 * Runs on the lowercased question before punctuation is stripped (normalize.ts).
 */

/** Comparison operators between a word and an amount: "spend > 1000", "orders>=50", "roas < 2". */
const COMPARISONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<=[a-z0-9_)\s])\s*(?:>=|=>|≥)\s*(?=\$?\d)/g, " at least "],
  [/(?<=[a-z0-9_)\s])\s*(?:<=|=<|≤)\s*(?=\$?\d)/g, " at most "],
  [/(?<=[a-z0-9_)\s])\s*>\s*(?=\$?\d)/g, " over "],
  [/(?<=[a-z0-9_)\s])\s*<\s*(?=\$?\d)/g, " under "],
];

/** A count that must be zero: "orders = 0", "revenue == 0", "sales is 0". */
const ZERO_EQUALS =
  /\b(orders?|sales|revenue|conversions?|purchases?|transactions?)\s*(?:==?|is|equals?)\s*0(?![\d.])/g;

/** Aggregate calls: "count(distinct customer_id)" is a number of customers; "sum(spend)" is spend. */
const AGGREGATES: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\bcount\s*\(\s*distinct\s+(?:customers?|customer_id|customer_ids|buyers?|users?|user_id)\s*\)/g,
    " number of customers ",
  ],
  [/\bcount\s*\(\s*distinct\s+(?:orders?|order_id|order_ids)\s*\)/g, " number of orders "],
  [/\bcount\s*\(\s*(?:\*|1|orders?|order_id)\s*\)/g, " number of orders "],
  [/\bcount\s*\(\s*(?:customers?|customer_id)\s*\)/g, " number of customers "],
  [/\b(?:sum|total)\s*\(\s*([a-z_ ]+?)\s*\)/g, " $1 "],
  [/\b(?:avg|average|mean)\s*\(\s*([a-z_ ]+?)\s*\)/g, " average $1 "],
  // "revenue/spend as roas": the alias names the figure (the ratio's words read as another one).
  [/\b[a-z_]+\s*\/\s*[a-z_]+\s+as\s+([a-z_]+)\b/g, " $1 "],
];

/** "from orders", "from ad_spend_daily": the table a SQL question reads, not a period or a filter. */
const FROM_TABLE =
  /\bfrom\s+(?:orders|customers|campaigns|sessions|channels|touchpoints|events|transactions|emails?|ads|spend|data|tables?|db|[a-z]+_[a-z_]+)\b(?!\s+(?:to|through|until|till|-)\b)/g;

/** Words that end a GROUP BY list: the next clause or a period. */
const LIST_END =
  /\s+(?:where|having|order\s+by|sort(?:ed)?\s+by|limit|from|for|in|during|over|since|between|last|this|past|ytd|mtd|qtd)\b|[;?]|$/;

/** "group by channel, month" -> "by channel by month": every item of the list is a breakdown. */
function groupByList(text: string): string {
  const re = /\bgroup(?:ed)?\s+by\s+/g;
  let out = "";
  let from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const end = start + (LIST_END.exec(text.slice(start))?.index ?? text.length - start);
    const items = text
      .slice(start, end)
      .split(/\s*,\s*|\s+and\s+/)
      .map((s) => s.trim())
      .filter(Boolean);
    out += `${text.slice(from, m.index)}${items.map((i) => `by ${i}`).join(" ")}`;
    from = end;
    re.lastIndex = end;
  }
  return out + text.slice(from);
}

/**
 * A grain after a comma in a "by" list ("by new_vs_returning, month", "by channel, week") is a
 * second breakdown, not a stray word ("by channel, month to date" keeps its period).
 */
const GRAIN_AFTER_COMMA =
  /(\bby\s+[a-z_ ]{2,40}?)(?:\s*,\s*(?:and\s+)?|\s+and\s+)(day|week|month|quarter|year)(?!\s+(?:over|to|on|by|vs)\s+(?:day|week|month|quarter|year|date)\b)(?=\s*(?:,|;|\?|$|\s+(?:last|this|past|in|for|from|since|during)\b))/g;

/** "order by spend desc limit 5" -> "top 5 by spend"; "order by roas asc" -> "by roas lowest first". */
function orderAndLimit(text: string): string {
  const limit = /\blimit\s+(\d{1,3})\b/.exec(text);
  const order =
    /(?<!\b(?:avg|average|mean|median|per|an?|each|first|second|last|repeat|typical|one|the)\s)\b(?:order(?:ed)?|sort(?:ed)?)\s+by\s+([a-z_ ]+?)(?:\s+(asc|ascending|desc|descending))?(?=\s+limit\b|\s*[,;?]|\s+(?:where|having|from|for|in|last|this|past)\b|$)/.exec(
      text,
    );
  if (!order && !limit) return text;
  let out = text;
  if (limit) out = out.replace(limit[0], " ");
  if (order) {
    const low = order[2] === "asc" || order[2] === "ascending";
    const n = limit ? ` ${limit[1]}` : "";
    out = out.replace(order[0], low ? ` bottom${n} by ${order[1]} ` : ` top${n} by ${order[1]} `);
  } else if (limit) out = `top ${limit[1]} ${out}`;
  return out;
}

/** Whether the text reads as SQL (a clause keyword or an aggregate call), so lists and limits are rewritten. */
const SQLISH =
  /\b(?:select|group(?:ed)? by|limit \d|having|count ?\(|sum ?\(|avg ?\()|\border by [a-z_ ]+ (?:asc|desc)/;

/**
 * The question with its SQL-ish clauses said in words (lowercased input).
 * @example readSqlClauses("select channel, sum(spend) from last quarter group by channel where spend > 1000") // "select channel,  spend  from last quarter by channel where spend over 1000"
 */
export function readSqlClauses(text: string): string {
  let out = text;
  for (const [re, words] of COMPARISONS) out = out.replace(re, words);
  out = out.replace(ZERO_EQUALS, " zero $1 ");
  out = out.replace(GRAIN_AFTER_COMMA, "$1 by $2");
  if (!SQLISH.test(text)) return out;
  for (const [re, words] of AGGREGATES) out = out.replace(re, words);
  out = out.replace(FROM_TABLE, " ");
  out = groupByList(out);
  out = orderAndLimit(out);
  return out;
}

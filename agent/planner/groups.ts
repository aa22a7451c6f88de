/**
 * Filters named by description rather than by value: groups of campaigns ("the Black Friday
 * campaigns" matches "BF24 - Sitewide - Prospecting" by words or initials) and new vs returning
 * customers ("new customers only").
 */
import { filterValue } from "./dimensions.ts";
import { NEGATED_BEFORE } from "./negation.ts";
import { consume, normalize, STOPWORDS } from "./normalize.ts";
import type { DimensionValue, FrameFilter } from "./types.ts";

const CUSTOMER_TYPE = [
  /\b(?:only|just)\s+(?:from\s+)?(new|first time|returning|repeat|existing)\s+(?:customers?|buyers?|shoppers?|purchasers?)\b/,
  /\b(new|first time|returning|repeat|existing)\s+(?:customers?|buyers?|shoppers?|purchasers?)\s+only\b/,
  /\b(?:from|among|for|by|with)\s+(new|first time|returning|repeat|existing)\s+(?:customers?|buyers?|shoppers?|purchasers?)\b/,
  // fix14b: "just returning, split by channel" after new vs returning: the kind alone, no noun after
  // it (a noun would name something else: "only new campaigns").
  /\b(?:only|just)\s+(?:the\s+)?(new|first time|returning|repeat|existing)(?:\s+ones)?(?=\s*(?:$|[,;.]|\b(?:and|split|by|per|broken|now|please|too|this time)\b))/,
  // leftC: "new customers' share of revenue": the type whose share is asked (share.ts makes it a
  // breakdown), not the new-customers count.
  /\b(new|first time|returning|repeat|existing)\s+(?:customers?|buyers?|shoppers?|purchasers?)(?=\s+(?:share|percent|percentage|proportion|portion|fraction|contribution|slice|cut)\s+of\b)/,
];

/** fix15e: words asking for a record or a ranking of periods ("record month", "best week ever"). */
const RECORD_WORDS =
  /\b(?:record|records|best|biggest|strongest|peak|top|highest|most|busiest|high|ath|worst|weakest|lowest|slowest)\b/;
/** A measure named before "for new customers": "best month for revenue for new customers" keeps the filter. */
const OTHER_MEASURE =
  /\b(?:revenue|sales|orders?|spend|roas|aov|cpa|cac|conversions?|profit|margin|sessions|clicks|traffic|aov|ltv|value)\b/;

// fix17e: "first timers", "repeat buyers vs first-timers", "repeat/new": the words and a slash.
const NEW_WORD = "(?:new|first time(?:rs?)?)";
const OLD_WORD = "(?:returning|repeat|existing)";
const SET_SIDE =
  "(?:customers?|buyers?|shoppers?|purchasers?)?\\s*(?:vs|versus|and|or|compared (?:to|with)|against|to|\\/)\\s*";
const BOTH_TYPES = new RegExp(
  `\\b(?:${NEW_WORD}\\s+${SET_SIDE}${OLD_WORD}|${OLD_WORD}\\s+${SET_SIDE}${NEW_WORD})(?:\\s+(?:customers?|buyers?|shoppers?|purchasers?))?\\b`,
);

/**
 * "new customers only" / "from returning customers" -> a customer_type filter.
 * @example customerTypeFilter("revenue from new customers only").filter?.values // ["new"]
 */
export function customerTypeFilter(text: string): {
  filter?: FrameFilter | undefined;
  breakdown?: boolean | undefined;
  rest: string;
} {
  // "returning customers vs new", "new and repeat buyers": both kinds side by side are a breakdown.
  const both = BOTH_TYPES.exec(text);
  if (both)
    return { breakdown: true, rest: consume(text, { start: both.index, end: both.index + both[0].length }) };
  for (const re of CUSTOMER_TYPE) {
    const m = re.exec(text);
    if (!m) continue;
    // "top 3 channels by new customers": the ranking metric, not a filter.
    if (
      /^by\b/.test(m[0]) &&
      /\b(?:top|bottom|best|worst|rank\w*|highest|lowest|most|least|leading|sorted|ordered|ranked)\b/.test(
        text,
      )
    )
      continue;
    // fix15e: "record month for new customers", "which week was best for new buyers": the count is
    // what the record is of (the question ends on it), not a segment of a revenue ranking.
    if (
      /^for\b/.test(m[0]) &&
      (m[1] === "new" || m[1] === "first time") &&
      /^[\s?.!]*$/.test(text.slice(m.index + m[0].length)) &&
      RECORD_WORDS.test(text.slice(0, m.index)) &&
      !OTHER_MEASURE.test(text.slice(0, m.index))
    )
      continue;
    const kind = m[1] === "new" || m[1] === "first time" ? "new" : "returning";
    return {
      filter: { field: "customer_type", op: "in", values: [kind] },
      rest: consume(text, { start: m.index, end: m.index + m[0].length }),
    };
  }
  return { rest: text };
}

function initials(words: readonly string[]): string {
  return words.map((w) => w[0]).join("");
}

function campaignMatches(words: readonly string[], campaign: DimensionValue): boolean {
  const tokens = normalize([campaign.label, ...campaign.aliases].join(" ")).split(" ");
  if (words.every((w) => tokens.some((t) => t === w || t === `${w}s` || `${t}s` === w))) return true;
  if (words.length < 2) return tokens.includes(words[0] ?? "");
  const abbr = initials(words);
  return tokens.some((t) => t.replace(/\d+$/, "") === abbr);
}

/** One list item before the next: "bf25 and ", "brand, ", "pmax or the ". */
const LIST_ITEM_BEFORE = /([a-z0-9][a-z0-9+]*)\s*(?:,|\band\b|\bor\b|&|\bnor\b)\s*(?:(?:the|our)\s+)?$/;

/**
 * fix15e: whether an exclusion word heads the list a value ends: "except the bf25 and " (the
 * holiday25 after it is left out too, not filtered to), "excluding brand, pmax or ".
 * @example listNegated("every campaign except the bf25 and ") // true
 */
export function listNegated(before: string): boolean {
  let b = before;
  for (let k = 0; k < 4; k++) {
    if (NEGATED_BEFORE.test(b)) return true;
    const m = LIST_ITEM_BEFORE.exec(b);
    if (!m) return false;
    b = b.slice(0, m.index);
  }
  return NEGATED_BEFORE.test(b);
}

/**
 * "(for) the <words> campaign(s)" -> campaign filter on every campaign whose name has those
 * words or their initials. Words naming another dimension's value ("meta campaigns") are left
 * alone so they become a platform filter instead.
 */
export function campaignGroupFilter(
  text: string,
  values: readonly DimensionValue[],
  otherValueNames: ReadonlySet<string>,
): { filter?: FrameFilter | undefined; rest: string } {
  const campaigns = values.filter((v) => v.dimension === "campaign");
  if (!campaigns.length) return { rest: text };
  for (const m of text.matchAll(/\b((?:[a-z0-9]+ ){1,4})campaigns?\b/g)) {
    const all = m[1]!.trim().split(" ");
    let firstContent = all.length;
    while (firstContent > 0 && !STOPWORDS.has(all[firstContent - 1]!)) firstContent--;
    const words = all.slice(firstContent);
    for (let k = 0; k < words.length; k++) {
      const w = words.slice(k);
      if (otherValueNames.has(w.join(" ")) || w.every((x) => /^\d+$/.test(x))) continue;
      const hit = campaigns.filter((c) => campaignMatches(w, c));
      if (!hit.length) continue;
      let start = m.index + m[0].lastIndexOf(w.join(" "), m[1]!.length);
      // fix15e: "the bf25 and holiday25 campaigns": the words listed before the last name groups too.
      for (let item = LIST_ITEM_BEFORE.exec(text.slice(0, start)); item; ) {
        const more = campaigns.filter((c) => !hit.includes(c) && campaignMatches([item![1]!], c));
        if (!more.length || STOPWORDS.has(item[1]!)) break;
        hit.push(...more);
        start = item.index;
        item = LIST_ITEM_BEFORE.exec(text.slice(0, start));
      }
      // "excluding the brand search campaign" leaves it out (fix8f).
      const op = listNegated(text.slice(0, start)) ? "not_in" : "in";
      return {
        filter: { field: "campaign", op, values: hit.map((c) => filterValue("campaign", c.value)) },
        rest: consume(text, { start, end: m.index + m[0].length }),
      };
    }
  }
  return { rest: text };
}

/**
 * Campaign-name words used on their own ("Summer26 ROAS", "excluding brand search", "spend on
 * Advantage+"): a run of words that all occur in campaign names, at least one of them naming
 * nothing else, filters to the campaigns whose names hold every word of the run. Several runs
 * ("brand search vs pmax") filter to all their campaigns, with `sides` saying how many were named.
 * @param otherWords words of every non-campaign lexicon phrase (metrics, channels, platforms...).
 * @param otherPhrases those phrases whole ("paid search" names a channel, not two campaign words).
 */
/** After a campaign word: "ones" / "campaigns", or the next word of its list ("and holiday25"). */
const LISTED_AFTER =
  /^\s+(?:ones|campaigns?)\b|^\s*(?:,|\band\b|\bor\b|&)\s*(?:(?:the|our)\s+)?([a-z0-9][a-z0-9+]*)/;

/** fix20b: measures only ad campaigns have (an email send has no spend, ROAS or clicks bought). */
const PAID_AFTER = /^\s+(?:spend|spent|spending|roas|cpa|cpc|cpm|ctr|impressions|budgets?|ad spend)\b/;

export function campaignTokenFilter(
  text: string,
  values: readonly DimensionValue[],
  otherWords: ReadonlySet<string>,
  otherPhrases: ReadonlySet<string> = new Set(),
): { filter?: FrameFilter | undefined; rest: string; sides?: number | undefined } {
  const campaigns = values.filter((v) => v.dimension === "campaign");
  if (!campaigns.length) return { rest: text };
  let found: { op: "in" | "not_in"; values: Array<string | number>; sides: number } | undefined;
  let rest = text;
  const tokensOf = new Map(
    campaigns.map((c) => [c, new Set(normalize([c.label, ...c.aliases].join(" ")).split(" "))] as const),
  );
  const has = (tokens: ReadonlySet<string>, w: string) =>
    tokens.has(w) || tokens.has(`${w}s`) || (w.endsWith("s") && tokens.has(w.slice(0, -1)));
  const isToken = (w: string) =>
    !STOPWORDS.has(w) && w.length >= 3 && !/^\d+$/.test(w) && [...tokensOf.values()].some((t) => has(t, w));
  const distinctive = (w: string) => isToken(w) && !otherWords.has(w) && !otherWords.has(w.replace(/s$/, ""));
  for (const m of text.matchAll(/[a-z0-9][a-z0-9+]*(?: [a-z0-9][a-z0-9+]*)*/g)) {
    const words = m[0].split(" ");
    for (let i = 0; i < words.length; i++) {
      if (!isToken(words[i]!)) continue;
      let j = i;
      while (j + 1 < words.length && isToken(words[j + 1]!)) j++;
      const run = words.slice(i, j + 1);
      // fix20b: "non-brand tents", "non brand hiking boots": "non" joined to the word after it is
      // one campaign word ("NonBrand") when another campaign word follows; read apart, "non"
      // excluded the brand campaign and the named one was lost.
      const joinsNon =
        i > 0 &&
        words[i - 1] === "non" &&
        run.length >= 2 &&
        campaigns.some((c) => tokensOf.get(c)!.has(`non${run[0]}`));
      if (joinsNon) run[0] = `non${run[0]}`;
      const from = joinsNon ? i - 1 : i;
      const before = text.slice(0, m.index + words.slice(0, from).join(" ").length + (from ? 1 : 0));
      const runText = joinsNon ? `non ${run.join(" ").slice(3)}` : run.join(" ");
      i = j;
      // Either a word only campaign names use, or several campaign words that name nothing else together.
      // fix15e: a word other names share ("bf25", an email's too) listed beside a campaign's own
      // word or before "ones" / "campaigns": "the bf25 and holiday25 ones".
      const after = text.slice(before.length + runText.length);
      const listed = LISTED_AFTER.exec(after);
      const named =
        run.some(distinctive) ||
        // fix20b: "what did bf25 spend", "bf25 roas": a promotion's code an email shares, before a
        // measure only ad campaigns have, names the campaigns ("search spend" stays the channel's).
        (run.every((w) => /\d/.test(w)) && PAID_AFTER.test(after)) ||
        (run.length >= 2 && !otherPhrases.has(run.join(" "))) ||
        (listed !== null && listNegated(before) && (listed[1] === undefined || distinctive(listed[1])));
      if (!named || /\b(?:by|per|each|every)\s+$/.test(before)) continue;
      let hit = campaigns.filter((c) => run.every((w) => has(tokensOf.get(c)!, w)));
      let listedSides = 1;
      if (!hit.length) {
        const core = run.filter(distinctive);
        hit = campaigns.filter((c) => core.every((w) => has(tokensOf.get(c)!, w)));
        // fix20e: "coupon, review or cashback" reaches here as the run "coupon review": words of
        // different campaigns listed (their commas gone) name each its own campaigns, one side each.
        const each = core.map((w) => campaigns.filter((c) => has(tokensOf.get(c)!, w)));
        if (!hit.length && core.length >= 2 && each.every((h) => h.length)) {
          hit = [...new Set(each.flat())];
          listedSides = core.length;
        }
      }
      if (!hit.length || hit.length === campaigns.length) continue;
      const start = before.length;
      const op = listNegated(before) ? "not_in" : "in";
      // A second named set of campaigns ("brand search vs pmax") joins the first when both are
      // included, so the comparison keeps both sides; fix15e: two excluded ones join too ("except
      // bf25 and holiday25"); a mix stops the scan as before.
      if (found && op !== found.op) continue;
      const values = hit.map((c) => filterValue("campaign", c.value));
      rest = consume(rest, { start, end: start + runText.length });
      if (found) {
        found.values = [...new Set([...found.values, ...values])];
        if (op === "in") found.sides += listedSides;
      } else found = { op, values, sides: listedSides };
    }
  }
  if (!found) return { rest: text };
  return {
    filter: { field: "campaign", op: found.op, values: found.values },
    rest,
    ...(found.sides > 1 ? { sides: found.sides } : {}),
  };
}

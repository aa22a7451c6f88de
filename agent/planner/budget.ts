/**
 * Budget questions: the total ("$50k", "50,000 dollars"), locked channels ("keep email fixed")
 * and what-if changes ("cut TikTok by half", "double Meta", "move $10k from display to search").
 */

import { UNPAID_CHANNELS } from "./assemble.ts";
import { readBudgetCut } from "./budget-cut.ts";
import { changeLimit } from "./budget-limit.ts";
import { CHANGE_AMOUNTS, looseChange } from "./budget-loose.ts";
import { statedMargin } from "./budget-margin.ts";
import { METRIC_CAP } from "./budget-metric-cap.ts";
import { type MoveSide, moveShare } from "./budget-move.ts";
import { budgetObjective } from "./budget-objective.ts";
import { perDayText, perWeekText } from "./budget-per-day.ts";
import { filterValue } from "./dimensions.ts";
import type { LexiconMatch } from "./lexicon.ts";
import type { FrameBudgetChange } from "./types.ts";

/** The budget part of a frame. */
export interface BudgetRequest {
  totalBudget?: number | undefined;
  /** "if I had 20% more budget": the total as a change of current spend. */
  totalBudgetChangePercent?: number | undefined;
  /** "where should an extra 5k go": the total as current spend plus this amount. */
  extraBudget?: number | undefined;
  /** "if I could move money freely" (1000), "no channel more than 10%" (10): the per-channel bound. */
  maxChangePercent?: number | undefined;
  level: "channel" | "platform";
  locked: string[];
  changes: FrameBudgetChange[];
  /** "maximize revenue": the revenue split; otherwise gross profit (agent/planner/budget-objective.ts). */
  objective?: "profit" | "revenue" | undefined;
  /** "assume 45% margin": a gross margin for this answer only (agent/planner/budget-margin.ts). */
  grossMargin?: number | undefined;
  /** fix14f: "$100/day": the amounts are per day, made the period's in the frame (budget-per-day.ts). */
  perDay?: boolean | undefined;
  /** fix15f: "$1k/week": the amounts are per week, made the period's in the frame (budget-per-day.ts). */
  perWeek?: boolean | undefined;
}

const AMOUNT =
  /(?:[$€£]\s?(\d+(?:\.\d+)?)\s*(k|m|mm|thousand|million|grand)?|(\d+(?:\.\d+)?)\s*(k|m|mm|thousand|million|grand)?\s*(?:dollars?|usd|bucks|eur|euros?|pounds?|gbp)\b|(\d+(?:\.\d+)?)\s*(k|m|mm)\b)/;
const MULTIPLIER: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  grand: 1e3,
  m: 1e6,
  mm: 1e6,
  million: 1e6,
};

/**
 * The first money amount in a text.
 * @example parseAmount("split $50k next month") // 50000
 */
export function parseAmount(text: string): number | undefined {
  const m = AMOUNT.exec(text);
  if (!m) return undefined;
  const n = Number(m[1] ?? m[3] ?? m[5]);
  const unit = m[2] ?? m[4] ?? m[6];
  return n * (unit ? (MULTIPLIER[unit] ?? 1) : 1);
}

const FRACTIONS: Record<string, number> = {
  half: 50,
  "a half": 50,
  "a third": 33.3,
  third: 33.3,
  "a quarter": 25,
  quarter: 25,
  "two thirds": 66.7,
};
const CUT =
  "cut|cutting|reduce|reducing|reduced|decrease|decreasing|decreased|lower|lowering|lowered|trim|trimming|trimmed|slash|slashing|slashed|scale back|scaled back|scale down|scaled down|pull back on|drop|reduced|less on|less for";
const RAISE =
  "increase|increasing|increased|raise|raising|raised|boost|boosting|boosted|grow|growing|scale up|scaling up|scaled up|scale|add to|up|more on|more for|put more into|invest more in";
const STOP =
  "pause|pausing|paused|stop|stopping|stopped|turn off|turning off|turned off|switch off|switched off|shut off|shut down|kill|killed|cancel|cancelled|canceled|remove|removed|drop|dropped|cut off";
const LOCK_BEFORE =
  /\b(?:keep|keeping|lock|locking|hold|holding|freeze|fix|protect|leave|not touch|do not touch|without touching|without changing|not change|do not change|except|excluding|but not|ring fence|ringfence)\s+(?:the\s+)?(?:spend\s+(?:on|for)\s+|budget\s+(?:on|for)\s+)?(?:[a-z]+\s+and\s+)?$/;
const LOCK_AFTER =
  /^\s*(?:and\s+[a-z ]+?\s+)?(?:spend\s+|budget\s+)?(?:fixed|locked|as is|the same|unchanged|flat|constant|untouched|where (?:it is|they are)|stays?|stay the same|must stay|should stay|at current|as they are)\b/;

function amountChange(s: string): { changePercent?: number; changeAmount?: number } | undefined {
  const pct =
    /^\s*(?:spend\s+|budget\s+)?(?:(?:by|in)\s+)?(?:about\s+|roughly\s+|around\s+)?(\d+(?:\.\d+)?)\s*(?:%|percent|pct)/.exec(
      s,
    );
  if (pct) return { changePercent: Number(pct[1]) };
  const frac =
    /^\s*(?:spend\s+|budget\s+)?(?:by|in)\s+(a half|half|a third|third|a quarter|quarter|two thirds)\b/.exec(
      s,
    );
  if (frac) return { changePercent: FRACTIONS[frac[1]!]! };
  const amt = /^\s*(?:spend\s+|budget\s+)?by\s+/.exec(s) ? parseAmount(s.slice(0, 40)) : undefined;
  return amt === undefined ? undefined : { changeAmount: amt };
}

const RISE_WORD =
  "up|upped|rises?|rose|risen|rising|grows?|grew|grown|growing|increases?|increased|increasing|raised|boosted|jumps?|jumped|climbs?|climbed";
const FALL_WORD =
  "down|drops?|dropped|dropping|falls?|fell|fallen|falling|decreases?|decreased|decreasing|cut|cuts|reduced|lowered|trimmed|slashed|shrinks?|shrank|shrunk";
const SAID_AFTER = new RegExp(
  String.raw`^\s*(?:ad\s+)?(?:spend|spending|budget)?\s*(?:(?:is|was|were|gets|got|goes|went|will be|would be|being|has|had)\s+)?(?:(?:getting|being|going|gone)\s+)?(${RISE_WORD}|${FALL_WORD})\s+(?:(?:up|down)\s+)?(?:by\s+)?(?:about\s+|roughly\s+|around\s+)?(\d+(?:\.\d+)?)\s*(?:%|percent|pct)`,
);
const SAID_MULTIPLE =
  /^\s*(?:ad\s+)?(?:spend|spending|budget)?\s*(?:(?:is|was|were|gets|got|will be|would be|being)\s+)?(doubles|doubled|triples|tripled|halves|halved|is halved)\b/;

/** The change said after the value ("display spend goes up 20%", "meta budget halves"). */
function changeSaidAfter(after: string): { changePercent: number } | undefined {
  const pct = SAID_AFTER.exec(after);
  if (pct) {
    const down = new RegExp(`^(?:${FALL_WORD})$`).test(pct[1]!);
    return { changePercent: (down ? -1 : 1) * Number(pct[2]) };
  }
  const multiple = SAID_MULTIPLE.exec(after)?.[1];
  if (!multiple) return undefined;
  if (multiple.startsWith("doubl")) return { changePercent: 100 };
  if (multiple.startsWith("tripl")) return { changePercent: 200 };
  return { changePercent: -50 };
}

function changeFor(
  text: string,
  m: LexiconMatch,
): { changePercent?: number; changeAmount?: number } | undefined {
  const before = text.slice(Math.max(0, m.span.start - 60), m.span.start);
  const after = text.slice(m.span.end, m.span.end + 40);
  const verb = (words: string) =>
    new RegExp(
      `\\b(?:${words})\\s+(?:the\\s+|our\\s+|my\\s+)?(?:spend\\s+(?:on|for)\\s+|budget\\s+(?:on|for)\\s+)?$`,
    ).test(before);
  const on = "(?:the\\s+|our\\s+|my\\s+)?(?:spend\\s+(?:on|for)\\s+|budget\\s+(?:on|for)\\s+)?$";
  if (new RegExp(`\\b(?:halve|halving|halved)\\s+${on}`).test(before)) return { changePercent: -50 };
  if (new RegExp(`\\b(?:double|doubling|doubled)\\s+${on}`).test(before)) return { changePercent: 100 };
  if (new RegExp(`\\b(?:triple|tripling|tripled)\\s+${on}`).test(before)) return { changePercent: 200 };
  // fix6d: "+25% on paid search", "another 5k on meta" (budget-loose.ts).
  const loose = looseChange(before, parseAmount);
  if (loose) return loose;
  // "display got $500 less", "meta gets 20% more": the change follows the value.
  const gotAfter =
    /^\s*(?:spend\s+|budget\s+)?(?:got|gets|get|received|receives|had|has|was given|is given)\s+(?:an?\s+)?(?:extra\s+|additional\s+)?([$€£]\s?\d+(?:\.\d+)?\s*(?:k|m|mm|thousand|million)?|\d+(?:\.\d+)?\s*(?:k|m|%|percent))\s*(more|less|extra|fewer|additional)?/.exec(
      after,
    );
  if (gotAfter) {
    const sign = gotAfter[2] === "less" || gotAfter[2] === "fewer" ? -1 : 1;
    const pct = /(\d+(?:\.\d+)?)\s*(?:%|percent)/.exec(gotAfter[1]!);
    return pct
      ? { changePercent: sign * Number(pct[1]) }
      : { changeAmount: sign * (parseAmount(gotAfter[1]!) ?? 0) };
  }
  // "display spend goes up 20%", "meta budget is cut by 30%", "tiktok spend doubles": the change is
  // said after the value; without this the percent was read as the whole budget's change.
  const said = changeSaidAfter(after);
  if (said) return said;
  const amountBefore =
    /([$€£]\s?\d+(?:\.\d+)?\s*(?:k|m|mm|thousand|million)?|\d+(?:\.\d+)?\s*(?:k|m)|\d+(?:\.\d+)?\s*(?:%|percent))\s+(more|less|extra|fewer)\s+(?:on|for|to|into|in)\s+$/.exec(
      before,
    );
  if (amountBefore) {
    const sign = amountBefore[2] === "less" || amountBefore[2] === "fewer" ? -1 : 1;
    const pct = /(\d+(?:\.\d+)?)\s*(?:%|percent)/.exec(amountBefore[1]!);
    return pct
      ? { changePercent: sign * Number(pct[1]) }
      : { changeAmount: sign * (parseAmount(amountBefore[1]!) ?? 0) };
  }
  // fix14f: any way of writing money ("60 dollars", "50 bucks") as well as "$60" and "5k".
  const addTo = new RegExp(String.raw`\b(?:add|put|give)\s+(${MONEY})\s+(?:more\s+)?(?:to|into|on)\s+$`).exec(
    before,
  );
  if (addTo) return { changeAmount: parseAmount(addTo[1]!) ?? 0 };
  // fix14f: "cut $100 a day from paid search", "take 2k off display": the amount leaves the value.
  const takeFrom =
    /\b(?:cut|cutting|take|taking|took|remove|removing|pull|pulling|trim|trimming|shave|shaving)\s+([$€£]\s?\d+(?:\.\d+)?\s*(?:k|m|thousand|million)?|\d+(?:\.\d+)?\s*(?:k|m))\s+(?:from|off|out of)\s+(?:the\s+|our\s+|my\s+)?(?:spend\s+(?:on|for)\s+|budget\s+(?:on|for)\s+)?$/.exec(
      before,
    );
  if (takeFrom) return { changeAmount: -(parseAmount(takeFrom[1]!) ?? 0) };
  const stated = changeAsNounBefore(before);
  if (stated) return stated;
  const sign = verb(CUT) ? -1 : verb(RAISE) ? 1 : 0;
  if (sign) {
    const c = amountChange(after);
    if (c?.changePercent !== undefined) return { changePercent: sign * c.changePercent };
    if (c?.changeAmount !== undefined) return { changeAmount: sign * c.changeAmount };
    return sign < 0 ? { changePercent: -100 } : undefined;
  }
  if (verb(STOP)) return { changePercent: -100 };
  // lead24: "what if we switched display off", "turn tiktok off": the particle after the value.
  if (
    verb("turn|turning|turned|switch|switching|switched|shut|shutting|knock|knocked") &&
    /^\s*(?:spend\s+|ads\s+)?off\b/.test(after)
  )
    return { changePercent: -100 };
  return undefined;
}

const DOWN_NOUN = "cut|cuts|reduction|decrease|drop|trim";
const UP_NOUN = "increase|raise|boost|bump|lift|uplift";

/**
 * para21: the change said as a noun before the value ("a 30% cut to display", "20% increase in
 * paid social"); said after it ("display budget drops 30 percent") is changeSaidAfter's.
 */
function changeAsNounBefore(before: string): { changePercent: number } | undefined {
  const noun = new RegExp(
    `(\\d+(?:\\.\\d+)?)\\s*(?:%|percent|pct)\\s+(?:(${DOWN_NOUN})|(${UP_NOUN}))\\s+(?:to|in|on|for|of)\\s+(?:the\\s+|our\\s+|my\\s+)?(?:spend\\s+(?:on|for)\\s+|budget\\s+(?:on|for)\\s+)?$`,
  ).exec(before);
  return noun ? { changePercent: (noun[2] ? -1 : 1) * Number(noun[1]) } : undefined;
}

/**
 * fix9e: "shift 15% of display budget into search", "move a third of our tiktok spend to meta": the
 * share is said before the source with "of" instead of "from"; the move reads the same.
 */
const SHARE_OF =
  /\b(?:move|moved|moving|shift|shifted|shifting|reallocate|reallocated|reallocating|transfer|transferred|transferring|take|took|taking|put|putting)\s+(.+?)\s+of\s+(?:the\s+|our\s+|my\s+)?$/;

/** "move $10k from display to paid search": the amount leaves one value and lands on the other. */
function moves(text: string, values: readonly LexiconMatch[]): Map<LexiconMatch, MoveSide> {
  const out = new Map<LexiconMatch, MoveSide>();
  for (let i = 0; i + 1 < values.length; i++) {
    const from = values[i]!;
    const to = values[i + 1]!;
    const before = text.slice(Math.max(0, from.span.start - 50), from.span.start);
    const m =
      /\b(?:move|moved|moving|shift|shifted|shifting|reallocate|reallocated|transfer|transferred|take|took)\s+(.+?)\s+(?:of\s+(?:the\s+)?(?:spend|budget)\s+)?from\s+$/.exec(
        before,
      ) ?? SHARE_OF.exec(before);
    const between = text.slice(from.span.end, to.span.start);
    if (
      !m ||
      !/^\s*(?:'s\s+)?(?:spend\s+|budget\s+|money\s+|dollars\s+)?(?:to|into|over to|onto)\s+$/.test(between)
    )
      continue;
    const amount = parseAmount(m[1]!);
    if (amount !== undefined) {
      out.set(from, { changeAmount: -amount });
      out.set(to, { changeAmount: amount });
      continue;
    }
    // fix6d: "move money from display to paid social", "shift 20% from x to y": a share of the
    // source's spend (budget-move.ts), the other side receiving what it gives up.
    const share = moveShare(m[1]!);
    if (share === undefined) continue;
    out.set(from, { changePercent: -share });
    out.set(to, { receives: true });
  }
  return out;
}

/**
 * fix9e: "search" is paid and organic search and a word of several campaign names: money moved
 * onto it lands on the channel with a budget (paid search), the level a budget is set at, unless
 * the words name nothing else.
 */
function budgetEntry(m: LexiconMatch): LexiconMatch["entries"][number] | undefined {
  const level = (e: LexiconMatch["entries"][number]) =>
    e.target.kind !== "value"
      ? 4
      : e.target.dimension === "channel" && !UNPAID_CHANNELS.has(e.target.value)
        ? 0
        : e.target.dimension === "platform"
          ? 1
          : e.target.dimension === "channel"
            ? 2
            : 3;
  return m.entries.filter((e) => e.target.kind === "value").sort((a, b) => level(a) - level(b))[0];
}

/**
 * Read a budget question; `matches` are the lexicon's value matches in text order.
 * @example parseBudget("what if i cut tiktok by half", matches).changes // [{ dimension: "platform", value: "tiktok_ads", changePercent: -50 }]
 */
export function parseBudget(raw: string, matches: readonly LexiconMatch[]): BudgetRequest {
  const daily = perDayText(raw);
  const { text, perWeek } = daily.perDay ? { ...daily, perWeek: false } : perWeekText(raw);
  const parts = parseBudgetParts(text, matches);
  const request = daily.perDay ? { ...parts, perDay: true } : perWeek ? { ...parts, perWeek } : parts;
  const grossMargin = statedMargin(text);
  return grossMargin === undefined ? request : { ...request, grossMargin };
}

function parseBudgetParts(text: string, matches: readonly LexiconMatch[]): BudgetRequest {
  const values = matches.filter((m) => m.entries.some((e) => e.target.kind === "value"));
  const moved = moves(text, values);
  const locked: string[] = [];
  const changes: FrameBudgetChange[] = [];
  for (const m of values) {
    const entry = budgetEntry(m);
    if (entry?.target.kind !== "value") continue;
    const { dimension, value } = entry.target;
    if (dimension !== "channel" && dimension !== "platform" && dimension !== "campaign") continue;
    const target = { dimension, value: filterValue(dimension, value) } as const;
    const move = moved.get(m);
    const change = move ?? changeFor(text, m);
    const before = text.slice(Math.max(0, m.span.start - 50), m.span.start);
    if (change) changes.push({ ...target, ...change });
    else if (LOCK_BEFORE.test(before) || LOCK_AFTER.test(text.slice(m.span.end, m.span.end + 40)))
      locked.push(value);
  }
  const limit = changeLimit(text);
  const bound = limit === undefined ? {} : { maxChangePercent: limit };
  if (!moved.size && !changes.length) {
    const relative = relativeTotal(text);
    if (relative)
      return {
        ...relative,
        ...bound,
        level: levelOf(text, values, changes, locked),
        locked,
        changes,
        // fix21c: a saving asked ("save 5k a month, where from?") spends the lower total where it
        // keeps the most revenue: the profit optimum would answer "spend nothing", not where to cut.
        objective: !statedTotal(text) && !PROFIT_SAID.test(text) ? "revenue" : budgetObjective(text),
      };
  }
  // fix6d: "keeps cac under $60" is a limit on a metric, never the budget (budget-metric-cap.ts).
  const masked = text
    .replace(METRIC_CAP, " ")
    .replace(/\b(?:by|of)\s+[$€£]\s?\d[\d.]*\s*(?:k|m|mm|thousand|million)?/g, " ");
  const hasMoves = moved.size > 0;
  const totalBudget = hasMoves
    ? undefined
    : parseAmount(
        changes.length
          ? masked
              .replace(/[$€£]\s?\d[\d.]*\s*(?:k|m)?\s+(?:more|less|extra)/g, " ")
              .replace(CHANGE_AMOUNTS, " ")
          : masked,
      );
  return {
    totalBudget,
    ...bound,
    level: levelOf(text, values, changes, locked),
    locked,
    changes,
    objective: budgetObjective(text),
  };
}

function levelOf(
  text: string,
  values: readonly LexiconMatch[],
  changes: readonly FrameBudgetChange[],
  locked: readonly string[],
): "channel" | "platform" {
  const platformLocked = values.some((m) =>
    m.entries.some(
      (e) =>
        e.target.kind === "value" && e.target.dimension === "platform" && locked.includes(e.target.value),
    ),
  );
  const platformSplit =
    /\b(?:across|between|among|over|by|per|to|for)\s+(?:the\s+|our\s+|my\s+|all\s+)?(?:ad\s+|advertising\s+)?platforms\b/.test(
      text,
    );
  return changes.some((c) => c.dimension === "platform") || platformLocked || platformSplit
    ? "platform"
    : "channel";
}

const MONEY = String.raw`(?:[$€£]\s?\d+(?:\.\d+)?\s*(?:k|m|mm|thousand|million|grand)?|\d+(?:\.\d+)?\s*(?:k|m|mm|thousand|million|grand)?\s*(?:dollars?|usd|bucks|eur|euros?|pounds?|gbp)\b|\d+(?:\.\d+)?\s*(?:k|m|mm|thousand|grand)\b)`;
const PCT = String.raw`(\d+(?:\.\d+)?)\s*(?:%|percent|pct)`;
const BUDGET_WORD = String.raw`(?:total\s+|overall\s+|marketing\s+|ad\s+|media\s+)?(?:budget|money|spend|to spend|cash|funds)`;
const MORE = "more|extra|additional|bigger|larger|higher";
/** A saving asked for the most profit: the profit objective stays. */
const PROFIT_SAID = /\b(?:profit|profits|profitable|profitability|margin|margins)\b/;
const LESS = "less|smaller|lower|fewer";

/**
 * The total as a change of current spend, when no channel is changed: "if I had 20% more budget",
 * "increase the budget by 10%" (a percent), "an extra 5000 EUR", "where should the next 5k go",
 * "add 5k to the budget" (an amount on top of current spend).
 */
export function relativeTotal(
  text: string,
): { totalBudgetChangePercent: number } | { extraBudget: number } | undefined {
  return statedTotal(text) ?? readBudgetCut(text);
}

function statedTotal(
  text: string,
): { totalBudgetChangePercent: number } | { extraBudget: number } | undefined {
  const pctWord = new RegExp(String.raw`\b${PCT}\s+(${MORE}|${LESS})\s+${BUDGET_WORD}\b`).exec(text);
  if (pctWord)
    return {
      totalBudgetChangePercent: (LESS.split("|").includes(pctWord[2]!) ? -1 : 1) * Number(pctWord[1]),
    };
  const pctVerb = new RegExp(
    String.raw`\b(increas\w*|rais\w*|grow\w*|boost\w*|up|cut\w*|reduc\w*|lower\w*|trim\w*|decreas\w*|slash\w*)\s+(?:the\s+|our\s+|my\s+)?${BUDGET_WORD}\s+(?:by\s+)?${PCT}`,
  ).exec(text);
  if (pctVerb) {
    const down = /^(?:cut|reduc|lower|trim|decreas|slash)/.test(pctVerb[1]!);
    return { totalBudgetChangePercent: (down ? -1 : 1) * Number(pctVerb[2]) };
  }
  const pctAfter = new RegExp(
    String.raw`\b${BUDGET_WORD}\s+(?:(?:goes|went|is|was|were|grows|grew|rises|rose|drops|dropped|falls|fell)\s+)?(up|down)\s+(?:by\s+)?${PCT}`,
  ).exec(text);
  if (pctAfter) return { totalBudgetChangePercent: (pctAfter[1] === "down" ? -1 : 1) * Number(pctAfter[2]) };
  // fix14f: "if the budget gets cut 25%", "budget is reduced by a fifth", "a 25% budget cut".
  const passive = new RegExp(
    String.raw`\b${BUDGET_WORD}\s+(?:(?:is|gets|got|was|were|will be|would be|being|has been|had been|goes|went)\s+)?(?:(?:getting|being)\s+)?(cut|reduced|trimmed|slashed|lowered|decreased|shrunk|shrinks|raised|increased|boosted|grown|grows)\s+(?:by\s+)?${PCT}`,
  ).exec(text);
  const noun = new RegExp(
    String.raw`\b${PCT}\s+(?:(?:total|overall|marketing|ad|media)\s+)?(?:budget|spend)\s+(cut|reduction|decrease|increase|boost|bump)\b|\b${PCT}\s+(cut|reduction|decrease|increase|boost|bump)\s+(?:to|in|of|on)\s+(?:the\s+|our\s+|my\s+)?${BUDGET_WORD}\b`,
  ).exec(text);
  const grows = /^(?:raised|increased|boosted|grown|grows|increase|boost|bump)$/;
  if (passive) return { totalBudgetChangePercent: (grows.test(passive[1]!) ? 1 : -1) * Number(passive[2]) };
  if (noun) {
    const [pct, word] = noun[1] ? [noun[1], noun[2]!] : [noun[3]!, noun[4]!];
    return { totalBudgetChangePercent: (grows.test(word) ? 1 : -1) * Number(pct) };
  }
  const extra = new RegExp(String.raw`\b(?:an?\s+)?(?:extra|additional|another|next|more)\s+(${MONEY})`).exec(
    text,
  );
  if (extra) return { extraBudget: parseAmount(extra[1]!) ?? 0 };
  // In a budget question a bare amount of three digits or more after "extra" is money ("we got
  // 5000 additional"): dropping it would split the current budget, a different question.
  const bare =
    /\b(?:an?\s+)?(?:extra|additional)\s+(\d{3,}(?:\.\d+)?)\b(?!\s*(?:%|percent|orders?|customers?|clicks?|sessions?|visits?|conversions?|users?))/.exec(
      text,
    );
  if (bare) return { extraBudget: Number(bare[1]) };
  const after = new RegExp(String.raw`(${MONEY})\s+(${MORE}|${LESS})\b`).exec(text);
  if (after)
    return { extraBudget: (LESS.split("|").includes(after[2]!) ? -1 : 1) * (parseAmount(after[1]!) ?? 0) };
  const add = new RegExp(
    String.raw`\b(?:add|adding|added|put|putting|give|giving)\s+(?:an?\s+)?(${MONEY})\s+(?:more\s+)?(?:to|into|on top of|onto)\s+(?:the\s+|our\s+|my\s+)?${BUDGET_WORD}\b`,
  ).exec(text);
  if (add) return { extraBudget: parseAmount(add[1]!) ?? 0 };
  return undefined;
}

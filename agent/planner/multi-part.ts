/**
 * fix9e: a pasted list of asks ("few things: 1) revenue last week 2) wow % 3) top channel by
 * orders 4) anything odd", one ask a line behind bullets, or three or more split by semicolons) is planned part by part, each part
 * read as a follow-up of the one before ("wow %" is the change of the revenue just asked), and the
 * calls are answered together. Read whole, the list matched one intent and answered one part.
 */
import type { Plan, PlannedCall, PlannerContext } from "./types.ts";

/** "1) ", "2. ", "(3) " at the start of the text, after a space, a colon or a line break. */
const NUMBERED = /(?:^|[\s:;,])\(?([1-9])[).]\s+/g;
/** A line behind a bullet: "- ", "* ", "• ". */
const BULLET = /^\s*[-*•]\s+(.+)$/gm;
/**
 * fix15f: dashes on one line after a colon ("update bullets: - paid spend oct - mer oct - anomalies"):
 * the bullets of a list pasted without its line breaks. A dash inside a part is a campaign name's
 * ("Search - Brand - Exact"), so only a list that opens with ": -" is split.
 */
const INLINE_DASHES = /:\s*-\s+(.+)$/s;
/** More parts than this is not a list of asks but something pasted. */
const MAX_PARTS = 6;

/**
 * The asks of a listed question, or undefined when it is not a list of two or more.
 * @example listedParts("few things: 1) revenue last week 2) wow %") // ["revenue last week", "wow %"]
 */
export function listedParts(question: string): string[] | undefined {
  const marks = [...question.matchAll(NUMBERED)];
  // Only markers that count up from 1 ("1) ... 2) ...") are items; "2. 5x roas" alone is not a list.
  const items: RegExpMatchArray[] = [];
  for (const m of marks) if (Number(m[1]) === items.length + 1) items.push(m);
  if (items.length >= 2) {
    const parts = items.map((m, i) => {
      const start = (m.index ?? 0) + m[0].length;
      const end = i + 1 < items.length ? (items[i + 1]!.index ?? question.length) : question.length;
      return question.slice(start, end).trim();
    });
    return fits(parts);
  }
  const bullets = [...question.matchAll(BULLET)].map((m) => m[1]!.trim());
  if (bullets.length >= 2) return fits(bullets);
  // para20: "for the qbr: q3 spend vs q2; top 5 campaigns q3; new customer cac q3" on one line: three
  // or more asks split by semicolons, after any lead-in ending in a colon.
  const semis = question.replace(/^[^:\n]*:\s*/, "").split(/\s*;\s*/);
  const asks = semis.length >= 3 && !/\n/.test(question) ? fits(semis) : undefined;
  if (asks && asks.length >= 3) return asks;
  const inline = INLINE_DASHES.exec(question);
  return inline && !question.includes("\n") ? fits(inline[1]!.split(/\s+-\s+/)) : undefined;
}

function fits(parts: string[]): string[] | undefined {
  const asks = parts.map((p) => p.replace(/[\s,;]+$/, "")).filter((p) => /[a-z]/i.test(p));
  return asks.length >= 2 && asks.length <= MAX_PARTS ? asks : undefined;
}

/**
 * Plan each part (a part's plan is the context of the next) and answer with every part's calls.
 * A part the data cannot answer says so in a note; undefined when no part plans to tool calls.
 */
export function planParts(
  parts: readonly string[],
  ctx: PlannerContext,
  plan: (question: string, ctx: PlannerContext) => Plan,
): Plan | undefined {
  const calls: PlannedCall[] = [];
  const notes: string[] = [];
  let first: Extract<Plan, { kind: "tool_calls" }> | undefined;
  let previous: { plan: Plan; question: string } | undefined;
  for (const part of parts) {
    const partCtx = previous ? { ...ctx, previous: previous.plan, previousQuestion: previous.question } : ctx;
    const p = carriedPeriod(part, plan(part, partCtx), first, partCtx, plan);
    if (p.kind !== "tool_calls") {
      notes.push(`"${part}": ${p.kind === "decline" ? p.message : p.question}`);
      continue;
    }
    first ??= p;
    previous = { plan: p, question: part };
    for (const call of p.calls)
      if (!calls.some((c) => JSON.stringify(c) === JSON.stringify(call))) calls.push(call);
    notes.push(...(p.notes ?? []));
  }
  if (!first) return undefined;
  return { ...first, calls, notes: notes.length ? notes : undefined };
}

/**
 * fix17e: a period named once holds for the asks after it ("last month's spend by channel, plus
 * which campaign had the worst cpa"): a part read with the default period is read again with the
 * first part's period words, kept when that gives the first part's period.
 */
function carriedPeriod(
  part: string,
  own: Plan,
  first: Extract<Plan, { kind: "tool_calls" }> | undefined,
  ctx: PlannerContext,
  plan: (question: string, ctx: PlannerContext) => Plan,
): Plan {
  const named = first?.frame.period;
  const period = own.kind === "tool_calls" ? own.frame.period : undefined;
  if (!named || !period?.label?.endsWith("(default)") || named.label?.endsWith("(default)")) return own;
  if (!named.label || !/^[a-z0-9 ]+$/i.test(named.label)) return own;
  const again = plan(`${part.replace(/[?.!\s]+$/, "")} ${named.label}`, ctx);
  const got = again.kind === "tool_calls" ? again.frame.period : undefined;
  return got && got.from === named.from && got.to === named.to ? again : own;
}

/** "quick ones for my 1:1 - a, b, and c", "for the review: a, b, c": a lead-in, then the asks. */
const LEAD_IN = /^(.{0,80}?)(?::\s|\s[-–—]\s)(.+)$/s;

/**
 * The asks of a comma list after a lead-in ("a, b, and c"), or undefined. Three or more, since
 * "spend and revenue, by week" is one ask; whether the list is several asks is for `dropsParts`.
 */
export function commaParts(question: string): string[] | undefined {
  const m = LEAD_IN.exec(question.trim());
  if (!m) return undefined;
  const items = m[2]!.split(/\s*,\s*(?:and\s+|&\s+)?/).map((x) => x.trim());
  return items.length >= 3 ? fits(sharedTail(items)) : undefined;
}

/** fix19d: a comparison said after the list ("..., WoW", "..., vs the month before"): not an ask. */
const COMPARISON_ITEM =
  /^(?:(?:with |and |plus )?(?:the )?(?:wow|mom|yoy|qoq|dod|w\/w|m\/m|y\/y|week[- ]over[- ]week|month[- ]over[- ]month|year[- ]over[- ]year|quarter[- ]over[- ]quarter)(?: (?:change|changes|comparison|delta|%))?|(?:vs\.?|versus|compared? (?:to|with)|against) .{1,40})$/i;
const COMPARISON_END =
  /\s((?:with |and |plus )?(?:the )?(?:wow|mom|yoy|qoq|w\/w|m\/m|y\/y|week[- ]over[- ]week|month[- ]over[- ]month|year[- ]over[- ]year)(?: (?:change|changes|comparison|delta|%))?)$/i;
/** A period closing the last ask ("aov and conversion rate last week"): every ask's period. */
const PERIOD_END =
  /\s((?:(?:for |in |over |during )?(?:the )?(?:last|this|previous|past|prior) (?:\d+ )?(?:days?|weeks?|months?|quarters?|years?|wk|mo|yr))|yesterday|today|ytd|mtd|qtd|(?:in |for |during )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)$/i;

/**
 * fix19d: "revenue, orders, AOV and conversion rate last week, WoW": the period and the comparison
 * said once at the end belong to every measure in the list, so each part carries them.
 * @example sharedTail(["revenue", "orders", "aov last week", "WoW"]) // ["revenue last week WoW", "orders last week WoW", "aov last week WoW"]
 */
export function sharedTail(items: readonly string[]): string[] {
  const asks = [...items];
  const tail: string[] = [];
  while (asks.length > 1 && COMPARISON_ITEM.test(asks[asks.length - 1]!)) tail.unshift(asks.pop()!);
  // "orders last week with WoW change": the comparison closing the last ask is the list's too.
  const closing = COMPARISON_END.exec(asks[asks.length - 1]!);
  if (closing) {
    asks[asks.length - 1] = asks[asks.length - 1]!.slice(0, closing.index);
    tail.unshift(closing[1]!);
  }
  const last = asks[asks.length - 1]!;
  const period = PERIOD_END.exec(last)?.[1];
  if (!tail.length && !period) return [...items];
  const words = [period, ...tail].filter(Boolean).join(" ");
  return asks.map((a, i) =>
    i === asks.length - 1
      ? [a, ...tail].join(" ")
      : PERIOD_END.test(a)
        ? [a, ...tail].join(" ")
        : `${a} ${words}`,
  );
}

/** Answers that cover a list of headline figures whole (with their movers). */
const WHOLE_ANSWERS = new Set(["overview", "brief"]);

/**
 * Whether the plan of the whole question leaves out a measure one of its parts asks for (then the
 * list was several asks and one reading answered some of them). An overview answers a list of
 * headline figures whole.
 */
export function dropsParts(whole: Plan, parts: readonly Plan[]): boolean {
  if (whole.kind !== "tool_calls" || whole.calls.some((c) => WHOLE_ANSWERS.has(c.name))) return false;
  if (parts.some(unreadAlone)) return false;
  const asked = new Set(whole.frame.metrics);
  // fix10c: a part is dropped when none of its measures is in the whole answer; companions a part
  // adds on its own (MER beside ROAS, paid CPA beside CPA) or a measure the whole answer gives in
  // its platform-reported form (conversion rate by campaign) do not split a list of measures.
  const covered = (m: string) => asked.has(m) || asked.has(`platform_${m}`);
  // fix17e: a part answered by a tool the whole answer does not call ("revenue last week" beside
  // advice read whole) is dropped too.
  const tools = new Set(whole.calls.map((c) => c.name));
  // fix19e: a bare measure ("spend", "ROAS and CAC" after "october MoM for revenue, ...") names
  // no period, breakdown or filter of its own: its tool is the whole answer's, when covered.
  const bare = (p: Plan & { kind: "tool_calls" }) =>
    Boolean(p.frame.period?.label?.endsWith("(default)")) &&
    !p.frame.dimensions.length &&
    !p.frame.filters.length &&
    p.frame.metrics.every((m) => covered(m) || m === "mer");
  const dropped = parts.some(
    (p) =>
      p.kind === "tool_calls" &&
      (!p.frame.metrics.some(covered) || (!p.calls.some((c) => tools.has(c.name)) && !bare(p))),
  );
  return dropped && new Set(parts.map((p) => shape(p))).size > 1;
}

/**
 * lead22: a part the planner cannot read on its own (a catalog search: "find the worst campaign
 * last month", "channels as columns") is a piece of one ask, not an ask: the whole reading stands.
 */
function unreadAlone(plan: Plan): boolean {
  return plan.kind === "tool_calls" && plan.calls.some((c) => c.name === "search_catalog");
}

/**
 * A part's answer apart from its measures: the tools, periods, breakdowns and filters. Parts that
 * differ only in measures ("spend, rev, roas" after "paid social vs paid search, sep vs oct: ")
 * are one ask's list of measures, the lead-in holding what they are of.
 */
function shape(plan: Plan, anyPeriod = false): string {
  if (plan.kind !== "tool_calls") return plan.kind;
  return JSON.stringify(
    plan.calls.map((c) => {
      const { metrics: _metrics, ...rest } = c.args as Record<string, unknown>;
      if (anyPeriod) {
        delete rest.timeRange;
        delete rest.period;
      }
      return [c.name, rest];
    }),
  );
}

/**
 * fix17e: where a new ask starts inside one sentence: a question mark with more after it, or a
 * joining word ("and", "and also", "plus", "also", "then", a semicolon, a comma) before a word that
 * opens an ask ("how many", "which", "what", "show me", "give me"); a bare "and" or question mark
 * joins too much that is one ask ("which grew and which fell", "stale? weekly ctr since june").
 */
const ASK_OPENER =
  "(?:how|what|whats|which|who|where|when|did|does|do|is|are|was|were|has|have|can|could|should|would|tell|show|give|list|break|chart|plot)\\b";
/**
 * The joins, with a bare comma among them or not. lead22: a bare comma joins two asks only when the
 * sentence itself opens as an ask ("what did we spend, which channel led"); after a statement or a
 * scope ("paid search orders tanked in october, how much did we lose", "retargeting or prospecting
 * on meta in q3, which gives the better return") what follows the comma is the one ask, and only a
 * joining word after the comma ("..., and how many", "..., plus which") starts another.
 */
function clauseJoin(bareComma: boolean): RegExp {
  const afterComma = bareComma
    ? "(?:and\\s+)?(?:also\\s+|then\\s+|plus\\s+)?"
    : "(?:and|also|then|plus)\\s+(?:also\\s+|then\\s+|plus\\s+)?";
  return new RegExp(
    `\\?\\s+(?:and|also|plus)\\s+(?:also\\s+)?(?=${ASK_OPENER})|(?:\\s*,\\s*${afterComma}|\\s*;\\s*(?:and\\s+)?(?:also\\s+)?|\\s+(?:and\\s+also|plus)\\s+)(?=${ASK_OPENER})`,
    "gi",
  );
}
const CLAUSE_JOIN = clauseJoin(true);
const JOINED_CLAUSE = clauseJoin(false);
const OPENS_AS_ASK = new RegExp(`^\\s*${ASK_OPENER}`, "i");
/**
 * A later ask that points back ("and what did that return", "when it bottomed out", "was
 * something broken") reads as one ask; so does a relative clause ("..., which drives me nuts").
 */
const POINTS_BACK =
  /\b(?:it|its|that|them|those|they|their|this|something|anything)\b|^which\s+(?:drives?|is|are|was|were|makes?|made|means?|meant|has|had|seems?|feels?|gets?|got|causes?|caused|happens?|keeps?|explains?|shows?)\b/i;
/**
 * lead22: a first part that only sets the scope of what follows ("of customers who came in via
 * email, how many ...", "on tiktok, which campaigns ...", "each month, how much ...") is a
 * lead-in, not an ask of its own.
 */
const SCOPE_LEAD_IN =
  /^(?:the (?:day|days|week|weeks|weekend|month|months|time|period|stretch) (?:we|when|that|after|before|of|our)\b|when|whenever|while|once|now that|of|for|on|in|among|amongst|per|each|every|post|after|before|during|since|skip|skipping|excluding|except|without|background|if|given|assuming|only|just|out of|from|within|across|with|apart from|besides|other than|ignoring|leaving out|looking at|thinking about|regarding|re|about)\b/i;

/**
 * The asks of one sentence joined by "and how many", "plus which", "? what", or undefined when it
 * holds one ask. Whether the asks were answered apart is for `keepsParts`.
 * @example clauseParts("spend by channel, plus which campaign had the worst cpa") // ["spend by channel", "which campaign had the worst cpa"]
 */
export function clauseParts(question: string): string[] | undefined {
  if (/\n/.test(question)) return undefined;
  const joins = OPENS_AS_ASK.test(question) ? CLAUSE_JOIN : JOINED_CLAUSE;
  const parts = question.split(joins).map((p) => p.trim());
  if (SCOPE_LEAD_IN.test(parts[0] ?? "") || /:/.test(parts[0] ?? "")) return undefined;
  if (parts.slice(1).some((p) => POINTS_BACK.test(p))) return undefined;
  return parts.length >= 2 ? fits(parts) : undefined;
}

/**
 * fix17e: whether the asks of one sentence need answering apart: two or more parts plan to tool
 * calls of different shapes, and the whole reading is none of them (it merged them, "spend by
 * channel and campaign" for "spend by channel plus the worst campaign", or answered one).
 */
export function keepsParts(whole: Plan, parts: readonly Plan[]): boolean {
  if (whole.kind !== "tool_calls" || whole.calls.some((c) => WHOLE_ANSWERS.has(c.name))) return false;
  if (parts.some(unreadAlone)) return false;
  const answered = parts.filter((p): p is Extract<Plan, { kind: "tool_calls" }> => p.kind === "tool_calls");
  // Parts that differ only in measures and periods ("how much revenue did we make and how many
  // orders in october": the period said once, at the end) are one ask.
  if (answered.length < 2 || new Set(answered.map((p) => shape(p, true))).size < 2) return false;
  const key = (c: PlannedCall) => JSON.stringify(c);
  const wholeCalls = whole.calls.map(key);
  return !answered.some((p) => {
    const own = new Set(p.calls.map(key));
    return wholeCalls.every((c) => own.has(c));
  });
}

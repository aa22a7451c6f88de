/**
 * A threshold on a change between two periods, asked of the members of a comparison: "campaigns
 * where cpa went up more than 20% vs last month", "channels whose spend dropped by over $1k",
 * "which campaigns doubled their revenue", "channels whose roas fell below 1x in september".
 * Without it the comparison listed every member by its current value, and the asker had to find
 * the ones that crossed the line themselves (or read the list as the ones that did). The
 * comparison presenter keeps the members that meet it (agent/present/change-threshold.ts).
 * Read from the question's words alone (pure), like the change ranking (change-ranking.ts).
 */
import { normalize } from "./normalize.ts";
import { baselineOf } from "./time.ts";
import type { Frame } from "./types.ts";

/** A move of at least (or more than) some size, relative (0.2 = 20%) or in the metric's unit. */
export interface MoveThreshold {
  kind: "move";
  direction: "up" | "down";
  relative?: number;
  absolute?: number;
  /** "more than" (strict) or "at least" / "20% or more". */
  strict: boolean;
  /** fix18a: "the ones that went down": any move that way, said without a size. */
  any?: true;
  /**
   * fix15b: "which channels did NOT grow": no move in the other direction (flat or down, or flat
   * or up for "did not drop"), said as such rather than as a move of at least 0%.
   */
  notMoved?: true;
}

/** A level crossed between the periods: below it now and not before ("fell below 1x"), or above. */
export interface CrossThreshold {
  kind: "cross";
  direction: "up" | "down";
  level: number;
}

export type ChangeThreshold = MoveThreshold | CrossThreshold;

const UP = String.raw`(?:went up|gone up|go(?:es)? up|rose|risen|rise|rises|grew|grown|grow|grows|increased|increases?|jumped|jumps?|climbed|climbs?|spiked|spikes?|up)`;
const DOWN = String.raw`(?:went down|gone down|go(?:es)? down|fell|fallen|falls?|dropped|drops?|declined|declines?|decreased|decreases?|shrank|shrunk|dipped|dips?|slid|down)`;
const STRICT = String.raw`(?:more than|over|above|in excess of|upwards of)`;
const AT_LEAST = String.raw`(?:at least|a minimum of|no less than)`;
const AMOUNT = String.raw`(?<cur>\$)?(?<n>\d+(?:\.\d+)?)\s?(?<unit>k|thousand|grand|m)?\s?(?<pct>%|percent|pct|per cent)?(?!\s?x\b)(?! ?(?:spots?|places?|positions?|ranks?|campaigns?|channels?|states?|days?|weeks?|months?|times?|x)\b)`;
/** The bound after the amount: "20% or more", "$1k+". */
const TAIL = String.raw`(?:\s?(?:or more|or above|or higher|and up|plus|\+))?`;

const MOVE = new RegExp(
  String.raw`\b(?<dir>${UP}|${DOWN})(?: by)?(?: (?<bound>${STRICT}|${AT_LEAST}))? ${AMOUNT}${TAIL}`,
);
/** "a drop of more than 30%", "an increase of at least $500". */
const MOVE_NOUN = new RegExp(
  String.raw`\b(?:an? )?(?<dir>increase|rise|jump|gain|growth|drop|decline|decrease|fall|dip) of (?:(?<bound>${STRICT}|${AT_LEAST}) )?${AMOUNT}`,
);
/** "20%+ drop", "more than 30% decline". */
const AMOUNT_FIRST = new RegExp(
  String.raw`\b(?:(?<bound>${STRICT}|${AT_LEAST}) )?${AMOUNT}${TAIL} (?<dir>increase|rise|jump|gain|growth|drop|decline|decrease|fall|dip)\b`,
);
const MULTIPLE = /\b(?<word>doubled|tripled|halved|doubling|tripling|halving|cut in half)\b/;
/** "fell below 1x", "dropped under $50", "went above $60", "rose over 2x". */
const CROSS = new RegExp(
  String.raw`\b(?<dir>${UP}|${DOWN}|slipped|sank|crept) (?<side>below|under|beneath|above|over|past) (?:the )?(?<cur>\$)?(?<n>\d+(?:\.\d+)?)\s?(?:(?<unit>k|x|percent)\b|(?<pc>%))?`,
);

const NOUN_UP = /^(?:increase|rise|jump|gain|growth)$/;

/**
 * fix15b: a move denied ("which channels did NOT grow", "campaigns that didn't increase revenue",
 * "what channels were flat or down"): the members with no move that way (flat counts).
 */
const NOT_UP =
  /\b(?:did ?n[o']?t|didnt|do ?n[o']?t|dont|does ?n[o']?t|doesnt|did not|have ?n[o']?t|has ?n[o']?t|haven't|hasn't|were ?n[o']?t|was ?n[o']?t|werent|wasnt|not|never|fail(?:ed)? to|failing to) (?:grow|grown|grew|increase|increased|go up|gone up|rise|risen|improve|improved|gain|gained|up)\b|\b(?:no growth|flat or (?:down|declin\w*|lower|fell|dropped|worse)|(?:down|declin\w*|lower|fell|dropped) or flat|stagnant|stagnated|stalled)\b/;
const NOT_DOWN =
  /\b(?:did ?n[o']?t|didnt|do ?n[o']?t|dont|does ?n[o']?t|doesnt|did not|have ?n[o']?t|has ?n[o']?t|were ?n[o']?t|was ?n[o']?t|werent|wasnt|not|never) (?:decline|declined|drop|dropped|fall|fallen|fell|decrease|decreased|go down|gone down|shrink|shrank|down)\b|\b(?:flat or (?:up|growing|grew|higher|better)|(?:up|growing|grew|higher) or flat)\b/;

/** Moves said of the rows without a size (no bare "up" / "down": "break it down" is no move). */
const BARE_UP = String.raw`(?:went up|gone up|go(?:es)? up|(?:are|were|is|was) up|rose|risen|grew|grown|increased|jumped|climbed|spiked|gained)`;
const BARE_DOWN = String.raw`(?:went down|gone down|go(?:es)? down|(?:are|were|is|was) down|fell|fallen|dropped|declined|decreased|shrank|shrunk|dipped|slid|sank|lost ground)`;
/**
 * fix18a: "just the ones that went down", "which of those grew", "only the campaigns where spend
 * fell", "the decliners": the rows that moved that way at all, asked of a breakdown's rows.
 */
const ROWS_MOVED = new RegExp(
  String.raw`\b(?:ones?|those|these|them|they|which|whose|where|channels|campaigns|platforms|sources|states|regions|rows)\b(?: [a-z]+){0,3}? (?<dir>${BARE_UP}|${BARE_DOWN})\b|\b(?<noun>decliners|fallers|losers|gainers|growers|risers)\b`,
);

function sizeOf(g: Record<string, string | undefined>): { relative?: number; absolute?: number } {
  const n = Number(g.n);
  if (g.pct) return { relative: n / 100 };
  const scale =
    g.unit === "k" || g.unit === "thousand" || g.unit === "grand" ? 1e3 : g.unit === "m" ? 1e6 : 1;
  return { absolute: n * scale };
}

function isUp(word: string): boolean {
  return new RegExp(`^${UP}$`).test(word) || NOUN_UP.test(word);
}

/**
 * The change threshold the question states, or undefined.
 * @example changeThreshold("campaigns where cpa went up more than 20% vs last month") // { kind: "move", direction: "up", relative: 0.2, strict: true }
 * @example changeThreshold("channels whose roas fell below 1x in september") // { kind: "cross", direction: "down", level: 1 }
 */
export function changeThreshold(question: string): ChangeThreshold | undefined {
  const text = normalize(question);
  if (NOT_UP.test(text))
    return { kind: "move", direction: "down", relative: 0, strict: false, notMoved: true };
  if (NOT_DOWN.test(text))
    return { kind: "move", direction: "up", relative: 0, strict: false, notMoved: true };
  const cross = CROSS.exec(text);
  if (cross?.groups) {
    const g = cross.groups;
    const scale = g.unit === "k" ? 1e3 : 1;
    const below = /^(?:below|under|beneath)$/.test(g.side!);
    const level = Number(g.n) * scale;
    return {
      kind: "cross",
      direction: below ? "down" : "up",
      level: g.pc || g.unit === "percent" ? level / 100 : level,
    };
  }
  for (const re of [MOVE, MOVE_NOUN, AMOUNT_FIRST]) {
    const m = re.exec(text);
    if (!m?.groups) continue;
    const size = sizeOf(m.groups);
    // "up 2 campaigns" or a bare year is not a move's size.
    if (
      size.absolute !== undefined &&
      !m.groups.cur &&
      !m.groups.unit &&
      size.absolute >= 1900 &&
      size.absolute <= 2100
    )
      continue;
    const bound = m.groups.bound;
    return {
      kind: "move",
      direction: isUp(m.groups.dir!) ? "up" : "down",
      ...size,
      strict: bound !== undefined && new RegExp(`^${STRICT}$`).test(bound),
    };
  }
  const multiple = MULTIPLE.exec(text)?.groups?.word;
  if (multiple) {
    if (multiple.startsWith("halv") || multiple === "cut in half")
      return { kind: "move", direction: "down", relative: 0.5, strict: false };
    return { kind: "move", direction: "up", relative: multiple.startsWith("tripl") ? 2 : 1, strict: false };
  }
  return anyMove(text);
}

/** A way up said of rows, for the both-ways reader (with "improved" and "better"). */
const BOTH_UP = String.raw`(?:${BARE_UP}|improved|got better|gone up|up|better|grew|growing|rising|increasing|winners|gainers|risers|growers)`;
const BOTH_DOWN = String.raw`(?:${BARE_DOWN}|got worse|worsened|declining|falling|dropping|down|worse|losers|decliners|fallers)`;
/**
 * fix19f: "which went up and which went down", "what rose, what fell?", "ups and downs by campaign",
 * "winners and losers": both ways asked of the rows at once, so both groups are listed (the
 * comparison presenter splits them). A sized move ("up more than 20%") is not this.
 */
const BOTH_WAYS = new RegExp(
  String.raw`\b(?:which|what|ones?|those|who|whos|who s)\b(?: [a-z]+){0,3}? ${BOTH_UP}\b.{0,30}\b(?:and|or|vs|versus|,)?\s*(?:which|what|ones?|those|who|whos|who s)?\b(?: [a-z]+){0,3}? ?${BOTH_DOWN}\b|\b(?:which|what|ones?|those)\b(?: [a-z]+){0,3}? ${BOTH_DOWN}\b.{0,30}\b(?:and|or|,)?\s*(?:which|what|ones?|those)?\b(?: [a-z]+){0,3}? ?${BOTH_UP}\b|\bups? and downs?\b|\b(?:winners|gainers|risers) (?:and|&|vs|versus|or) (?:losers|decliners|fallers)\b|\b(?:losers|decliners|fallers) (?:and|&|vs|versus|or) (?:winners|gainers|risers)\b|\bup (?:vs|versus|or|and) down\b`,
);

/**
 * Whether the question asks both ways of the rows at once ("which went up and which went down").
 * @example asksBothWays("which went up and which went down") // true
 * @example asksBothWays("which went up more than 20%") // false
 */
export function asksBothWays(question: string): boolean {
  const text = normalize(question);
  if (/\d/.test(text) || /\b(?:most|least|biggest|largest|fastest|sharpest)\b/.test(text)) return false;
  return BOTH_WAYS.test(text);
}

/** A move of the rows said without a size, or undefined (also when both ways are asked). */
function anyMove(text: string): ChangeThreshold | undefined {
  const g = ROWS_MOVED.exec(text)?.groups;
  if (!g || asksBothWays(text)) return undefined;
  // "which channel's cpa rose the most" ranks the moves; it does not filter the rows.
  if (/\b(?:most|least|biggest|largest|fastest|sharpest|furthest|hardest|highest|lowest)\b/.test(text))
    return undefined;
  const down = g.noun
    ? /^(?:decliners|fallers|losers)$/.test(g.noun)
    : new RegExp(`^${BARE_DOWN}$`).test(g.dir!);
  // "which went up and which went down" asks for both: no filter.
  if (new RegExp(String.raw`\b${down ? BARE_UP : BARE_DOWN}\b`).test(text)) return undefined;
  return { kind: "move", direction: down ? "down" : "up", absolute: 0, strict: true, any: true };
}

/**
 * "which campaigns doubled their spend last month", "channels where cpa jumped more than 25% in
 * october": a threshold on a change asks about the move from the period before, so a breakdown or
 * total read as one period's figures becomes that period against the one before it. A trend (a
 * date breakdown) or a comparison already set is left alone.
 * @example withChangeThresholdCompare(frame, "which campaigns doubled their spend last month").intent // "compare"
 */
export function withChangeThresholdCompare(frame: Frame, question: string): Frame {
  if (frame.intent !== "query" && frame.intent !== "rank") return frame;
  if (
    frame.compare ||
    frame.dimensions.includes("date") ||
    !(changeThreshold(question) || asksBothWays(question))
  )
    return frame;
  return {
    ...frame,
    intent: "compare",
    compare: { mode: "previous_period", period: baselineOf(frame.period, "previous_period") },
    order: undefined,
    limit: undefined,
  };
}

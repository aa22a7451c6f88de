/**
 * Finds the numbers a reader would take as figures in an answer, with the precision they were
 * displayed at, and skips numbers that only name a period, a rank or a list position.
 */

/** How a number was written: it decides which ground values it may stand for. */
export type NumberKind = "currency" | "percent" | "multiplier" | "plain";

/** One figure found in a text. */
export interface TextNumber {
  /** The characters as written, e.g. "$1.2M", "12.5%", "-3". */
  text: string;
  /** The value in its written scale: "$1.2M" -> 1_200_000, "12.5%" -> 12.5, "3.2x" -> 3.2. */
  value: number;
  /** One unit of the last displayed digit in the same scale: "$1.2M" -> 100_000, "12.5%" -> 0.1. */
  step: number;
  kind: NumberKind;
  /** True when a minus sign was written; unsigned numbers are compared by magnitude. */
  signed: boolean;
  /** Offset of `text` in the input. */
  index: number;
}

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DAY = "\\d{1,2}(?:st|nd|rd|th)?";
const YEAR = "(?:19|20)\\d{2}";
const RANGE = "\\s*(?:[-–—]|to|through|until)\\s*";
const PERIOD_WORDS =
  "in|during|since|for|of|through|thru|until|till|to|from|year|fy|vs\\.?|versus|before|after|early|late|mid|end|start|by|and";
const UNITS_OF_TIME =
  "(?:days?|weeks?|months?|quarters?|years?|hours?|hrs?|minutes?|mins?|d|wk|wks|mo|mos|yrs?)";

/**
 * Spans masked before numbers are read: dates and date parts, durations, ranks, list markers,
 * ordinals and clock times. Each is replaced by spaces so offsets stay the same.
 */
const IGNORED: readonly RegExp[] = [
  /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?\b/g, // 2026-10-31, ISO timestamps
  /\b\d{4}-\d{2}\b/g, // 2026-10
  /\b\d{1,4}\/\d{1,2}(?:\/\d{2,4})?\b/g, // 10/31/2026, 2026/10/31, 10/31
  new RegExp(`\\b${MONTH}\\s+${DAY}(?:${RANGE}(?:${MONTH}\\s+)?${DAY})?(?:,?\\s*${YEAR})?\\b`, "gi"), // Oct 1–31, 2026
  new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s*${YEAR})?\\b`, "gi"), // 1 October 2026
  new RegExp(`\\b${MONTH},?\\s+${YEAR}\\b`, "gi"), // October 2026
  new RegExp(`\\b(?:Q[1-4]|H[12])(?:\\s*(?:FY)?'?(?:${YEAR}|\\d{2}))?\\b`, "gi"), // Q3, Q3 2026, H1 FY26
  /\bFY\s?'?\d{2,4}\b/gi, // FY2026
  new RegExp(
    `\\b${YEAR}(?:${RANGE}${YEAR})?(?=\\s*(?:(?:vs\\.?|versus|to|ytd|year|budget|period)\\b|[-–—)]))`,
    "gi",
  ),
  new RegExp(`\\b(?:${PERIOD_WORDS})\\s+${YEAR}\\b`, "gi"), // in 2026, vs 2025
  new RegExp(`\\b\\d+(?:\\.\\d+)?(?:\\s*|-)${UNITS_OF_TIME}\\b`, "gi"), // 30 days, 7-day, 3 months
  /\b(?:top|bottom|first|last|next|past|previous|prior|rank(?:ed)?|week|wk|day|no\.?)\s*#?\d+\b/gi, // top 5, week 42
  /#\d+\b/g, // #1
  /\b\d+(?:st|nd|rd|th)\b/gi, // 3rd
  /^[ \t]*(?:[-*•][ \t]*)?\d+[.)](?=\s)/gm, // "1." / "2)" list markers
  /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?/gi, // 10:30 am
];

const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};

/**
 * sign? currency? sign? number suffix?, where number is 1,234.56 / 1234.5 / .5 and suffix is a
 * percent sign, percentage points, a multiplier "x", or a scale ("k", "M", "bn", "million").
 * Single-letter suffixes must touch the number ("$3.4M"); words may follow a space ("1.2 million").
 * Currency codes (USD 1,234) need no pattern: the number after them is read as a plain figure.
 * Numbers glued to a word or to "word-" (identifiers, "10-20" ranges) are not matched.
 */
const NUMBER =
  /(?<![\w.,]|\w[-–])(?<sign>[-−])?(?<cur>[$€£¥₹]|[A-Z]{1,2}\$)?(?<sign2>[-−])?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?:(?<tight>%|x|×|k|mm|mn|m|bn|b|pp)|\s(?<loose>%|percentage points?|percent|pp|pts?|x|thousand|million|billion))?(?![\w%])/gi;

const PERCENT_SUFFIX = /^(?:%|percent|percentage points?|pp|pts?)$/;

function mask(text: string): string {
  let out = text;
  for (const pattern of IGNORED) {
    out = out.replace(pattern, (m) => " ".repeat(m.length));
  }
  return out;
}

/**
 * Every figure in `text` (currency, percentages, multipliers, plain numbers with separators,
 * negatives), skipping dates and date parts ("2026-10-31", "October 1–31, 2026", "Q3", "in 2026"),
 * durations ("last 30 days"), ranks ("top 5"), ordinals, list markers ("1.") and clock times.
 * Numbers glued to letters (identifiers such as "summer24" or "B2B") are not figures.
 */
export function extractNumbers(text: string): TextNumber[] {
  const found: TextNumber[] = [];
  for (const m of mask(text).matchAll(NUMBER)) {
    const g = m.groups ?? {};
    const digits = (g.num ?? "").replaceAll(",", "");
    const decimals = digits.includes(".") ? digits.length - digits.indexOf(".") - 1 : 0;
    const suffix = (g.tight ?? g.loose ?? "").toLowerCase();
    const scale = SCALE[suffix] ?? 1;
    const kind: NumberKind = g.cur
      ? "currency"
      : PERCENT_SUFFIX.test(suffix)
        ? "percent"
        : suffix === "x" || suffix === "×"
          ? "multiplier"
          : "plain";
    const signed = g.sign !== undefined || g.sign2 !== undefined;
    const magnitude = Number(digits) * scale;
    const index = m.index ?? 0;
    found.push({
      text: text.slice(index, index + m[0].length),
      value: signed ? -magnitude : magnitude,
      step: 10 ** -decimals * scale,
      kind,
      signed,
      index,
    });
  }
  return found;
}

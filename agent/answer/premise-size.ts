/**
 * Premises about size, not only direction (fix8d): "why did email revenue double", "what made
 * orders triple", "why did CAC halve" presume a multiple; "why did we spend nothing on google",
 * "why was there zero revenue from tiktok" presume none at all. When the data says otherwise the
 * answer says so first, with the real change, before the movers that follow are read as the
 * reasons for a change that did not happen.
 */

/** The multiple a question presumes, by the words that say it. */
const MULTIPLES: ReadonlyArray<{ factor: number; verb: string; re: RegExp }> = [
  { factor: 2, verb: "double", re: /\b(?:doubl(?:e|ed|es|ing)|2x|twice (?:as (?:much|many|high)|what))\b/ },
  { factor: 3, verb: "triple", re: /\b(?:tripl(?:e|ed|es|ing)|3x|three times)\b/ },
  {
    factor: 0.5,
    verb: "halve",
    re: /\b(?:halv(?:e|ed|es|ing)|cut in half|(?:dropped|fell|went down|shrank) (?:by )?(?:half|50 ?%))\b/,
  },
];

/** "spend nothing", "zero revenue", "no spend on", "didn't spend anything". */
const NONE =
  /\b(?:(?:spen[dt]|spending|made|make|earn(?:ed)?|sold|sell|get|got) (?:nothing|zero|0|no money|not a (?:dime|cent|penny))|(?:zero|no|0) (?:spend|revenue|sales|orders|budget|money)|(?:did ?n[o']?t|didnt|never) (?:spend|make|sell|get) (?:anything|any(?: money)?)|(?:was|were|went to|dropped to|fell to) (?:zero|nothing|0)\b)/;

/** How far a real change may sit from the presumed multiple and still count as it (±12.5%). */
const TOLERANCE = 0.125;

/** "+14.0%" as the presenters write a change. */
function percent(current: number, previous: number): string {
  const p = ((current - previous) / Math.abs(previous)) * 100;
  return `${Math.abs(p).toFixed(1)}%`;
}

/**
 * The sentence correcting a presumed multiple or a presumed nothing, or undefined when the
 * question presumes neither or presumes right.
 * @example sizePremiseCorrection("why did email revenue double", "Email revenue", 114, 100) // "Email revenue did not double: it rose 14.0% ..."
 */
export function sizePremiseCorrection(
  question: string,
  label: string,
  current: number,
  previous: number,
  format?: (value: number) => string,
): string | undefined {
  const q = question.toLowerCase();
  if (NONE.test(q)) {
    if (current === 0) return undefined;
    const amount = format ? `: it was ${format(current)}` : "";
    return `${label} was not zero in these dates${amount}. Here is what moved it.`;
  }
  const presumed = MULTIPLES.find((m) => m.re.test(q));
  if (!presumed || previous === 0) return undefined;
  const ratio = current / previous;
  if (Math.abs(ratio - presumed.factor) <= presumed.factor * TOLERANCE) return undefined;
  const moved =
    current === previous
      ? "it was unchanged"
      : `it ${current > previous ? "rose" : "fell"} ${percent(current, previous)}`;
  const values = format ? ` (${format(current)} against ${format(previous)})` : "";
  return `${label} did not ${presumed.verb}: ${moved}${values} over these periods. Here is what moved it.`;
}

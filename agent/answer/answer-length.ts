/**
 * fix8a: the length a marketer asks an answer to take. "In 3 bullets" folds the presented lines into
 * that many bullets (a heading line stays the heading); "make it shorter", "tl;dr" after an
 * answer keeps its heading and its first lines, about half of them, as bullets when the answer
 * before was in bullets. Only the presenters' own lines are regrouped, so every figure stays one
 * the tools returned.
 */

const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/** "3 bullets", "in three bullet points", "5 points", "2 lines". */
const BULLETS =
  /\b(\d|one|two|three|four|five|six|seven)\s+(?:short\s+|quick\s+|key\s+)?(?:bullets?|bullet points?|points|lines|sentences)\b/i;

/** "make it shorter", "shorter please", "trim it down", "tl;dr", "more concise", "condense that". */
const SHORTER =
  /^(?:(?:ok|okay|now|pls|please|can you|could you|and)\s+)*(?:make (?:it|that|this) (?:shorter|more concise|tighter|briefer)|shorter|shorten (?:it|that|this)|trim (?:it|that|this) (?:down)?|cut (?:it|that|this) down|condense (?:it|that|this)|tl ?;? ?dr|too long|more concise|in fewer words|(?:the )?short(?:er)? version|summari[sz]e (?:it|that|this))(?:\s+(?:please|pls|thanks|for me))?[?.!]*$/i;

/**
 * A chart asked for in the same question: there "two lines" are the chart's series ("chart daily
 * spend vs revenue, two lines") and "30 points" its dots, not the text's length (regress15).
 */
const CHART_WORDS = /\b(?:chart|graph|plot|plotted|visuali[sz]e|visual|axis|axes|dual axis)\b/i;

/** The number of bullets a question asks for, if it names one. */
export function bulletsAsked(question: string): number | undefined {
  const m = BULLETS.exec(question);
  if (!m) return undefined;
  if (/\b(?:lines|points)\b/i.test(m[0]) && CHART_WORDS.test(question)) return undefined;
  const n = WORD_NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]);
  return n >= 1 && n <= 7 ? n : undefined;
}

/** Whether the question only asks for the previous answer, shorter. */
export function asksShorter(question: string): boolean {
  return SHORTER.test(question.trim());
}

/** `lines` folded into `n` bullets, in order, as evenly as they go. */
function folded(lines: readonly string[], n: number): string[] {
  const count = Math.min(n, lines.length);
  const size = Math.ceil(lines.length / count);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += size) out.push(`- ${lines.slice(i, i + size).join(" ")}`);
  return out;
}

/**
 * The text in the length asked: n bullets, or shorter after an answer; unchanged otherwise.
 * @example shapedText("Oct vs Sep:\nSpend: $1.\nRevenue: $2.\nROAS: 2x.", "in 2 bullets", [])
 *   // "Oct vs Sep:\n- Spend: $1. Revenue: $2.\n- ROAS: 2x."
 */
export function shapedText(text: string, question: string, earlier: readonly string[]): string {
  const asked = bulletsAsked(question);
  const shorter = asksShorter(question);
  if (asked === undefined && !shorter) return text;
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const head = lines[0]?.endsWith(":") ? lines[0] : undefined;
  const body = (head ? lines.slice(1) : lines).map((l) => l.replace(/^[-•*]\s+/, ""));
  if (!body.length) return text;
  if (asked !== undefined) return [...(head ? [head] : []), ...folded(body, asked)].join("\n");
  // Shorter: the first half of the lines, never more than four, in one bullet fewer than the
  // last ask had (when it asked for bullets).
  const before = [...earlier]
    .reverse()
    .map(bulletsAsked)
    .find((n) => n !== undefined);
  const kept = body.slice(0, Math.max(1, Math.min(4, Math.ceil(body.length / 2))));
  return [...(head ? [head] : []), ...(before ? folded(kept, Math.max(1, before - 1)) : kept)].join("\n");
}

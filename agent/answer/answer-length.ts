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
  /\b(\d|one|two|three|four|five|six|seven)\s+(?:short\s+|quick\s+|key\s+|simple\s+|plain\s+)?(?:bullets?|bullet points?|points|lines|sentences|sentence|sentances?|sentenses?)\b/i;

/** fix18b: "a one-liner", "in a sentence", "a single line": one line of the answer. */
const ONE_LINE = /\b(?:one[- ]?liner|(?:a|one|single|1) (?:single )?(?:sentence|sentance|line))\b/i;

/** fix18b: "as bullets", "in bullet points", "bullet it": every line a bullet, no count named. */
const AS_BULLETS =
  /\b(?:bullets|bullet points|bullet form|bulleted|bullet (?:it|that|this|them)|bullet list|list form)\b/i;

/** fix18b: sentences asked ("in two sentences", "a one-liner"), not bullets: lines without a dash. */
const SENTENCES = /\b(?:sentences?|sentances?|sentenses?|one[- ]?liner|lines?)\b/i;

/**
 * fix18b: the words a turn that only reshapes the previous answer may hold besides its length
 * ("shorten it to two sentences", "put that in 3 bullets for the board", "rewrite as bullet points
 * for my boss"): verbs of rewriting, pronouns for the answer, an audience. Any other word (a
 * metric, a period, a breakdown) makes it a new question.
 */
const FORMAT_WORDS = new Set(
  (
    "ok okay now pls please plz can could would you u just and then also so me us i we it that this those these " +
    "the answer answers reply response summary update recap version note message text a an to in into as for of at " +
    "with max maximum most no more than only under within " +
    "make put write rewrite redo rephrase reword give turn keep boil cut trim shorten condense summarize summarise " +
    "sum up down wrap reformat format convert do say send post share it's its " +
    "short shorter brief briefer tight tighter concise quick simple plain crisp " +
    "bullet bullets points point lines line sentence sentences sentance sentances sentenses one liner oneliner form list " +
    "board boss ceo cfo cmo exec execs executive executives leadership investors investor team slack email " +
    "manager vp director stakeholders deck slide meeting standup " +
    "thanks thank ty two three four five six seven single 1 2 3 4 5 6 7 my our the"
  ).split(" "),
);

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
  if (!m) return ONE_LINE.test(question) && !CHART_WORDS.test(question) ? 1 : undefined;
  if (/\b(?:lines|points)\b/i.test(m[0]) && CHART_WORDS.test(question)) return undefined;
  const n = WORD_NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]);
  return n >= 1 && n <= 7 ? n : undefined;
}

/** Whether the question only asks for the previous answer, shorter. */
export function asksShorter(question: string): boolean {
  return SHORTER.test(question.trim());
}

/**
 * fix18b: whether a turn only asks for the previous answer in another length or form ("in 2
 * sentences pls", "as bullets for my boss", "make that a one-liner", "shorten it to two
 * sentences"): a length or a form is named and every other word is one of rewriting it.
 * @example asksReshape("put that in three bullets for the board") // true
 * @example asksReshape("revenue by channel in 3 bullets") // false
 */
export function asksReshape(question: string): boolean {
  if (asksShorter(question)) return true;
  const q = question.toLowerCase();
  if (bulletsAsked(q) === undefined && !AS_BULLETS.test(q) && !/\btl ?;? ?dr\b/.test(q)) return false;
  if (CHART_WORDS.test(q)) return false;
  const words = q
    .replace(/\btl ?;? ?dr\b/g, " ")
    .split(/[^a-z0-9']+/)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => FORMAT_WORDS.has(w));
}

/** A folded bullet as one sentence: "- Spend: $1. Revenue: $2." -> "Spend: $1; revenue: $2." */
function sentenceOf(bullet: string): string {
  const parts = bullet
    .replace(/^- /, "")
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .map((p) => p.replace(/[.!?]+$/, "").trim())
    .filter(Boolean);
  return `${parts.map((part, i) => (i === 0 ? part : lowerLead(part))).join("; ")}.`;
}

/** A joined part's first word in lower case when it is a plain word ("Revenue: $2", "Only 31 of"), not a name ("Paid Search"). */
function lowerLead(part: string): string {
  return /^[A-Z][a-z]+(?:[:,]| (?:[a-z0-9$]|$))/.test(part) ? part[0]!.toLowerCase() + part.slice(1) : part;
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
  const bullets = asked === undefined && AS_BULLETS.test(question);
  if (asked === undefined && !shorter && !bullets) return text;
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const head = lines[0]?.endsWith(":") ? lines[0] : undefined;
  const body = (head ? lines.slice(1) : lines).map((l) => l.replace(/^[-•*]\s+/, ""));
  if (!body.length) return text;
  // fix18b: "as bullets for the board": every line a bullet.
  if (bullets)
    return [...(head ? [head] : []), ...body.map((l) => (l.endsWith(":") ? l : `- ${l}`))].join("\n");
  if (asked !== undefined) {
    const groups = folded(body, asked);
    // fix18b: "in two sentences", "a one-liner": each group one line of prose, its parts joined.
    if (SENTENCES.test(question) && !/\bbullets?\b/i.test(question))
      return [...(head ? [head] : []), ...groups.map(sentenceOf)].join("\n");
    return [...(head ? [head] : []), ...groups].join("\n");
  }
  // Shorter: the first half of the lines, never more than four, in one bullet fewer than the
  // last ask had (when it asked for bullets).
  const before = [...earlier]
    .reverse()
    .map(bulletsAsked)
    .find((n) => n !== undefined);
  const kept = body.slice(0, Math.max(1, Math.min(4, Math.ceil(body.length / 2))));
  return [...(head ? [head] : []), ...(before ? folded(kept, Math.max(1, before - 1)) : kept)].join("\n");
}

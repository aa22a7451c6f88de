/**
 * fix14a: a long message with background before the real ask ("ok so i'm prepping the monthly. i
 * usually pull it from the google ads ui which takes forever. what i need is spend by platform for
 * q3"). Read whole, words of the background answered a different question: a platform named in
 * passing filtered the answer, "last week" in a story set the period. The ask is the sentences that
 * ask (a request, "what i need is", a question mark); the story around it and closing asides ("ignore
 * email for now", "formatting doesn't matter", "trying to decide whether ...") are left out. When the
 * ask points back at campaigns the story named ("those two campaigns"), the campaigns' names
 * replace the pointer, so the ask still names them.
 */
import { campaignTokenFilter } from "./groups.ts";
import { normalize } from "./normalize.ts";
import type { DimensionValue } from "./types.ts";

/** Words that make a sentence an ask. */
const ASKS =
  /\b(?:can|could|would|will) (?:you|u|ya)\b|\bwhat (?:i|we) (?:actually |really |just |mainly )?(?:need|want)\b|\b(?:i|we) (?:just |really |actually )?(?:need|want|would like|d like)\b|\b(?:give|show|get|send|pull) me\b|\btell me\b|\bpls\b|\bplease\b|\bhow (?:much|many|did|does|do|is|are|was|were)\b|\bwhat (?:is|are|was|were|does|did)\b|^(?:(?:and|so|but|ok|okay) )?(?:does|do|did|is|are|was|were|which|where|when|why|how)\b/;

/** Asides that ask nothing: what to leave out, how it should look, what it is for. */
const ASIDE =
  /^(?:\w+ )?(?:might|may|will|could) ask about\b|\bignore (?:that|this|it|those|them)\b|\b(?:don t|do not|dont) (?:worry|bother) about\b|\bformatting (?:doesn t|does not|doesnt) matter\b|^(?:no rush|thanks|thank you|cheers|ty|thx)\b|^(?:trying|i m trying|im trying|i am trying) to (?:decide|figure out|work out|understand)\b/;

/** A tag question that only checks a premise ("we have models in here, right?"). */
const TAG_QUESTION = /\b(?:right|yeah|yes|no|correct|isn t it|don t we|do we not)\s*\?\s*$/;

/** Words that point back at campaigns the background named. */
const POINTER =
  /\b(?:those|these|the|both)(?: two| 2| three| 3)?(?: [a-z0-9]+){0,2}? campaigns\b|\bboth of (?:them|those)\b/;

/** A pointer to something only the background names: then the background stays. */
const UNRESOLVED = /\b(?:those|these|them|they|both)\b/;

/**
 * fix17c: a story that tells a change we made ("we raised the budget on X in early july", "we
 * paused display for two weeks in june", "budget on X was doubled in may").
 */
const TOLD_CHANGE =
  /\b(?:we|i|they|someone)\s+(?:(?:had|have|just)\s+)?(?:raised|bumped|increased|upped|doubled|tripled|cut|slashed|lowered|reduced|halved|boosted|scaled|paused|stopped|restarted|relaunched|launched|turned|moved|shifted|changed)\b|\b(?:budgets?|spend)\s+(?:was|were|got)\s+(?:raised|increased|bumped|upped|doubled|cut|lowered|reduced|halved|boosted|paused|changed)\b/;

/** An ask that points back at the change its story told ("did the extra spend pay", "did it work"). */
const CHANGE_POINTER =
  /\b(?:it|that|this|the (?:extra|additional|added|increased|higher|bigger|new|lower|reduced|smaller) (?:spend|spending|budget|money|dollars)|the (?:change|increase|raise|bump|cut|boost|reduction|pause|move|shift)|(?:that|this|the) (?:budget|spend) (?:change|increase|raise|bump|cut|boost|reduction))\b/;

/** Platform and channel words: said beside a campaign ("the video one on tiktok"), they name none. */
const PLATFORM_WORDS: ReadonlySet<string> = new Set(
  "meta facebook fb instagram ig tiktok google adwords impact affiliate email search display social paid ads ad".split(
    " ",
  ),
);

/** The sentences of a message: split after ".", "?" or "!" followed by a space, and at line breaks. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[?!])\s+|(?<=[a-z0-9%)"'\u2019])\.\s+|\n+/i)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Whether a sentence asks something. */
function asks(sentence: string): boolean {
  const t = normalize(sentence);
  if (ASIDE.test(t)) return false;
  if (TAG_QUESTION.test(sentence)) return false;
  return /\?\s*$/.test(sentence) || ASKS.test(t);
}

/**
 * The ask of a long message, without its background; the message as it is when it has none.
 * @example readActualAsk("context: we pulled it from google ads ui. what i need is spend by platform for q3", [])
 * // "what i need is spend by platform for q3"
 */
export function readActualAsk(question: string, values: readonly DimensionValue[]): string {
  const parts = sentences(question);
  if (parts.length < 2 || question.split(/\s+/).length < 20) return question;
  // The story before the first ask is left out, and asides anywhere; what follows the first ask
  // ("put both side by side", "then split it by channel") is part of it.
  const first = parts.findIndex(asks);
  if (first < 0) return question;
  const kept = parts.slice(first).filter((s, i) => i === 0 || !ASIDE.test(normalize(s)));
  if (kept.length === parts.length) return question;
  // fix17c: "we raised X's budget in july. did the extra spend pay off?": the story is the change
  // the ask is about, so it stays (left out, the ask named no campaign and no date).
  const story = normalize(parts.slice(0, first).join(" "));
  if (TOLD_CHANGE.test(story) && CHANGE_POINTER.test(normalize(kept.join(" ")))) return question;
  const ask = kept.join(" ");
  // "those two summer campaigns": the campaigns the background named, by their names.
  const pointer = POINTER.exec(normalize(ask));
  if (pointer) {
    const story = normalize(parts.filter((s) => !kept.includes(s)).join(" "));
    const named = campaignTokenFilter(story, values, PLATFORM_WORDS).filter;
    if (named && named.op === "in" && "values" in named && named.values.length <= 5) {
      const labels = values
        .filter((v) => v.dimension === "campaign" && named.values.map(String).includes(String(v.value)))
        .map((v) => v.label);
      // The campaigns named, "they" and "them" in the ask are theirs.
      if (labels.length) return normalize(ask).replace(pointer[0], labels.join(" and "));
    }
  }
  return UNRESOLVED.test(normalize(ask)) ? question : ask;
}

/**
 * Questions that credit a change to something outside the marketing data ("did the heatwave in
 * July boost sales", "how did the rain affect orders last week", "sales dropped because of the
 * strike"). Answering the metric alone would read as a verdict on the cause, a different question;
 * the data can only show how the period compared with the one before, and the answer says so first.
 */
import { normalize } from "./normalize.ts";

/** Verbs that credit a metric's change to a cause. */
const EFFECT =
  "boost|boosted|boosts|hurt|hurts|help|helped|helps|affect|affected|affects|impact|impacted|impacts|drive|drove|drives|cause|caused|causes|lift|lifted|lifts|increase|increased|decrease|decreased|raise|raised|lower|lowered|kill|killed|tank|tanked|dent|dented|hit|change|changed|spike|spiked|bump|bumped|" +
  // para21: "was october's bad weather a drag on sales", "did the storm weigh on orders".
  "a drag on|a hit to|drag on|drag down|dragged down|weigh on|weighed on|weigh down|weighed down|bad for|good for|hold back|held back|" +
  // para23: "is the weather affecting sales", "is the heat hurting orders": the effect as it goes on.
  "affecting|impacting|hurting|helping|boosting|driving|causing|lifting|lowering|killing|tanking|denting|hitting|changing|dragging on|dragging down|weighing on|holding back";

/** "did the heatwave in july boost sales": the cause is the subject of an effect verb. */
const CAUSE_AS_SUBJECT = new RegExp(
  String.raw`\b(?:did|does|do|has|have|had|was|were|is|will|would|could|might|how (?:did|does|much did|much does))\s+(?:the\s+|our\s+|that\s+|this\s+|a\s+|an\s+|all\s+(?:the\s+|that\s+|this\s+)?)?([a-z0-9 ]{2,40}?)\s+(?:really\s+|actually\s+)?(?:${EFFECT})\b`,
);
/**
 * "sales dropped because of the strike", "impact of the price increase on revenue"; para22: the
 * effect verb in the passive ("was september revenue hurt by the rain", "were orders hit by it").
 */
const CAUSE_AFTER =
  /\b(?:because of|due to|thanks to|caused by|driven by|effect of|effects of|impact of|influence of|(?:hurt|hit|affected|impacted|helped|boosted|lifted|dented|killed|dragged down|held back|weighed down|lowered|raised) by)\s+(?:the\s+|our\s+|that\s+|this\s+|a\s+|an\s+)?([a-z0-9 ]{2,40}?)(?=\s+(?:on|in|during|over|last|this|for|to)\b|\s*$|\?)/;

/** para15: "september rain - did it hurt sales": the cause named first, then "it" as the subject. */
const CAUSE_THEN_IT = new RegExp(
  String.raw`^(?:the\s+|our\s+|that\s+|this\s+|all\s+(?:the\s+|that\s+)?)?([a-z0-9 ]{2,40}?)\s+(?:did|does|do|has|have|had|will|would|could)\s+(?:it|that|this|they)\s+(?:really\s+|actually\s+)?(?:${EFFECT})\b`,
);
/** para15: "october rain impact on revenue": the cause, then the effect noun. */
const CAUSE_THEN_EFFECT =
  /^(?:the\s+|our\s+|that\s+|this\s+|all\s+(?:the\s+|that\s+)?)?([a-z0-9 ]{2,40}?)\s+(?:impact|effect|influence)s?\s+on\b/;
/** para25: "is there a link between rain and our revenue": the cause, then the metric. */
const CAUSE_LINKED =
  /\b(?:link|connection|correlation|relationship|tie) between\s+(?:the\s+|our\s+)?([a-z0-9 ]{2,40}?)\s+and\b/;
/** A period said before the cause ("september rain", "last week's storm"): kept as the question's period. */
const PERIOD_LEAD =
  /^(?:(?:last|this|past) (?:week|weekend|month|year|summer|winter|spring|fall|autumn)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|summer|winter|spring|fall|autumn)\s+/;

/** What the rest of the question asks once the cause is taken out, and the sentence to lead with. */
export interface OutsideCause {
  cause: string;
  /** The question without the cause, asking how the period compared with the one before. */
  rest: string;
  note: string;
}

/**
 * The outside cause a question names, when every word of it is one the planner does not know
 * (no channel, campaign, metric or period): our own campaigns and channels ("did the brand
 * campaign boost sales") are data, not outside causes.
 * @param unknownWords the parser's unrecognised words of the question.
 * @example outsideCause("did the heatwave in july boost sales", ["heatwave"])?.cause // "heatwave"
 */
export function outsideCause(question: string, unknownWords: readonly string[]): OutsideCause | undefined {
  const text = normalize(question);
  const unknown = new Set(unknownWords);
  for (const pattern of [CAUSE_AS_SUBJECT, CAUSE_AFTER, CAUSE_THEN_IT, CAUSE_THEN_EFFECT, CAUSE_LINKED]) {
    const m = pattern.exec(text);
    if (!m) continue;
    // "the heatwave in july": the period after the cause stays in the question.
    const said = m[1]!.replace(/\s+(?:in|during|over|on|last|this)\b.*$/, "").trim();
    // "september rain": the period before the cause stays in the question too.
    const lead = PERIOD_LEAD.exec(said)?.[0] ?? "";
    const phrase = said.slice(lead.length).trim();
    // "what could we try to boost roas": an infinitive ("try to boost") asks for actions; the
    // words before "to" are not a cause.
    if (/\bto$/.test(phrase)) continue;
    // para21: "how much did tv ads drive": offline media are marketing, answered as untracked media
    // (untracked-data-intent.ts), not an outside event.
    if (OFFLINE_MEDIA.test(phrase)) continue;
    // fix17f: "how much did the influencer program drive": influencer marketing is ours, answered
    // with the creator campaigns (unavailable-market.ts), not an outside event.
    if (CREATOR_MARKETING.test(phrase)) continue;
    // fix21e: "how much revenue did marketing drive": our own marketing and ads are the data, not
    // an outside event (ad-return.ts reads what they brought in).
    if (
      /^(?:(?:our|the|all (?:our|the)|my)\s+)?(?:marketing|advertising|ads|paid media|ad spend)$/.test(phrase)
    )
      continue;
    // "is ad fatigue hitting the retargeting campaign": wear-out of our own ads is a marketing
    // question (creative-fatigue-intent.ts), not an outside event.
    if (/\b(?:fatigue|fatigued|wear ?out|saturation|saturated|frequency|cannibali[sz]\w*)\b/.test(phrase))
      continue;
    // fix16b: "that one", "the worst one" points back at a row; "one" is never a cause.
    const words = phrase.split(" ").filter((w) => w.length > 2 && w !== "one" && w !== "ones");
    if (!words.length || !words.some((w) => unknown.has(w))) continue;
    if (words.some((w) => !unknown.has(w) && !CAUSE_FILLER.has(w))) continue;
    const tail = m[1]!.trim().slice(said.length);
    const rest = `${lead} ${text.slice(0, m.index)} ${tail} ${text.slice(m.index + m[0].length)}`
      .replace(/\b(?:did|does|do|how)\b/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    return {
      cause: phrase,
      rest: `${rest} vs the period before`,
      note: `I have no data on "${phrase}": outside events such as weather, news, prices or competitors are not in your marketing data, so I can't say whether it caused a change. Here is how the period compared with the one before.`,
    };
  }
  return undefined;
}

/** Offline advertising a cause phrase may name ("tv ads", "the radio spots", "our podcast sponsorships"). */
const OFFLINE_MEDIA =
  /\b(?:tv|television|ctv|radio|podcasts?|billboards?|ooh|print|mailers?|direct mail|commercials?)\b/;

/** Influencer and creator marketing, typos included ("influncer", "infleuncer"). */
const CREATOR_MARKETING = /\b(?:inf\w{0,4}n[cs]ers?|creators?|kols?|ambassadors?|ugc)\b/;

/** Words a cause phrase may carry besides the cause itself ("the new price increase"). */
const CAUSE_FILLER = new Set([
  // para25: "do rainy days hurt sales", "hot weekends": the days the cause fell on.
  "days",
  "weekends",
  "new",
  "big",
  "recent",
  "last",
  "price",
  "prices",
  "pricing",
  "increase",
  "hike",
]);

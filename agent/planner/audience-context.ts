import { PERIOD_VS_PERIOD } from "./advice-intent.ts";

/**
 * fix17a: words about who the answer is for, how it will be delivered, or where a quoted number
 * was seen are context, not the question. Read as part of it, "client's asking" was taken for
 * another organization, "saw MER 3.1 in the monthly email" for a schedule, "5 bullets max" after
 * "october" for October 5, and "headline wins" for ad headlines. This rewrite runs on the question
 * as typed (normalize stage), before any reader, and leaves the ask:
 * - an asker said first ("client's asking why ...", "my boss wants to know ...", "the cfo asked:"):
 *   the asker goes, the ask stays;
 * - a delivery said after the ask ("- give me a short paragraph I can paste into my email",
 *   ", 5 bullets max", "for the client deck"): it goes; how long the answer is, is read by the
 *   answer writer from the question as typed;
 * - where a quoted figure was seen ("in the monthly email", "on our dashboard"): it goes, the
 *   figure stays;
 * - "headline" before a result word ("headline wins", "headline numbers"): the top ones, not ad
 *   headlines.
 * The organization is never read from any of it: it comes from the login.
 */

/**
 * fix19e: a report, deck or update being made, said first and set off ("pulling the client's
 * monthly report:", "for my boss's deck -", "doing the monthly update,").
 */
const REPORT_LEAD_IN =
  /^\s*[^:\-\u2013\u2014,]{0,50}?\b(?:report|deck|slides?|update|recap|review|readout|email|one[- ]pager)\s*[:\-\u2013\u2014,]\s+/i;

/** Who asks or reads: a client, a boss, the board, a C-level title. */
const ASKER =
  "(?:(?:the|my|our|a|one of (?:my|our) )\\s*)?(?:clients?|customer|boss|manager|line manager|cfo|ceo|cmo|coo|vp(?: of marketing)?|director|head of marketing|founders?|board|execs?|exec team|leadership|stakeholders?|account lead|agency|finance|sales team|partner)";

/** An asker said before the ask: "client's asking why", "my boss wants to know", "cfo asked me:". */
const ASKER_FIRST = new RegExp(
  `^\\s*(?:(?:so|ok|okay|hey|hi|quick one|fyi)[,:]?\\s+)?${ASKER}(?:['\u2019]s|\\s+is|\\s+are|\\s+has|\\s+have|\\s+was|\\s+were|\\s+keeps?)?\\s+(?:been\\s+)?(?:asking|asked|asks|wants to know|wanted to know|want to know|needs to know|need to know|is wondering|are wondering|wondering|would like to know|wants|wanted|needs|curious|pinged me|emailed|messaged)(?:\\s+(?:me|us))?(?:\\s+(?:about|if|whether|again))?\\s*[:,\\-\u2013\u2014]?\\s+`,
  "i",
);

/** Something the ask is for, said after it: a paste, a deck, an email, a slide. */
const DESTINATION =
  "(?:(?:my|an|the|our|a|their|his|her)\\s+)?(?:(?:client|weekly|monthly|board|exec|status|team)\\s+)?(?:email|e-mail|mail|slack(?: message| thread| channel)?|deck|slides?|report|doc|notes?|message|update|newsletter|recap|presentation|ppt|powerpoint)";

/** ", 5 bullets max", "in 3 bullets", "max 4 bullet points", "three bullets tops". */
const BULLETS =
  /\s*[-\u2013\u2014,;:]?\s*(?:(?:in|as|max|at most|no more than|up to|keep it to|keep it under)\s+)?(?:\d|one|two|three|four|five|six|seven)\s+(?:short\s+)?bullets?(?:\s+points?)?(?:\s+(?:max|maximum|tops|or less|or fewer|at most))?[.!]?\s*$/i;

/** Delivery said after the ask, from a separator or the end: each goes. */
const DELIVERY_TAILS: readonly RegExp[] = [
  // "- give me a short paragraph I can paste into my email", ", need a blurb for slack"
  new RegExp(
    `\\s*[-\u2013\u2014,;:]?\\s*(?:(?:can you|could you|pls|please)\\s+)?(?:give me|write(?: me)?|draft|i need|need|want|just)\\s+(?:a|an|one)?\\s*(?:short|quick|brief|tight|small|simple|one|1|couple of|few)?\\s*(?:-?\\s*(?:line|sentence|para(?:graph)?))?\\s*(?:paragraph|para|blurb|summary|note|line|sentence|lines|sentences|bullets?|something)\\s+(?:that\\s+)?(?:i|we)\\s+can\\s+(?:paste|drop|put|use|send|copy|forward|share)(?:\\s+(?:into|in|to|on|with|over))?\\s+${DESTINATION}[.!]?\\s*$`,
    "i",
  ),
  // "... i can paste into my email", "to paste in slack", "for my email" ("best day to send email"
  // is about the emails themselves: it stays)
  new RegExp(
    `\\s*[-\u2013\u2014,;:]?\\s*(?:(?:that|which)\\s+)?(?:(?:i|we)\\s+can|to)\\s+(?:paste|drop|put|send(?!\\s+(?:emails?|e-mails?|mails?|newsletters?)\\b)|copy|forward|share)(?:\\s+(?:into|in|to|on|with|over))?\\s+${DESTINATION}[.!]?\\s*$`,
    "i",
  ),
  // ", 5 bullets max", "in 3 bullets", "max 4 bullet points", "three bullets tops"
  BULLETS,
];

/** A tone asked for: "be blunt", "be brutally honest", "give it to me straight", "no fluff". */
const TONE =
  "(?:(?:please|pls|and|but)\\s+)?(?:be (?:brutally |totally |completely |really )?(?:blunt|honest|frank|straight|direct)(?: with me)?|(?:give it to me|tell me|talk to me) straight|(?:a )?straight answer(?: please)?|no fluff|no sugar ?coating|(?:do ?n[o']?t|dont) sugar ?coat(?: it)?|keep it real|honestly|tl;?dr|no bs)";
/** The tone said first and set off: "be honest, is tiktok worth it". */
const TONE_FIRST = new RegExp(`^\\s*${TONE}\\s*[:,.!\\-\u2013\u2014]\\s*`, "i");
/** The tone said last: "are we wasting money anywhere? be blunt". */
const TONE_LAST = new RegExp(`\\s*[?.!,;:\\-\u2013\u2014]?\\s*${TONE}[.!?]*\\s*$`, "i");

/**
 * Who it is for, said first and set off ("for the client deck: ...", "for my boss - ..."). Said
 * inside the ask ("a recap for my boss") it stays: the review and update readers read it.
 */
const FOR_AUDIENCE_FIRST = new RegExp(
  `^\\s*(?:for|to send to|to show|to share with)\\s+${ASKER}(?:['\u2019]s)?(?:\\s+(?:deck|slides?|email|update|report|meeting|call|review|presentation))?\\s*[:,\\-\u2013\u2014]\\s*`,
  "i",
);

/** Where a quoted figure was seen: "in the monthly email", "on our dashboard", "in the slack digest". */
const SEEN_IN =
  /\s+(?:in|on|from)\s+(?:the|our|my|a|this|that)\s+(?:(?:monthly|weekly|daily|quarterly|morning|automated|scheduled|exec|client|slack|looker|ga|ga4|google|meta|tiktok)\s+)*(?:email|e-mail|report|digest|newsletter|recap|summary|dashboard|slack|deck|update|alert)s?\b/gi;

/** A figure said next to a measure: the seen-in words are only dropped around one. */
const QUOTED_MEASURE =
  /\b(?:roas|mer|cac|cpa|cpc|cpm|ctr|aov|revenue|spend|orders|conversions|sessions)\b\s*(?:of|at|is|was|=|:)?\s*["'\u201c\u201d]?\s*\$?\d|\$?\d[\d,.]*\s*[kmx%]?\s*["'\u201c\u201d]?\s*(?:roas|mer|cac|cpa|cpc|cpm|ctr|aov|revenue|spend|orders|conversions|sessions)\b/i;

/**
 * A report or a tool named as the one that says a figure ("the weekly report says CAC 52", "the
 * monthly email had MER at 3.4", "GA shows 3.1k orders"): another source, not our report, its
 * schedule, or the state of Georgia.
 */
const SOURCE_SAYS =
  /\b(?:(?:the|our|my|this|that)\s+(?:(?:monthly|weekly|daily|quarterly|morning|automated|scheduled|exec|client)\s+)*(?:email|e-mail|report|digest|newsletter|recap|summary|update|deck)|ga4?|google analytics|looker(?: studio)?|the dashboard)\s+(says|said|shows|showed|has|had|reports|reported|gives|gave|lists|listed|puts it at|has it at|is showing|was showing)\b/gi;

/** A figure quoted in marks after its measure ('"MER 3.1"', "roas 1.8"): the measure "of" it. */
const MEASURE_THEN_FIGURE = /["'“]?\b(roas|mer|cac|cpa|aov)\s*(?::|=|at)?\s*(\$?\d+(?:\.\d+)?x?)\b["'”]?/gi;

/**
 * A recap or a review "for the client deck": the deck is where it goes, the client whom it is for
 * (a slide said alone, "a one-pager on august", is still read as a slide).
 */
const AUDIENCE_DECK = new RegExp(
  `\\bfor (${ASKER})(?:['\u2019]s)? (?:slide )?(?:deck|slides?|slide deck|presentation|ppt)\\b`,
  "gi",
);
const RECAP_WORDS =
  /\b(?:recap|summary|summari[sz]e|update|wrap[- ]?up|review|wins?|highlights?|concerns?|takeaways)\b/i;

/** "headline wins", "headline numbers": the top ones, never ad headlines. */
const HEADLINE_RESULT =
  /\bheadlines?\s+(wins?|losses|concerns?|worries|takeaways|highlights|lowlights|movers|successes)\b/gi;

/**
 * The question without words about its audience, delivery or a quoted figure's source; the
 * question as it is when it has none, or when nothing would be left.
 * @example dropAudienceContext("my boss wants to know why revenue fell in september") // "why revenue fell in september"
 * @example dropAudienceContext("recap of august, 4 bullets max") // "recap of august"
 */
/**
 * para23: when the deck or the meeting is due ("putting together a deck for monday", "slides for
 * the board meeting on thursday"): a deadline, not the period the figures cover.
 */
const DUE_DAY =
  /\b((?:decks?|presentations?|slides?|slide decks?|reports?|meetings?|reviews?|calls?|pitch(?:es)?|offsites?|qbrs?))\s+(?:for|on|due|by|due on|due by)\s+(?:this |next |on )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening))?|tomorrow(?:\s+(?:morning|afternoon))?)\b(?!\s+(?:mornings|afternoons|evenings))/gi;

const RHYTHM =
  /\b(?:every|each|schedul\w*|(?:weekly|daily|monthly) (?:reports?|briefs?|briefings?|emails?|summar(?:y|ies)|recaps?|updates?|digests?))\b/i;

export function dropAudienceContext(question: string): string {
  // A report on a rhythm ("a weekly report on monday mornings") is a schedule: its day stays.
  let text = RHYTHM.test(question) ? question : question.replace(DUE_DAY, "$1");
  // lead23: a tone asked for ("be blunt", "honestly", "no fluff") is how to say it, not what.
  const toneHead = TONE_FIRST.exec(text);
  if (toneHead && text.length - toneHead[0].length >= 8) text = text.slice(toneHead[0].length);
  const toneTail = TONE_LAST.exec(text);
  if (toneTail && toneTail.index >= 8) text = text.slice(0, toneTail.index);
  const asker = ASKER_FIRST.exec(text);
  if (asker && text.length - asker[0].length >= 8) text = text.slice(asker[0].length);
  for (const tail of DELIVERY_TAILS) {
    const m = tail.exec(text);
    // A count of bullets is a length: said back as "briefly", which the review reads.
    if (m && m.index >= 8) text = `${text.slice(0, m.index)}${tail === BULLETS ? ", briefly" : ""}`;
  }
  const audience = FOR_AUDIENCE_FIRST.exec(text);
  if (audience && text.length - audience[0].length >= 8) text = text.slice(audience[0].length);
  // fix19e: "pulling the client's monthly report: october MoM for revenue and CAC": the report is
  // where the figures go; the comparison after it is the ask.
  const report = REPORT_LEAD_IN.exec(text);
  if (report && PERIOD_VS_PERIOD.test(text.slice(report[0].length).toLowerCase()))
    text = text.slice(report[0].length);
  if (QUOTED_MEASURE.test(text))
    text = text
      .replace(SEEN_IN, "")
      .replace(SOURCE_SAYS, (_m, verb: string) => `another report ${verb}`)
      .replace(MEASURE_THEN_FIGURE, (_m, measure: string, figure: string) => `${measure} of ${figure}`);
  if (RECAP_WORDS.test(text)) text = text.replace(AUDIENCE_DECK, (_m, asker: string) => `for ${asker}`);
  text = text.replace(HEADLINE_RESULT, (_m, noun: string) => `top ${noun}`);
  text = text
    .replace(/\s+([,.?!])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
  return text || question;
}

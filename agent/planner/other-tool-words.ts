/**
 * Words from other tools (GA4, Shopify, Meta Ads Manager), texting shorthand and finance words,
 * rewritten to the words the planner reads before any stage parses the question (fix9b). Read
 * literally they became a breakdown ("by default channel group" asked for a breakdown called
 * "default"), a catalog search ("key events") or a decline ("churn", "fiscal q3"). Each mapping
 * to one of our measures is said in the answer: a note the assemble stage puts first, so the
 * marketer sees which of our figures stands in for their tool's term.
 */

import { translateForeign } from "./foreign-words.ts";
import { lapsedWindowDays } from "./lapsed-window.ts";
import { NEWCOMER_WORDS } from "./newcomer-words.ts";
import { normalize } from "./normalize.ts";
import { SPOKEN_WORDS } from "./spoken-words.ts";

/** One word or phrase of another tool: what it is read as, and the sentence that says so. */
interface OtherToolWord {
  /** Case-insensitive; `g` so every occurrence is rewritten. */
  pattern: RegExp;
  /** The planner's words for it ("$1" keeps a captured part). */
  to: string;
  /** The sentence the answer leads with; `{typed}` is the words as the marketer typed them. */
  note?: string;
  /** The metric's definition already says it: no note on a definition's answer. */
  definitionSays?: true;
  /** fix13d: the question itself settles the word (a stated definition): left as typed. */
  unless?: (question: string) => boolean;
}

const WORDS: readonly OtherToolWord[] = [
  // GA4: the default channel grouping is GA4's own list of channels; ours are the data's channels.
  {
    pattern:
      /\b(?:session |first user |primary )?(?:default )channel group(?:ing)?s?\b|\bchannel groupings?\b/gi,
    to: "channel",
    note: 'Read GA4\'s "{typed}" as the channels in your data (paid search, paid social, display, affiliate, email, organic search, referral, direct).',
  },
  // GA4: "key events" (formerly conversions) are the events marked as goals; a purchase is the one
  // the data records per channel.
  {
    pattern: /\bkey events?\b/gi,
    to: "orders",
    note: 'Read GA4\'s "{typed}" as orders (purchases): the conversion your data records by channel. Add-to-carts and checkouts are there too, if you meant those.',
  },
  // Meta Ads Manager: "cost per result" is spend over the campaign's optimisation events.
  {
    pattern: /\bcost ?(?:per|\/) ?results?\b|\bcpr\b/gi,
    to: "cpa",
    note: 'Read Meta\'s "{typed}" as cost per acquisition: ad spend / orders (a "result" taken as an order).',
  },
  // Shopify: "sessions converted" (its conversion rate report) is orders over sessions.
  {
    pattern:
      /\b(?:sessions? converted|converted sessions|sessions? that converted|online store conversion)(?:\s*(?:%|percent(?:age)?|rate))?/gi,
    to: "conversion rate",
    note: 'Read Shopify\'s "{typed}" as conversion rate: orders / sessions.',
  },
  // Shopify: the returning customer rate, as the share of orders from customers who ordered before.
  {
    pattern:
      /\b(?:returning|repeat) (?:customer|buyer)s? (?:rate|share|percentage|%)|\b(?:%|percent(?:age)?) (?:of )?returning (?:customers|buyers)\b/gi,
    to: "returning customer share",
    note: 'Read "{typed}" as the share of orders placed by returning customers: returning customer orders / orders.',
  },
  // GA4: engaged sessions have a fixed meaning there (10 seconds, 2 pages or a conversion); the data
  // has bounces, so an engaged session is one that did not bounce.
  // The rate is asked as its own measure ("engaged session rate by channel"): rewritten to the
  // count's words it lost "rate" and answered a count (regress15).
  {
    pattern:
      /(?<!\w)(?:engaged sessions? (?:rate|share|ratio|%|percent(?:age)?)|(?:share|percent(?:age)?|%) of (?:sessions |visits )?(?:that )?(?:were |are )?engaged(?: sessions?| visits?)?)(?=\s|$|[?.!,])/gi,
    to: "engagement rate",
    note: "Engagement rate here is the share of sessions that did not bounce (the visit went past its first page); GA4 also counts a 10-second visit as engaged, which the data does not record.",
    definitionSays: true,
  },
  {
    pattern: /\bengaged sessions?\b/gi,
    to: "engaged sessions",
    note: "Engaged sessions here are sessions minus bounces (the visit went past its first page); GA4 also counts a 10-second visit as engaged, which the data does not record.",
    definitionSays: true,
  },
  // Churn: a shop without subscriptions has no cancellation, so churn is customers who never came back.
  {
    // para23: "how many customers did we lose": churn said plainly.
    pattern:
      /\b(?:customer |buyer )?churn(?:ed)?(?: rate| %| percentage)?(?: customers)?\b|\b(?:customers|buyers|shoppers) (?:did|have|has) (?:we|i) (?:lose|lost)\b/gi,
    to: "customer retention",
    // fix13d: "churn = no order in 180 days" is the user's definition: the lifecycle count reads it.
    unless: (q) => lapsedWindowDays(normalize(q)) !== undefined,
    note: "Your shop has no subscriptions, so nobody cancels: I read churn as customers who did not order again. Below are the repeat rates by cohort; churn is 100% minus the repeat rate.",
  },
  // Finance: no fiscal year is set up, so a fiscal quarter or year is the calendar one, said.
  {
    pattern:
      /(?<=\b(?:last|this|next|previous|prior|current|the) )(?:fiscal|fy) year\b|\b(?:fiscal|fy) year(?= to date\b| ?20\d\d\b)/gi,
    to: "year",
    note: 'No fiscal year start is set up, so I read "{typed}" as the calendar year; tell me the month your fiscal year starts if it differs.',
  },
  {
    pattern: /\b(?:(?:our|my|the) )?(?:fiscal|fy) year\b/gi,
    to: "this year",
    note: 'No fiscal year start is set up, so I read "{typed}" as the calendar year; tell me the month your fiscal year starts if it differs.',
  },
  // para18: "fiscal quarter 3", "fq3": the same fiscal quarter spelled out or run together.
  {
    pattern: /\b(?:(?:fiscal|fy) (?:quarter|qtr) ?|fq ?)([1-4])\b/gi,
    to: "q$1",
    note: 'No fiscal year start is set up, so I read "{typed}" as the calendar period; tell me the month your fiscal year starts if it differs.',
  },
  {
    pattern: /\b(?:fiscal|fy) ?(q[1-4]|quarter|h[12]|ytd|qtd)\b/gi,
    to: "$1",
    note: 'No fiscal year start is set up, so I read "{typed}" as the calendar period; tell me the month your fiscal year starts if it differs.',
  },
  { pattern: /\bfy ?(?:20)?(2[5-7])\b/gi, to: "20$1", note: 'Read "{typed}" as calendar 20{year}.' },
  // A handful of headline figures for a slide: the overview's headline figures, not a review by channel.
  {
    pattern:
      /\b(?:(?:one|two|three|four|five|a few|a couple of|some|\d) )?(?:(?:headline|top line|topline|key|main|big) )?(?:numbers|figures|stats|kpis|metrics)\b(?: (?:for|on|to put on|to go on) (?:the |a |my |our )?(?:board|exec(?:utive)?|investor|leadership|ceo|cfo|founder)s?(?: deck| slides?| update| meeting| pack)?)/gi,
    to: "headline figures",
  },
  // How the answer should read ("keep it simple"): not a measure. ("tl;dr", "in a nutshell" ask for
  // the summary, read by the overview.) para25: after a summary or a recap ("summarize october for
  // my boss, keep it brief") the length stays, for the review to read as short.
  {
    pattern:
      /(?<!\b(?:summar\w*|recap\w*|wrap ?up|write ?up|review|wins|highlights)\b.*)[,.;]?\s*\b(?:keep (?:it|this) (?:simple|short|brief)|short and sweet|nothing fancy)\b/gi,
    to: "",
  },
  // Texting shorthand: "r we", "how r u doing", "ur roas", "mnth", "calc".
  { pattern: /\br(?= (?:we|you|they|our|the|these|those|ads|sales)\b)/gi, to: "are" },
  { pattern: /\bur(?= (?:[a-z]+))\b/gi, to: "your" },
  { pattern: /\b(?:mnth|mth)s\b/gi, to: "months" },
  { pattern: /\b(?:mnth|mth)\b/gi, to: "month" },
  { pattern: /\bmnthly\b/gi, to: "monthly" },
  { pattern: /\bcalc\b/gi, to: "calculate" },
  // fix15c: voice dictation's spellings ("row as", "see pee a", "tick tock").
  ...SPOKEN_WORDS,
  // fix13a: a newcomer's loose, literal or borrowed words ("canal", "publicity", "our best thing").
  ...NEWCOMER_WORDS,
];

/** The question with other tools' words replaced, and the notes saying each mapping. */
export interface OtherToolReading {
  question: string;
  notes: string[];
  /** The notes a definition's answer keeps (the others repeat the definition). */
  definitionNotes: string[];
}

/**
 * Read other tools' words as ours.
 * @example readOtherToolWords("key events by channel in oct") // { question: "orders by channel in oct", notes: ['Read GA4\'s "key events" as orders ...'] }
 */
export function readOtherToolWords(question: string): OtherToolReading {
  // fix15c: a Spanish, Portuguese or German question read in the planner's English first.
  let out = translateForeign(question);
  const notes: string[] = [];
  const definitionNotes: string[] = [];
  for (const w of WORDS) {
    if (w.unless?.(question)) continue;
    out = out.replace(w.pattern, (typed: string, ...groups: unknown[]) => {
      const year = typeof groups[0] === "string" ? groups[0] : "";
      const note = w.note?.replace("{typed}", typed.trim()).replace("{year}", year);
      if (note) notes.push(note);
      if (note && !w.definitionSays) definitionNotes.push(note);
      return w.to.replace("$1", year);
    });
  }
  return {
    question: out.replace(/\s+/g, " ").trim(),
    notes: [...new Set(notes)],
    definitionNotes: [...new Set(definitionNotes)],
  };
}

/**
 * para18: other wordings of asks the planner already answers (set 12's kinds), rewritten to the
 * wording it reads, as para16-phrasings.ts does. Each kind below, unread, answered a different
 * question: Black Friday alone for "last year's black friday weekend", the weekend alone for "bf
 * weekend compared with a regular weekend", the whole year for "the may cohort", the last 30 days
 * for "how fast are new customers growing quarter to quarter" (the asks file: a decline for "model
 * moving 3k a month", a comparison with last quarter for a ranking asked "for the qbr deck", an
 * alert for "tell me when it bottomed"). Applied to the normalized question after para17b's; a
 * question none of them fits is left as asked.
 */
import { normalize } from "./normalize.ts";
import type { Rewrite } from "./para16-phrasings-asks.ts";
import { ASK_KINDS } from "./para18-phrasings-asks.ts";

const MONTH_UNIT = "(day|week|month|quarter|year)";

/** Periods said another way: Black Friday's weekend, a normal weekend, "may" as a month, growth steps. */
const PERIODS: Rewrite[] = [
  // "bf weekend 2025", "last year's black friday weekend": the weekend, not the one day.
  [/\bbf weekend\b/g, "black friday weekend"],
  [/\blast year (black friday|cyber monday|bfcm)( weekend| week)?\b/g, "$1$2 last year"],
  // "how did bf weekend compare with a regular weekend": against a normal weekend, said with "vs".
  [
    /\b(?:compare|compared|stack up|stacks up) (?:with|to|against) (a|an|the) (normal|regular|typical|usual|average|ordinary) (weekend|week|day)\b/g,
    "vs $1 $2 $3",
  ],
  // "may first-time buyers", "the may new-customer cohort": "may" as the month, which alone is
  // also the verb, so the month's buyers are said with "from".
  [/^may (first time (?:buyers|customers)|new (?:buyers|customers))\b/, "$1 from may"],
  [/\bthe may (?:new customers? |first time buyers? |first order )?cohort\b/g, "the cohort from may"],
  // "how fast are new customers growing quarter to quarter": the growth rate, each step.
  [
    new RegExp(
      `^how fast (?:is|are|has|have) (.+?) (?:been )?growing (?:from )?${MONTH_UNIT} (?:to|over|on) \\2$`,
    ),
    "growth rate of $1 $2 over $2",
  ],
  // "each month's revenue growth vs the prior month this year": every month's change on the one before.
  [
    new RegExp(
      `^(?:show (?:me )?)?(?:each|every) ${MONTH_UNIT} (.+?) growth (?:vs|versus|compared (?:to|with)|over|on) the (?:prior|previous|last) \\1\\b`,
    ),
    "$2 growth % by $1",
  ],
];

const ALL: Rewrite[] = [...PERIODS, ...ASK_KINDS];

/**
 * The question in the planner's own wording when one of these kinds fits; otherwise as asked.
 * @example rewriteSet12Wordings("bf weekend 2025 vs a normal weekend") // "black friday weekend 2025 vs a normal weekend"
 */
export function rewriteSet12Wordings(question: string): string {
  // An e-mail address or a URL (an alert's or a schedule's destination) must reach its reader as typed.
  if (/@|https?:\/\//i.test(question)) return question;
  const text = normalize(question);
  let out = text;
  for (const [re, to] of ALL) out = out.replace(re, to as string);
  return out === text ? question : out;
}

/**
 * fix7a: promotion seasons written the way campaign names write them ("customers acquired in
 * bf25", "during bfcm'25", "sales over black friday 24"): the Black Friday season of that year,
 * read like "around Black Friday" (time-extra.ts): from the week before Black Friday to the week
 * after. Without it "bf25" was only a campaign-name word, and a question about customers or
 * totals in that season lost its period. "the bf25 campaigns" stays a campaign filter, and so does
 * a list of codes before "campaigns" ("spend for bf25 and holiday25 campaigns", lead21).
 */
import { addDays, startOfWeek } from "../../semantic/query/dates.ts";
import { HOLIDAYS } from "./time-holidays.ts";
import type { TimeRule } from "./time-phrases.ts";

/** The Black Friday season of a two-digit year: the week before Black Friday to the week after. */
function season(m: RegExpExecArray) {
  const bf = HOLIDAYS["black friday"]!(2000 + Number(m[1])).from;
  const from = addDays(startOfWeek(bf), -7);
  return { from, to: addDays(startOfWeek(bf), 13), label: "" };
}

export const SEASON_CODE_RULES: readonly TimeRule[] = [
  {
    re: /\b(?:in|during|over|for|from|since|through|across|of) (?:the )?(?:bf|bfcm|black friday|cyber week) ?'?(\d{2})\b(?! (?:campaigns?|search|sitewide|prospecting|retargeting|promo|ads?)\b)(?!(?:(?:,|,? (?:and|&|\+|or|vs|versus)) (?:the )?[a-z]+ ?'?\d{2})+ (?:campaigns?|ads?|promos?)\b)/,
    resolve: season,
  },
  // para15: "the bf25 cohort", "bf25-acquired customers": customers won in that season.
  {
    re: /\b(?:bf|bfcm|black friday|cyber week) ?'?(\d{2}) (?=(?:acquired|cohorts?|customers|buyers|shoppers|signups|first time)\b)/,
    resolve: season,
  },
];

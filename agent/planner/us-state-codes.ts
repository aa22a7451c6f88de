/**
 * fix8a: US states written as their postal codes ("just CA and NY", "TX vs FL"): the state's name,
 * so the state reading (us-state-intent.ts) sees them. Only upper-case codes count, and never the
 * codes that are also common English words or abbreviations (IN, OR, ME, HI, OK, OH, LA, CO, ID,
 * DE, PA, MA, AL): "OR" or "ID" in a question is far more often the word than the state.
 */
import { US_STATE_CODES } from "../../semantic/catalog/us-states.ts";

const AMBIGUOUS = new Set(["IN", "OR", "ME", "HI", "OK", "OH", "LA", "CO", "ID", "DE", "PA", "MA", "AL"]);

/** Lower-case state name by code (the table's first name for it, not an alias like "cali"). */
const NAME_BY_CODE = new Map<string, string>();
for (const [name, code] of Object.entries(US_STATE_CODES))
  if (!AMBIGUOUS.has(code) && !NAME_BY_CODE.has(code)) NAME_BY_CODE.set(code, name);

// fix16a: a code joined by a hyphen to an acronym ("NC-ROAS", "NC-CPA") is that acronym's prefix
// (new-customer ROAS), not the state; so is one just before ROAS ("NC ROAS"), which has no state
// (ad spend has no location).
const CODE_RE = new RegExp(
  String.raw`(?<![\w$])(${[...NAME_BY_CODE.keys()].join("|")})(?![\w%]|-[A-Z]{2,}\b|[ -][Rr][Oo][Aa][Ss]\b)`,
  "g",
);

/**
 * The question with each unambiguous upper-case state code written as the state's name.
 * @example expandStateCodes("just CA and NY by month") // "just california and new york by month"
 */
export function expandStateCodes(question: string): string {
  return question.replace(CODE_RE, (code) => NAME_BY_CODE.get(code) ?? code);
}

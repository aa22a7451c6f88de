/**
 * US states, the values of the \`region\` dimension (customers carry the two-letter code of the state
 * they order from; \`other\` is every state the data does not name). One table for the planner,
 * which reads state names in questions, and for answers, which show names rather than codes.
 */

/** Two-letter code by lower-case state name. */
export const US_STATE_CODES: Readonly<Record<string, string>> = {
  alabama: "AL",
  alaska: "AK",
  arizona: "AZ",
  arkansas: "AR",
  california: "CA",
  colorado: "CO",
  connecticut: "CT",
  delaware: "DE",
  florida: "FL",
  georgia: "GA",
  hawaii: "HI",
  idaho: "ID",
  illinois: "IL",
  indiana: "IN",
  iowa: "IA",
  kansas: "KS",
  kentucky: "KY",
  louisiana: "LA",
  maine: "ME",
  maryland: "MD",
  massachusetts: "MA",
  michigan: "MI",
  minnesota: "MN",
  mississippi: "MS",
  missouri: "MO",
  montana: "MT",
  nebraska: "NE",
  nevada: "NV",
  "new hampshire": "NH",
  "new jersey": "NJ",
  "new mexico": "NM",
  "new york": "NY",
  "north carolina": "NC",
  "north dakota": "ND",
  ohio: "OH",
  oklahoma: "OK",
  oregon: "OR",
  pennsylvania: "PA",
  "rhode island": "RI",
  "south carolina": "SC",
  "south dakota": "SD",
  tennessee: "TN",
  texas: "TX",
  utah: "UT",
  vermont: "VT",
  virginia: "VA",
  washington: "WA",
  "west virginia": "WV",
  wisconsin: "WI",
  wyoming: "WY",
  // Nicknames after every full name: the first name of a code is its label.
  "new york state": "NY",
  "washington state": "WA",
  cali: "CA",
};

/** Display label by stored region value: "CA" -> "California"; the catch-all says it is combined. */
export const REGION_LABELS: Readonly<Record<string, string>> = regionLabels();

function regionLabels(): Record<string, string> {
  const out: Record<string, string> = {};
  // The full name comes first in the table; later names of the same code are nicknames ("cali").
  for (const [name, code] of Object.entries(US_STATE_CODES))
    out[code] ??= name.replace(/\b[a-z]/g, (c) => c.toUpperCase());
  out.other = "Other states (combined)";
  return out;
}

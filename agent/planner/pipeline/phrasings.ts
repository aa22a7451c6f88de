/**
 * Phrasings and word lists the pipeline's checks and the metric question read, as data. Intent
 * phrasings live beside their intent (journey-intent.ts, funnel-intent.ts, ...); metric, dimension
 * and value words in the lexicon (lexicon.ts) and the catalog.
 */

/** Words that make unrecognised words a question about the user's own data. */
export const DATA_QUESTION =
  /\b(?:our|my|we|us|how much|how many|what is|what was|what are|show|give|report|track|measure)\b/;

/** "our", "my", "we", "us": the question is about the user's own business. */
export const OWN_BUSINESS = /\b(?:our|my|we|us)\b/;

/** "explain X" / "describe X" with nothing but a metric asks what X is, not what X was. */
export const LOOKS_LIKE_DEFINITION =
  /^(?:(?:what|whats|what s)(?: exactly| precisely)? (?:is|are)|whats|what s|explain|describe|tell me about)(?: exactly| precisely)? (?:a |an |the )?[a-z0-9 ]{1,40}?(?: here| exactly| in this tool| for you| in this app| mean| means)?$/;

/** An acronym as typed ("LTV", "CPLs"): worth a catalog search. */
export const ACRONYM = /\b[A-Z]{2,5}s?\b/;

/** Words that make a "changed" question a side-by-side comparison, not a change over time. */
export const SIDE_BY_SIDE_WORDS = /\b(?:compare|compared|comparison|vs|versus|against)\b/;

/** Metrics attribution credits as totals (anything else with a model named is a query). */
export const CREDITED_TOTALS =
  /^(?:revenue|orders|new_customers|attributed_revenue|attributed_conversions|customers)$/;

/** Email channel and email platform keys: email-only metrics (open rate, sends) are already these. */
export const EMAIL_VALUES: ReadonlySet<string> = new Set(["email", "klaviyo", "mailchimp", "newsletter"]);

/** "Best by what?": the measures offered when a ranking names none, per kind of item ranked. */
export const RANKING_MEASURES = {
  /** Email campaigns are judged on email engagement; ad metrics do not exist for them. */
  email_campaign: [
    "email_click_rate",
    "email_open_rate",
    "email_click_to_open_rate",
    "email_unsubscribe_rate",
  ],
  default: ["roas", "revenue", "orders", "cpa"],
} as const;

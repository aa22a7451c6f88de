/**
 * Words that, right before a named value, exclude it instead of filtering to it: "excluding
 * email", "leave out brand search", "not counting the affiliates", "ignoring tiktok". Shared by
 * value filters (dimensions.ts) and campaign-name words (groups.ts) so the two agree (fix8f: a
 * "leave out X" once filtered to X). "But" excludes only after "all" / "every..." ("all channels but
 * affiliate"): on its own it joins clauses ("but affiliate grew").
 */
export const NEGATED_BEFORE =
  /\b(?:excluding|exclude|excl|except(?: for)?|without|not|other than|ex|minus|but not|non|besides|apart from|aside from|leave out|leaving out|leave off|leaving off|leave aside|leaving aside|set aside|setting aside|not counting|not including|ignoring|ignore|omit|omitting|exclusive of|take out|taking out|less|(?:all|every|everything|anything)(?: (?:of )?(?:the |our )?(?:channels?|platforms?|campaigns?|partners?|sources?|states?))? but)(?:\s+(?:the|our|all|any))?\s*$/;

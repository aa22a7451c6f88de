/**
 * Words that, right before a named value, exclude it instead of filtering to it: "excluding
 * email", "leave out brand search", "not counting the affiliates", "ignoring tiktok". Shared by
 * value filters (dimensions.ts) and campaign-name words (groups.ts) so the two agree (fix8f: a
 * "leave out X" once filtered to X).
 */
export const NEGATED_BEFORE =
  /\b(?:excluding|exclude|excl|except(?: for)?|without|not|other than|ex|minus|but not|non|besides|apart from|aside from|leave out|leaving out|leave off|leaving off|leave aside|leaving aside|set aside|setting aside|not counting|not including|ignoring|ignore|omit|omitting|exclusive of|take out|taking out|less)(?:\s+(?:the|our|all|any))?\s*$/;

/**
 * fix8d: a platform the organization has not connected named beside one it has ("snapchat vs
 * meta cpc", "linkedin and google spend"). Declining the whole question (the missing-platform
 * check) drops the half the data answers; instead the answer says first which platform is not
 * connected and lists those that are, then gives the connected half (unavailable-part-intent.ts
 * plans it). A question naming only a missing platform is still declined by the check.
 */
import { normalize } from "./normalize.ts";
import { hasPlatform, KNOWN_PLATFORMS } from "./scope.ts";
import type { DimensionValue } from "./types.ts";
import type { UnavailablePart } from "./unavailable-part-intent.ts";

/** Words joining two sides of a comparison or a list, taken out with the missing side. */
const JOIN = String.raw`(?:vs\.?|versus|v|and|or|&|plus|compared (?:to|with)|against|,)`;
/** What follows a platform's name as part of it ("pinterest ads", "linkedin's"). */
const TAIL = String.raw`(?:\s+(?:ads|advertising|campaigns?))?(?:'s|’s|s)?`;

/** A budget move or what-if ("shift $3k from snapchat to meta", "cut linkedin and put it into google"). */
const MOVES_MONEY =
  /\b(?:shift\w*|mov(?:e|es|ed|ing)|reallocat\w*|realloc|put|puts|putting|pour\w*|cut\w*|budgets?|invest\w*|what if|divert\w*|redirect\w*|transfer\w*|pull\w* (?:money|spend|budget))\b|[$€£]\s?\d|\b\d+(?:\.\d+)? ?k\b/;

/** Whether the text names a channel or platform the organization has. */
function namesConnected(text: string, values: readonly DimensionValue[]): boolean {
  if (KNOWN_PLATFORMS.some((k) => k.re.test(text) && hasPlatform(k, values))) return true;
  return values
    .filter((v) => v.dimension === "channel" || v.dimension === "platform")
    .flatMap((v) => [v.label, ...v.aliases].map((n) => normalize(String(n))))
    .some(
      (n) =>
        n.length > 2 && new RegExp(String.raw`\b${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\b`).test(text),
    );
}

/**
 * The connected half of a question that also names a platform not connected, or undefined.
 * @example missingPlatformPart("pinterest vs tiktok roas", values)?.rest // "tiktok roas"
 */
export function missingPlatformPart(
  question: string,
  values: readonly DimensionValue[],
): UnavailablePart | undefined {
  const platforms = values.filter((v) => v.dimension === "platform");
  if (!platforms.length) return undefined;
  const text = normalize(question);
  // Money moved from or to the missing platform is a different plan without it: declined whole.
  if (MOVES_MONEY.test(text)) return undefined;
  const missing = KNOWN_PLATFORMS.filter((k) => k.re.test(text) && !hasPlatform(k, values));
  if (!missing.length) return undefined;
  let rest = text;
  for (const k of missing) {
    const name = `(?:${k.re.source.replace(/\\b/g, "")})${TAIL}`;
    rest = rest
      .replace(new RegExp(String.raw`\b${name}\s*${JOIN}\s+`, "g"), "")
      .replace(new RegExp(String.raw`\s*${JOIN}\s+${name}\b`, "g"), "")
      .replace(new RegExp(String.raw`\b${name}\b`, "g"), "");
  }
  rest = rest.replace(/\s+/g, " ").trim();
  if (!namesConnected(rest, values)) return undefined;
  const names = missing.map((k) => k.label).join(" and ");
  const connected = platforms.map((v) => v.label).join(", ");
  return {
    rest,
    note: `${names} ${missing.length > 1 ? "are" : "is"} not connected, so I have no ${names} figures (platforms connected: ${connected}). Here is the part your data has:`,
  };
}

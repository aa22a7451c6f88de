/**
 * left16a: a metric of ours held against competitors, peers, the industry or a benchmark ("how do
 * our cpcs compare to competitors", "is our ctr above the industry benchmark", "are we paying more
 * per click than other brands"). The data holds our own figures only; a plain refusal left the
 * marketer with nothing, so the answer says what is missing first, then gives the nearest: our own
 * figure of the same metric by channel, against the period before (its trend). Asks the auction
 * reports answer (impression share, competitors' spend) and a named company or "industry average"
 * are unavailable-part-intent.ts's, which runs first.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { UnavailablePart } from "./unavailable-part-intent.ts";

/** The other side: competitors, peers, the industry, a benchmark. */
const OTHERS = String.raw`(?:(?:the|our|my|other|typical|average|most|all)\s+)*(?:competitors?|competition|rivals?|other (?:brands|retailers|stores|shops|companies|advertisers|businesses|outdoor brands|sellers)|industry(?:\s+(?:average|avg|benchmarks?|norms?|standards?|medians?))?|peers|similar (?:brands|companies|stores|shops|retailers|businesses)|the market(?:\s+average)?|(?:our|the) (?:space|category|vertical))(?:'s|’s|')?`;

const ASKED = new RegExp(String.raw`\b${OTHERS}`, "i");

/** The comparison clause, to take out of the question: "compared to the industry", "than rivals". */
const CLAUSE = new RegExp(
  String.raw`\s*\b(?:(?:compared?|comparing|compares)\s+(?:to|with|against)|compare|vs\.?|versus|against|than|relative to|benchmarked against|benchmark(?:ed)?|stack(?:s)? up (?:to|against|with)|above|below|under|over|for|in|with(?:in)?|to|of)?\s*${OTHERS}`,
  "gi",
);

/**
 * The nearest answer to a benchmark ask: the question without the other side, by channel when no
 * breakdown is named, against the period before. Undefined when no competitor or benchmark is
 * named or no metric of ours is.
 * @example benchmarkPart(parse("how do our cpcs compare to competitors"), catalog)?.rest // "how do our cpcs by channel vs the period before"
 */
export function benchmarkPart(
  p: ParsedQuestion,
  question: string,
  catalog: Catalog,
): UnavailablePart | undefined {
  if (!ASKED.test(question) || !p.metrics.length) return undefined;
  const own = question
    .replace(CLAUSE, " ")
    .replace(/[?!.]+\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
  const byChannel = p.dims.dimensions.length ? "" : " by channel";
  const trend = p.time.compare || p.trend.trend ? "" : " vs the period before";
  const labels = p.metrics.map((m) => catalog.metrics.get(m)?.label ?? m).join(", ");
  return {
    rest: `${own}${byChannel}${trend}`,
    note: `I only have your own organization's data: there is no competitor, industry or auction data here, so I can't say how you compare with others. The nearest is your own ${labels}${byChannel}, against the period before:`,
  };
}

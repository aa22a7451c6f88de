/**
 * Filters named by description rather than by value: groups of campaigns ("the Black Friday
 * campaigns" matches "BF24 - Sitewide - Prospecting" by words or initials) and new vs returning
 * customers ("new customers only").
 */
import { filterValue } from "./dimensions.ts";
import { consume, normalize, STOPWORDS } from "./normalize.ts";
import type { DimensionValue, FrameFilter } from "./types.ts";

const CUSTOMER_TYPE = [
  /\b(?:only|just)\s+(?:from\s+)?(new|first time|returning|repeat|existing)\s+(?:customers?|buyers?|shoppers?)\b/,
  /\b(new|first time|returning|repeat|existing)\s+(?:customers?|buyers?|shoppers?)\s+only\b/,
  /\b(?:from|among|for|by|with)\s+(new|first time|returning|repeat|existing)\s+(?:customers?|buyers?|shoppers?)\b/,
];

/**
 * "new customers only" / "from returning customers" -> a customer_type filter.
 * @example customerTypeFilter("revenue from new customers only").filter?.values // ["new"]
 */
export function customerTypeFilter(text: string): { filter?: FrameFilter | undefined; rest: string } {
  for (const re of CUSTOMER_TYPE) {
    const m = re.exec(text);
    if (!m) continue;
    const kind = m[1] === "new" || m[1] === "first time" ? "new" : "returning";
    return {
      filter: { field: "customer_type", op: "in", values: [kind] },
      rest: consume(text, { start: m.index, end: m.index + m[0].length }),
    };
  }
  return { rest: text };
}

function initials(words: readonly string[]): string {
  return words.map((w) => w[0]).join("");
}

function campaignMatches(words: readonly string[], campaign: DimensionValue): boolean {
  const tokens = normalize([campaign.label, ...campaign.aliases].join(" ")).split(" ");
  if (words.every((w) => tokens.some((t) => t === w || t === `${w}s` || `${t}s` === w))) return true;
  if (words.length < 2) return tokens.includes(words[0] ?? "");
  const abbr = initials(words);
  return tokens.some((t) => t.replace(/\d+$/, "") === abbr);
}

/**
 * "(for) the <words> campaign(s)" -> campaign filter on every campaign whose name has those
 * words or their initials. Words naming another dimension's value ("meta campaigns") are left
 * alone so they become a platform filter instead.
 */
export function campaignGroupFilter(
  text: string,
  values: readonly DimensionValue[],
  otherValueNames: ReadonlySet<string>,
): { filter?: FrameFilter | undefined; rest: string } {
  const campaigns = values.filter((v) => v.dimension === "campaign");
  if (!campaigns.length) return { rest: text };
  for (const m of text.matchAll(/\b((?:[a-z0-9]+ ){1,4})campaigns?\b/g)) {
    const all = m[1]!.trim().split(" ");
    let firstContent = all.length;
    while (firstContent > 0 && !STOPWORDS.has(all[firstContent - 1]!)) firstContent--;
    const words = all.slice(firstContent);
    for (let k = 0; k < words.length; k++) {
      const w = words.slice(k);
      if (otherValueNames.has(w.join(" ")) || w.every((x) => /^\d+$/.test(x))) continue;
      const hit = campaigns.filter((c) => campaignMatches(w, c));
      if (!hit.length) continue;
      const start = m.index + m[0].lastIndexOf(w.join(" "), m[1]!.length);
      return {
        filter: { field: "campaign", op: "in", values: hit.map((c) => filterValue("campaign", c.value)) },
        rest: consume(text, { start, end: m.index + m[0].length }),
      };
    }
  }
  return { rest: text };
}

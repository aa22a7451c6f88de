/**
 * "google search", "search spend", "organic google traffic": settle the paid/organic search
 * question without asking when only one reading fits (#12). Google Ads sells paid search, a
 * metric read from ad spend (spend, CPC, ROAS) exists only for paid channels, and "organic",
 * "seo" say the other. Only when nothing decides it does the planner still ask.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import type { ParsedQuestion } from "./parse.ts";

const PAID_WORDS = /\b(?:paid|ads|ad|ppc|sem|cpc|sponsored|adwords|google ads|bing ads|advertising)\b/;
const ORGANIC_WORDS = /\b(?:organic|seo|unpaid|free|natural)\b/;
/** fix9e: a budget, or money moved onto "search" (a what-if change), is ad money: only paid search has a budget. */
const BUDGET_WORDS = /\b(?:budgets?|reallocat\w*|ad dollars|media dollars)\b/;
const SEARCH_CHANNELS = new Set(["paid_search", "organic_search"]);

/** Every table a metric reads (through its formula's metrics). */
function tablesOf(key: string, catalog: Catalog, seen: Set<string> = new Set()): Set<string> {
  const def = catalog.metrics.get(key)?.definition;
  if (!def || seen.has(key)) return new Set();
  seen.add(key);
  if (def.type === "aggregate") return new Set([def.table]);
  const refs = def.formula.match(/[a-z_][a-z0-9_]*/g) ?? [];
  return new Set(refs.filter((r) => r !== key).flatMap((r) => [...tablesOf(r, catalog, seen)]));
}

/** Metrics that only exist where there is ad spend (each reads ad_spend_daily). */
function onlyPaid(metrics: readonly string[], catalog: Catalog): boolean {
  return metrics.length > 0 && metrics.every((m) => tablesOf(m, catalog).has("ad_spend_daily"));
}

/**
 * Resolve a paid-vs-organic "search" ambiguity in place when the question decides it, and drop a
 * Google Ads platform filter that "organic google" picked up (organic search has no ad platform).
 */
export function settleSearchPair(p: ParsedQuestion, catalog: Catalog): void {
  const a = p.dims.ambiguity;
  const google = p.dims.filters.some((f) => f.field === "platform" && f.values.includes("google_ads"));
  const organic = ORGANIC_WORDS.test(p.text);
  if (a && a.options.length === 2 && a.options.every((o) => SEARCH_CHANNELS.has(o.value))) {
    const paid =
      !organic &&
      (google ||
        PAID_WORDS.test(p.text) ||
        BUDGET_WORDS.test(p.text) ||
        p.budget.changes.length > 0 ||
        onlyPaid(p.metrics, catalog));
    const pick = paid ? "paid_search" : organic && !PAID_WORDS.test(p.text) ? "organic_search" : undefined;
    if (pick) {
      const existing = p.dims.filters.find((f) => f.field === "channel" && f.op === "in");
      if (existing) existing.values.push(pick);
      else p.dims.filters.push({ field: "channel", op: "in", values: [pick] });
      p.dims.ambiguity = undefined;
    }
  }
  const organicChannel = p.dims.filters.some(
    (f) => f.field === "channel" && f.values.includes("organic_search"),
  );
  if (organicChannel && google && !PAID_WORDS.test(p.text))
    p.dims.filters = p.dims.filters.filter(
      (f) => !(f.field === "platform" && f.values.includes("google_ads")),
    );
}

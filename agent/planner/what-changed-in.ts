/**
 * fix20c: "what changed" asked of a metric ("cpa last week compared to the week before - what
 * changed?", "whats different about our aov in q3 vs q2", "what shifted in paid social ctr from
 * september to october"). "what changed" alone is read as a scan for anomalies, which answered a
 * different question: one period's odd days with no comparison. Asked of one metric it is that
 * metric's move from the period before (or the one named) with the members that moved it: the
 * explain tool by channel. Several metrics get their comparison; with no metric the overview
 * against the earlier period answers it (overview-intent.ts).
 */
import { readSignals } from "./intent.ts";
import type { ParsedQuestion } from "./parse.ts";

/** "what changed", "what's different", "what shifted", "wht has moved": the clause, its verb. */
const WHAT_CHANGED =
  /\b(?:what|wat|wht|whats|wats)(?: all| exactly| really| else)?(?: has| have| had|s| s| is| was| were| are)?(?: been)?(?: the)?(?: big| biggest| main| key)? (?:changed?|chnaged|chagned|changes|shifted|shifts|moved|different|differs|the difference|swung)\b(?! (?:the )?most\b)/;

/** Email measures have no channel to break down by: their comparison answers it. */
const NO_CHANNEL_SPLIT = /^email_/;

/**
 * What a "what changed" question about metrics asks for: "explain" (one metric's move with its
 * drivers), "compare" (several metrics against an earlier period) or undefined (not this ask, or
 * other anomaly words beside it: "what changed, anything weird?" keeps the scan).
 * @example whatChangedIn(parseQuestion("cvr wow, what changed", ctx)) // "explain"
 */
export function whatChangedIn(p: ParsedQuestion): "explain" | "compare" | undefined {
  if (!p.metrics.length || p.ranking || p.models.length) return undefined;
  const text = p.text;
  if (!WHAT_CHANGED.test(text)) return undefined;
  if (readSignals(text.replace(WHAT_CHANGED, " ")).anomalies) return undefined;
  const one = p.metrics.length === 1 && !NO_CHANNEL_SPLIT.test(p.metrics[0]!);
  if (one) return "explain";
  return p.time.compare || p.time.period ? "compare" : undefined;
}

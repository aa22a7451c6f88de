/**
 * "Which campaigns should I pause? anything under 1x roas in the last 30 days" (fix6d): advice that
 * states its own rule. The rows the rule picks are the answer (the campaigns' figure over the
 * period, worst first, so those past the level lead and the threshold note names them); the
 * recommendations follow as an aside. Before, the recommendations alone answered and the stated
 * level was never applied.
 */
import { readAdviceIntent } from "./advice-intent.ts";
import { frameFor } from "./frame.ts";
import { toolPlan } from "./pipeline/assemble-stage.ts";
import type { Reading } from "./pipeline/types.ts";
import type { Plan } from "./types.ts";

const RATIO = "(roas|cpa|cac|cpc|cpm|ctr|conversion rate|cvr)";
const BOUND = "(under|below|less than|beneath|over|above|more than|worse than)";
const LEVEL = String.raw`\$?\d+(?:\.\d+)?\s*(?:x|%)?`;
/** "under 1x roas", "roas below 0.8", "cpa over $90". */
const STATED_RULE = new RegExp(
  String.raw`\b${BOUND}\s+${LEVEL}\s+${RATIO}\b|\b${RATIO}\s+(?:of\s+)?${BOUND}\s+${LEVEL}`,
);
const METRIC: Record<string, string> = { "conversion rate": "conversion_rate", cvr: "conversion_rate" };

/** The metric and whether rows below the level are the ones asked for. */
export function readPauseThreshold(r: Reading): { metric: string; below: boolean } | undefined {
  const advice = readAdviceIntent(r.p.text);
  if (advice?.tool !== "recommend") return undefined;
  const m = STATED_RULE.exec(r.p.text);
  if (!m) return undefined;
  const word = (m[2] ?? m[3])!;
  const bound = (m[1] ?? m[4])!;
  return { metric: METRIC[word] ?? word, below: /under|below|less|beneath/.test(bound) };
}

/** The campaigns' figure over the period, those past the level first, then the recommendations. */
export function pauseThresholdPlan(r: Reading, rule: { metric: string; below: boolean }): Plan {
  const frame = frameFor("rank", r.p, r.ctx.catalog);
  const ranked = toolPlan({
    ...frame,
    metrics: [rule.metric, "spend"],
    dimensions: ["campaign"],
    order: { field: rule.metric, direction: rule.below ? "asc" : "desc" },
    limit: undefined,
  });
  const advice = readAdviceIntent(r.p.text)!;
  const aside = toolPlan({ ...frameFor("recommend", r.p, r.ctx.catalog), advice });
  if (ranked.kind !== "tool_calls" || aside.kind !== "tool_calls") return ranked;
  return { ...ranked, calls: [...ranked.calls, ...aside.calls] };
}

/**
 * "how's email engagement been - opens, clicks?", "how have our emails been doing": a judgement
 * asked of email, which counts alone cannot give. The answer carries the sends, opens and clicks
 * with the open and click rates (over sends), against the previous period of the same length.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { baselineOf } from "./time.ts";
import type { Frame } from "./types.ts";

const ENGAGEMENT = ["email_sends", "email_opens", "email_open_rate", "email_clicks", "email_click_rate"];
const COUNTS = new Set([
  "email_sends",
  "email_opens",
  "email_clicks",
  "email_open_rate",
  "email_click_rate",
  // fix13b: "how did email do" also carries the revenue credited to Email (email-performance.ts).
  "email_revenue",
]);

/** "how's ... been", "how have ... done", "engagement": a judgement, not a lookup of a count. */
const JUDGEMENT =
  /\b(?:engagement|engaged|engaging|how s|how is|how are|how has|how have|how did|how was|how were|been doing|been performing|been going|holding up|looking)\b/;

/**
 * The engagement frame when the question judges email through its counts; unchanged otherwise
 * (a breakdown, a ranking, or a comparison already asked keep their own frame).
 * @example withEmailEngagement(opensClicksFrame, "how's email engagement been - opens, clicks", catalog).metrics // ENGAGEMENT
 */
export function withEmailEngagement(frame: Frame, text: string, catalog: Catalog): Frame {
  if (frame.intent !== "query" || frame.dimensions.length || frame.filters.length) return frame;
  if (!frame.metrics.length || !frame.metrics.every((m) => COUNTS.has(m)) || !JUDGEMENT.test(text))
    return frame;
  const revenue = frame.metrics.includes("email_revenue") ? ["email_revenue"] : [];
  const metrics = [...ENGAGEMENT, ...revenue].filter((m) => catalog.metrics.has(m));
  return {
    ...frame,
    intent: "compare",
    metrics,
    compare: { mode: "previous_period", period: baselineOf(frame.period, "previous_period") },
  };
}

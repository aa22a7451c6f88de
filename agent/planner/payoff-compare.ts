/**
 * fix15f: "did the extra spend pay off", "we upped budget in may vs april, worth it?": a comparison
 * of spend asked whether it paid off. Read as a metric question it compared spend alone and never
 * said what the money bought. Revenue, ROAS and MER join spend, and a placeholder asks the writer
 * for the verdict (present/payoff-verdict.ts).
 */
import { PAYOFF_NOTE } from "../present/payoff-verdict.ts";
import type { Frame } from "./types.ts";

/** "did it pay off", "was it worth it", "did that work", "what did we get for it". */
const PAYOFF =
  /\b(?:did|has|have|was|is) (?:it|that|this|the (?:extra|additional|increase|bump)\w*(?: spend(?:ing)?| budget| money)?) (?:\w+ )?(?:pay off|paid off|pay for itself|work|worth it)\b|\bworth it\b|\bwhat did (?:we|i) get for (?:it|that|the money)\b|\bpaid off\b/;

/**
 * The frame with revenue, ROAS and MER beside spend and the verdict's placeholder, or as it was.
 * @example withPayoff(frameOf("we spent more in q3 than q2, did it pay off"), text).metrics // ["spend", "revenue", "roas", "mer"]
 */
export function withPayoff(frame: Frame, text: string): Frame {
  if (frame.intent !== "compare" || !frame.compare || frame.dimensions.length) return frame;
  const asked =
    frame.metrics.includes("spend") && frame.metrics.every((m) => ["spend", "roas", "mer"].includes(m));
  if (!asked || !PAYOFF.test(text)) return frame;
  return {
    ...frame,
    metrics: ["spend", "revenue", "roas", "mer"],
    note: [frame.note, PAYOFF_NOTE].filter(Boolean).join(" "),
  };
}

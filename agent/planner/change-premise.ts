/**
 * fix18f: "we doubled our tiktok budget in august, did it pay off?": a change the question states
 * as done is a premise, checked against the spend before and after it (the campaigns tool's
 * 'change') before the readout is trusted. The placeholder asks the writer for that check
 * (present/change-premise-verdict.ts), which says plainly when spend did not move as stated.
 */
import { changeSaid } from "./campaign-budget-change.ts";
import type { Frame } from "./types.ts";
import { fixWordTypos } from "./word-typos.ts";

/** The placeholder the writer replaces by the stated change held against the spend. */
export const CHANGE_PREMISE_NOTE = "The change as you stated it is checked against the spend below.";

const UP = /\b(?:raised|increased|upped|bumped|boosted|scaled up|grew|added to|pushed)\b/;
const DOWN = /\b(?:cut|slashed|lowered|reduced|trimmed|scaled (?:back|down)|pulled back)\b/;

/**
 * The change the question states, as a percent of spend, or only its direction.
 * @example statedChange("we doubled tiktok in august, did it work") // 100
 * @example statedChange("we raised meta spend in june, worth it?") // "up"
 */
export function statedChange(question: string): number | "up" | "down" | undefined {
  const text = fixWordTypos(question.toLowerCase());
  const percent = changeSaid(text);
  if (percent !== undefined) return percent;
  if (UP.test(text)) return "up";
  if (DOWN.test(text)) return "down";
  return undefined;
}

/**
 * The change readout with the premise check first, when the question states the change.
 * @example withChangePremise(frame, "we tripled meta budget in june").note // CHANGE_PREMISE_NOTE
 */
export function withChangePremise(frame: Frame, question: string): Frame {
  if (frame.campaigns?.analysis !== "change" || statedChange(question) === undefined) return frame;
  return { ...frame, note: [frame.note, CHANGE_PREMISE_NOTE].filter(Boolean).join(" ") };
}

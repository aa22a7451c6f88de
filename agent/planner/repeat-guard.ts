/**
 * A follow-up that changed nothing: "now only the ones that grew" planned as exactly the calls of
 * the answer before, though it asked for a change. Repeating the answer would present it as what
 * was asked (a confident answer to a different question); saying the change was not understood,
 * with what can be changed, is honest. Asks about the answer's form (a chart, a table, shorter,
 * again) rightly keep the same calls and pass.
 */
import { changeThreshold } from "./change-threshold.ts";
import type { Plan } from "./types.ts";

const FORM_ONLY =
  /\b(?:chart|graph|plot|visual\w*|table|pie|bars?|lines?|shorter|longer|brief\w*|bullets?|tl ?;? ?dr|summar\w*|again|repeat|refresh|re ?run|same|csv|export|download|format\w*|sort\w*|round\w*|explain|thanks?|thank you|ok|okay|cool|great|perfect|nice|got it|yes|yep|sure|show (?:me )?(?:that|it|this)|what (?:does|do) (?:that|this|it) mean|define)\b/i;

/** Words that ask the answer before to change: narrow it, leave rows out, set it beside another (a split it already has may repeat). */
const CHANGE_ASKED =
  /\b(?:only|just|except|excluding|exclude|without|instead|rather|filter\w*|drop|remove|leave out|the ones|ones (?:that|with|where|over|under|above|below)|those (?:that|with|where|over|under|above|below)|but not|minus|other than|vs|versus|compared? (?:to|with)|against)\b/i;

// Same calls with a new lead sentence ("the answer before was already split that way") is the
// planner saying why it repeats: that passes.
const sameCalls = (a: Plan, b: Plan) =>
  a.kind === "tool_calls" &&
  b.kind === "tool_calls" &&
  JSON.stringify(a.calls) === JSON.stringify(b.calls) &&
  JSON.stringify(a.notes ?? []) === JSON.stringify(b.notes ?? []);

/** The honest reply when `plan` repeats `previous` for a follow-up that asked for a change; undefined otherwise. */
export function unchangedFollowUp(
  question: string,
  plan: Plan,
  previous: Plan | undefined,
): Plan | undefined {
  if (!previous || !sameCalls(plan, previous)) return undefined;
  const already = sameGrainAsked(question, previous);
  if (already) return already;
  if (FORM_ONLY.test(question) || !CHANGE_ASKED.test(question)) return undefined;
  // fix18a: "just the ones that went down" keeps the same comparison; its presenter keeps the rows
  // that moved that way, read from this turn's words (change-threshold.ts).
  if (
    plan.kind === "tool_calls" &&
    plan.calls.some((c) => c.name === "compare_periods") &&
    changeThreshold(question)
  )
    return undefined;
  const asked = question.trim().replace(/[?.!]+$/, "");
  return {
    kind: "decline",
    message: `I couldn't tell what to change in the last answer from "${asked}", and answering the same question again would look like an answer to yours. I can narrow it to a channel, platform, campaign or period, break it down another way, keep rows above or below an amount (such as revenue over $1,000), compare it with another period, or chart it.`,
  };
}

/** Words that ask for a series' step, by grain. */
const GRAIN_ASKED: readonly [grain: string, words: RegExp][] = [
  ["day", /\b(?:daily|day by day|by (?:the )?day|per day|each day|dod)\b/],
  ["week", /\b(?:weekly|week by week|by (?:the )?week|per week|each week|weeks|wow)\b/],
  ["month", /\b(?:monthly|month by month|by (?:the )?month|per month|each month|months|mom)\b/],
  ["quarter", /\b(?:quarterly|by (?:the )?quarter|per quarter|each quarter|quarters|qoq)\b/],
];

/** The other steps a series can be shown at, offered when the one asked is the one shown. */
const OTHER_STEPS: Record<string, string> = {
  day: "by week or by month",
  week: "by day or by month",
  month: "by week or by quarter",
  quarter: "by month or by week",
};

/**
 * fix19b: "weekly instead" after a series already by week: the same series, led by a line saying
 * it already is and which other steps it can be shown at (declined as not understood, it read as
 * if the answer had not been weekly).
 */
function sameGrainAsked(question: string, previous: Plan): Plan | undefined {
  if (previous.kind !== "tool_calls" || !previous.frame.dimensions.includes("date")) return undefined;
  const text = question.toLowerCase();
  // A short ask about the step ("weekly instead", "by week pls"), not a whole question restated.
  if (text.split(/\s+/).length > 6) return undefined;
  const asked = GRAIN_ASKED.filter(([, words]) => words.test(text)).map(([grain]) => grain);
  const grain = previous.frame.grain;
  if (asked.length !== 1 || asked[0] !== grain || !grain) return undefined;
  const note = `The answer before is already by ${grain}, so here it is again; I can show it ${OTHER_STEPS[grain]} instead.`;
  return { ...previous, notes: [...(previous.notes ?? []), note] };
}

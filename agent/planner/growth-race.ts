import { addMonths, endOfMonth, startOfMonth } from "../../semantic/query/dates.ts";
import type { Plan } from "./types.ts";

/**
 * "is colorado growing faster than california this year", "which state is growing fastest", "are
 * we scaling tiktok quicker than meta": growth set member against member. Growth is change over
 * time, so the question is read as the members' series by month (the words "faster than" become
 * "vs", the members a comparison), and the presenter (agent/present/growth-verdict.ts) sets each
 * member's later months against its earlier ones and names the faster. Without this the comparative
 * went unread: a catalog search for "growing faster", or the period's totals with no growth at all.
 */
const COMPARATIVE =
  /\b(?:growing|grown|grew|grows|expanding|expanded|scaling|scaled|ramping|ramped|increasing|climbing|rising)(?: up)? (?:faster|quicker|more quickly|more|fastest|the fastest|quickest|the quickest|most|the most)(?: than)?\b/;
/** "scaling tiktok quicker than meta": the member between the verb and the comparative. */
const OBJECT_COMPARATIVE =
  /\b(?:growing|scaling|ramping|expanding|building) ((?:[a-z]+ ){1,3}?)(?:faster|quicker|more quickly) than\b/;
const FASTEST = /\b(?:fastest|quickest)[- ]growing\b|\b(?:biggest|highest|strongest) growth\b/;
/** A grain already asked ("by week", "quarterly"): kept. */
const GRAIN = /\b(?:by|per|each|every) (?:day|week|month|quarter)\b|\b(?:daily|weekly|monthly|quarterly)\b/;

/**
 * The question with a growth comparison rewritten as a monthly series of the members.
 * @example readGrowthRace("is texas growing faster than new york this year") // "is texas vs new york this year by month"
 */
export function readGrowthRace(text: string): string {
  const object = OBJECT_COMPARATIVE.exec(text);
  if (object)
    return readGrowthRace(
      `${text.slice(0, object.index)}${object[1]}vs${text.slice(object.index + object[0].length)}`.concat(
        GRAIN.test(text) ? "" : " by month",
      ),
    );
  const m = COMPARATIVE.exec(text) ?? FASTEST.exec(text);
  if (!m) return text;
  const joined = /\bthan$/.test(m[0]) ? " vs " : " ";
  const rest = `${text.slice(0, m.index)}${joined}${text.slice(m.index + m[0].length)}`
    .replace(/\s+/g, " ")
    .trim();
  return GRAIN.test(rest) ? rest : `${rest} by month`;
}

/** Whether the question sets members' growth against each other (for the presenter's verdict). */
export function asksGrowthRace(question: string): boolean {
  const q = question.toLowerCase();
  return COMPARATIVE.test(q) || FASTEST.test(q) || OBJECT_COMPARATIVE.test(q);
}

/**
 * The period's whole months split in two halves (the middle month left out when their count is
 * odd), ending at the data's last day: the later half is set against the earlier one.
 * @example growthHalves({ from: "2026-01-01", to: "2026-11-01" }, "2026-10-31") // Jun-Oct vs Jan-May
 */
export function growthHalves(
  period: { from: string; to: string },
  dataEnd: string | undefined,
): { early: { from: string; to: string }; late: { from: string; to: string } } | undefined {
  const end = dataEnd && dataEnd < period.to ? dataEnd : period.to;
  const first =
    period.from === startOfMonth(period.from) ? period.from : addMonths(startOfMonth(period.from), 1);
  const last = end === endOfMonth(end) ? startOfMonth(end) : addMonths(startOfMonth(end), -1);
  const months: string[] = [];
  for (let m = first; m <= last; m = addMonths(m, 1)) months.push(m);
  const half = Math.floor(months.length / 2);
  if (half < 2) return undefined;
  const span = (ms: readonly string[]) => ({ from: ms[0]!, to: endOfMonth(ms.at(-1)!) });
  return { early: span(months.slice(0, half)), late: span(months.slice(months.length - half)) };
}

/**
 * A growth race's series plan answered as its halves side by side, member by member: growth is the
 * later half against the earlier, and compare_periods returns both halves and the change for each
 * member (figures the answer can be checked against). Other plans pass unchanged.
 */
export function growthRacePlan(plan: Plan, question: string, dataEnd: string | undefined): Plan {
  if (plan.kind !== "tool_calls" || !asksGrowthRace(question) || plan.calls.length !== 1) return plan;
  const call = plan.calls[0]!;
  const dims = (call.args.dimensions as string[] | undefined) ?? [];
  const members = dims.filter((d) => d !== "date");
  const range = call.args.timeRange as { from: string; to: string } | undefined;
  if (call.name !== "query_metrics" || !dims.includes("date") || members.length !== 1 || !range) return plan;
  const halves = growthHalves(range, dataEnd);
  if (!halves) return plan;
  const args = {
    metrics: call.args.metrics,
    period: halves.late,
    compareTo: halves.early,
    dimensions: members,
    filters: call.args.filters ?? [],
  };
  // The frame says what was answered, so a follow-up ("and by quarter?") starts from it.
  const frame = {
    ...plan.frame,
    intent: "compare" as const,
    dimensions: members,
    period: { ...halves.late, label: "the later half" },
    compare: { mode: "explicit" as const, period: { ...halves.early, label: "the earlier half" } },
  };
  const { grain: _grain, ...ungrained } = frame;
  return { ...plan, intent: "compare", frame: ungrained, calls: [{ name: "compare_periods", args }] };
}

/**
 * Questions naming US states ("revenue in california vs texas", "cac in colorado"). Customers carry
 * their state (the `region` dimension, two-letter codes), so orders, revenue and customers are
 * answered for those states side by side. Ad spend has no location: a spend-based metric (CAC,
 * ROAS, spend) per state cannot be computed, and the answer says so first and gives new customers
 * and revenue for the states instead of the whole organization's figure as if it were theirs.
 */
import { US_STATE_CODES as STATES } from "../../semantic/catalog/us-states.ts";
import { stateHealthQuestion } from "./state-doing.ts";
import type { Plan, PlannerContext } from "./types.ts";
import { expandStateCodes } from "./us-state-codes.ts";

// Longest names first, so "west virginia" is not read as "virginia".
const NAMES = Object.keys(STATES).sort((a, b) => b.length - a.length);
const STATE_RE = new RegExp(String.raw`\b(?:in |from |for |across )?(${NAMES.join("|")})\b`, "gi");

/** The states a question names, as codes in the order named, and the question without them. */
export function namedStates(
  question: string,
  ownWords: ReadonlySet<string> = new Set(),
): { codes: string[]; names: string[]; rest: string } | undefined {
  // fix8a: "CA and NY" are California and New York.
  const text = expandStateCodes(question);
  const codes: string[] = [];
  const names: string[] = [];
  for (const m of text.matchAll(STATE_RE)) {
    const name = m[1]!.toLowerCase();
    // A campaign or channel named after a state ("Texas Launch") is the organization's own name.
    if (name.split(" ").every((w) => ownWords.has(w))) return undefined;
    const code = STATES[name]!;
    if (!codes.includes(code)) {
      codes.push(code);
      names.push(name.replace(/\b\w/g, (c) => c.toUpperCase()).replace(/ State$/, ""));
    }
  }
  if (!codes.length) return undefined;
  // Each state becomes a mark; the words joining two marks ("vs", "and") go with them.
  let marked = text.replace(STATE_RE, " \u00a7 ");
  const JOINED = /\u00a7\s*(?:,|&|\bvs\.?|\bversus|\band|\bor|\bcompared (?:to|with)|\bagainst)?\s*\u00a7/gi;
  while (JOINED.test(marked)) marked = marked.replace(JOINED, "\u00a7");
  const rest = marked
    .replace(/\u00a7/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return { codes, names, rest };
}

/** Adds the states' filter to the first call of a plan broken down by state. */
function filtered(plan: Plan, codes: readonly string[]): Plan {
  if (plan.kind !== "tool_calls") return plan;
  // fix8a: a series of the states named ("just CA and NY by month" after the top 10) keeps every
  // row: a ranking's top-N cut carried from the turn before would cut the months.
  const series = plan.frame.dimensions.includes("date");
  const calls = plan.calls.map((c, i) => {
    if (i !== 0) return c;
    const filters = [
      ...((c.args.filters as unknown[]) ?? []),
      { field: "region", op: "in", values: [...codes] },
    ];
    const { limit: _l, orderBy: _o, ...rest } = c.args;
    return { ...c, args: { ...(series ? rest : c.args), filters } };
  });
  const { limit: _l, order: _o, ...unranked } = plan.frame;
  const frame = {
    ...(series ? unranked : plan.frame),
    filters: [...plan.frame.filters, { field: "region", op: "in" as const, values: [...codes] }],
  };
  return { ...plan, calls, frame };
}

const byRegion = (plan: Plan) =>
  plan.kind === "tool_calls" &&
  // A growth race between states is a comparison of halves (growth-race.ts), still by state.
  (plan.calls[0]?.name === "query_metrics" || plan.calls[0]?.name === "compare_periods") &&
  ((plan.calls[0].args.dimensions as string[] | undefined) ?? []).includes("region");

/**
 * The plan for a question naming US states: its metrics by state for those states, or, when its
 * metrics have no location (spend-based), new customers and revenue for them with a note.
 */
export function usStatePlan(
  question: string,
  ctx: PlannerContext,
  replan: (q: string, c: PlannerContext) => Plan,
  ownWords: ReadonlySet<string> = new Set(),
): Plan | undefined {
  const states = namedStates(question, ownWords);
  if (!states) return undefined;
  // fix12b: "how's oregon doing" is the state against the period before, not a level.
  const asked = replan(`${stateHealthQuestion(states.rest) ?? states.rest} by state`, ctx);
  if (asked.kind !== "tool_calls") return undefined;
  if (byRegion(asked)) return filtered(asked, states.codes);
  const nearest = replan(`new customers and revenue by state ${periodWords(asked)}`.trim(), ctx);
  if (nearest.kind !== "tool_calls" || !byRegion(nearest)) return undefined;
  const list =
    states.names.length === 1
      ? states.names[0]!
      : `${states.names.slice(0, -1).join(", ")} and ${states.names.at(-1)}`;
  const labels = asked.frame.metrics.map((k) => ctx.catalog.metrics.get(k)?.label ?? k).join(", ");
  // fix14b: site visits (sessions, users) have no location either; the reason names both.
  const why = asked.frame.metrics.some((k) => SPEND_BASED.test(k))
    ? "Ad spend has no location in your data (the ad platforms report it per campaign, not per state)"
    : "Your data records a state only for orders and customers (the state a customer orders from), not for ad spend or site visits";
  const note = `${why}, so ${labels} can't be split by state. Here are new customers and revenue for ${list}:`;
  const plan = filtered(nearest, states.codes);
  return plan.kind === "tool_calls" ? { ...plan, notes: [...(nearest.notes ?? []), note] } : undefined;
}

/** Metrics built on ad spend or ad delivery, whose missing location is the ad platforms'. */
const SPEND_BASED = /spend|cac|cpa|roas|mer|cpc|cpm|ctr|clicks|impressions|budget|cost/;

/** The asked plan's period as dates the planner reads back ("2026-07-01 to 2026-09-30"). */
function periodWords(plan: Plan): string {
  if (plan.kind !== "tool_calls" || plan.frame.period.label.includes("default")) return "";
  return `from ${plan.frame.period.from} to ${plan.frame.period.to}`;
}

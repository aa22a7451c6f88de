/**
 * A group of campaigns named by a shared word ("the BF25 campaigns", "our Summer26 campaigns"):
 * - asked "each" / "separately" / "one by one", the answer lists every campaign of the group,
 *   not one combined total;
 * - set "vs everything else" / "vs the rest", the answer gives the group's totals and then the
 *   totals of every other campaign over the same period, with the same measures (#12).
 */
import { assembleCalls } from "./assemble.ts";
import { metricIntentOf, metricQuestionFrame } from "./pipeline/metric-question.ts";
import type { Reading } from "./pipeline/types.ts";
import type { Frame, Plan } from "./types.ts";

/** Words that ask for each member of a named group on its own. */
const EACH =
  /\b(?:each|individually|separately|one by one|apiece|respectively|broken (?:out|down)|split (?:out|up)|per campaign|campaign by campaign|every one)\b/;

/** "vs everything else", "against the rest", "compared with all other campaigns". */
const VS_REST =
  /\b(?:vs|versus|against|compared (?:to|with)|relative to|and|than)\s+(?:(?:everything|anything|all|every ?thing) else|the rest(?: of (?:the |our )?(?:campaigns|account|ads|spend|business))?|(?:all )?(?:the |our )?other campaigns|(?:all )?(?:the |our )?remaining campaigns)\b/;

/** The campaign filter of a group named in the question (two or more campaigns), if any. */
function groupFilter(frame: Frame): Frame["filters"][number] | undefined {
  return frame.filters.find((f) => f.field === "campaign" && f.op === "in" && f.values.length >= 2);
}

/**
 * The frame broken down by campaign when a named group is asked for each member; unchanged
 * otherwise.
 * @example withEachMember(bf25Frame, "bf25 campaigns spend and roas each").dimensions // ["campaign"]
 */
export function withEachMember(frame: Frame, text: string): Frame {
  if (frame.dimensions.length || !groupFilter(frame)) return frame;
  if (!EACH.test(text)) return frame;
  if (frame.intent !== "query" && frame.intent !== "compare") return frame;
  return { ...frame, dimensions: ["campaign"] };
}

/** Whether the question sets something against everything else. */
export function asksVsRest(text: string): boolean {
  return VS_REST.test(text);
}

/**
 * "how did the Summer26 campaigns do vs everything else over the summer": the group's totals, then
 * every other campaign's (no-campaign revenue left out of both), same period and measures.
 * Undefined when the question names no group of campaigns or does not set it against the rest.
 */
export function readGroupVsRest(r: Reading): Plan | undefined {
  if (!asksVsRest(r.p.text)) return undefined;
  const named = r.p.dims.filters.find((f) => f.field === "campaign" && f.op === "in");
  if (!named) return undefined;
  const intent = metricIntentOf(r.p);
  const base = metricQuestionFrame(r, intent === "compare" || intent === "rank" ? "query" : intent);
  if (base.intent !== "query") return undefined;
  const frame: Frame = { ...base, dimensions: [], order: undefined, limit: undefined };
  const others = frame.filters.filter((f) => f.field !== "campaign");
  const group: Frame = { ...frame, filters: [...others, named] };
  const rest: Frame = {
    ...frame,
    filters: [...others, { field: "campaign", op: "not_in", values: named.values }],
  };
  // "Everything else" is the other campaigns: revenue no campaign drove (organic, direct) is not one.
  const restCalls = assembleCalls(rest).map((c) => ({
    ...c,
    args: {
      ...c.args,
      filters: [...((c.args.filters as unknown[]) ?? []), { field: "campaign", op: "neq", value: null }],
    },
  }));
  const labels = named.values.map(
    (v) =>
      r.ctx.dimensionValues.find((d) => d.dimension === "campaign" && String(d.value) === String(v))?.label ??
      String(v),
  );
  const note = `First the campaigns you named together (${joinWords(labels)}), then every other campaign together, over the same period.`;
  return {
    kind: "tool_calls",
    intent: "query",
    calls: [...assembleCalls(group), ...restCalls],
    frame: group,
    notes: [note],
  };
}

/** "a, b and c". */
function joinWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/**
 * fix13e: two asks where the second is about what the first finds, and needs the first's answer
 * to be planned: "find the channel with the worst cpa last month, then show me its campaigns"
 * (which channel is worst is only known once its rows arrive), "which week had the most revenue
 * this year and what drove it" (the week, then its movers against the week before). Planned
 * alone, the first was answered with the second declined ("ask it next"), or the whole question
 * was read as one ranking of campaigns: a different question. Here the first ask's plan carries
 * the second step with the found value left as "{{found}}"; the chat model fills it from the
 * first call's top row and runs it (found-step-run.ts), so both parts come in one answer.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { orderDirection } from "./frame.ts";
import type { FoundStep, Plan } from "./types.ts";

type ToolPlan = Plan & { kind: "tool_calls" };

/** A metric's label as it reads mid-sentence ("cost per acquisition"; "ROAS" stays). */
export function spoken(catalog: Catalog, key: string): string {
  const label = catalog.metrics.get(key)?.label ?? key;
  return /^[A-Z][A-Z]/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** "its campaigns", "show me that channel's campaigns", "the campaigns under it", "break it down by campaign". */
const ITS_CAMPAIGNS =
  /^(?:(?:can you|could you|please|pls|then|also|and|now)\s+)*(?:(?:show|list|give|pull|get|see|bring up|pull up|display)(?: me| up)?\s+)?(?:(?:all|each) (?:of )?)?(?:(?:its|their|that one's|that \w+'s|the) campaigns?|campaigns? (?:in|under|of|within|inside|on|for) (?:it|that|that one|this one|that \w+|them))\b|^(?:(?:then|and|now)\s+)?(?:break|split|drill) (?:it|that|that one|this one|them)? ?(?:down |out |into )?(?:by |into )?(?:its )?campaigns?\b/;

// fix14e: a campaign named as the cause (found-change-step.ts reads it too).
/** "which campaign inside it caused it", "what campaigns were behind that", "and its campaigns". */
export const CAMPAIGN_CAUSE =
  /^(?:(?:can you|could you|please|pls|then|also|and|now)\s+)*(?:(?:tell|show) me\s+)?(?:which|what) campaigns?\b.{0,30}\b(?:drove|drive|driving|drives|caused|cause|causing|causes|behind|responsible|contributed|contributing|explains?|led|leads|accounts? for|did (?:it|that|most))\b/;

/** A ranking's one-row call, when the plan is one. */
function topOne(plan: ToolPlan) {
  const call = plan.calls[0];
  const f = plan.frame;
  if (plan.calls.length !== 1 || call?.name !== "query_metrics") return undefined;
  if (f.intent !== "rank" || f.limit !== 1 || !f.order || f.dimensions.length !== 1) return undefined;
  return { call, frame: f, dimension: f.dimensions[0]! };
}

/**
 * "then its campaigns" after a one-row ranking of channels or platforms: that member's campaigns
 * on the same measure, over the same period.
 */
export function campaignsStep(first: ToolPlan, second: string, catalog: Catalog): ToolPlan | undefined {
  const top = topOne(first);
  if (!top || !(ITS_CAMPAIGNS.test(second) || CAMPAIGN_CAUSE.test(second))) return undefined;
  const { call, frame, dimension } = top;
  if (dimension !== "channel" && dimension !== "platform") return undefined;
  const order = frame.order!;
  const label = spoken(catalog, order.field);
  const filters = [
    ...((call.args.filters as unknown[]) ?? []),
    { field: dimension, op: "in", values: ["{{found}}"] },
    { field: "campaign", op: "neq", value: null },
  ];
  const then: FoundStep = {
    field: dimension,
    calls: [
      {
        name: "query_metrics",
        args: {
          metrics: [...new Set([order.field, "spend", ...(call.args.metrics as string[])])].filter((m) =>
            catalog.metrics.has(m),
          ),
          dimensions: ["campaign"],
          filters,
          timeRange: call.args.timeRange,
          orderBy: [order],
        },
      },
    ],
  };
  const sense = order.direction === "desc" ? "highest" : "lowest";
  return {
    ...first,
    then,
    notes: [
      ...(first.notes ?? []),
      `First the ${dimension} with the ${sense} ${label}, then its campaigns on the same measure over the same period.`,
    ],
  };
}

/**
 * "and what drove it" after a one-row ranking of weeks or months: what moved the measure in that
 * week (or month) against the one before, by channel and campaign.
 */
export function driversStep(first: ToolPlan, catalog: Catalog): ToolPlan | undefined {
  const top = topOne(first);
  if (top?.dimension !== "date") return undefined;
  const grain = top.frame.grain;
  if (grain !== "week" && grain !== "month" && grain !== "day") return undefined;
  const metric = top.frame.order!.field;
  // fix15a: a day against the same weekday a week before (a normal day), not the day before.
  const compareTo =
    grain === "day" ? { from: "{{found:week_before}}", to: "{{found:week_before}}" } : "previous_period";
  const then: FoundStep = {
    field: "date",
    grain,
    calls: [
      {
        name: "explain_change",
        args: {
          metric,
          period: { from: "{{found}}", to: "{{found:to}}" },
          compareTo,
          dimensions: ["channel", "campaign"],
          filters: (top.call.args.filters as unknown[]) ?? [],
        },
      },
    ],
  };
  const label = spoken(catalog, metric);
  const sense = orderDirection("best", metric, catalog) === top.frame.order!.direction ? "top" : "weakest";
  return {
    ...first,
    then,
    notes: [
      ...(first.notes ?? []),
      `First the ${sense} ${grain} by ${label}, then what drove it: that ${grain} against ${grain === "day" ? "the same weekday a week before" : `the ${grain} before`}, by channel and campaign.`,
    ],
  };
}

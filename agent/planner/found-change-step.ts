/**
 * fix14e: "which channel's cpa rose most in october vs september, and which campaign in it was
 * behind that": first the channels compared (the one that moved most in the asked direction is
 * found from the rows), then that channel's campaigns compared over the same two periods, so the
 * campaign that drove the move is named. Read whole, the question became one ranking of
 * channel/campaign pairs, whose top pair could sit in another channel than the one that moved most.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { rankedChange } from "./change-ranking.ts";
import { CAMPAIGN_CAUSE, spoken } from "./found-step.ts";
import type { FoundStep, Plan } from "./types.ts";

type ToolPlan = Plan & { kind: "tool_calls" };

/**
 * The comparison of channels (or platforms) with its campaigns found next, or undefined when the
 * first ask is no ranking of a change by channel or platform or the second asks no campaign.
 */
export function changeCampaignsStep(
  first: ToolPlan,
  firstText: string,
  second: string,
  catalog: Catalog,
): ToolPlan | undefined {
  const call = first.calls[0];
  const f = first.frame;
  if (first.calls.length !== 1 || call?.name !== "compare_periods" || f.dimensions.length !== 1)
    return undefined;
  const dimension = f.dimensions[0]!;
  if (dimension !== "channel" && dimension !== "platform") return undefined;
  const direction = rankedChange(firstText);
  const metric = (call.args.metrics as string[] | undefined)?.[0];
  if (!direction || !metric || !CAMPAIGN_CAUSE.test(second)) return undefined;
  const then: FoundStep = {
    field: dimension,
    pick: { metric, direction },
    calls: [
      {
        name: "compare_periods",
        args: {
          ...call.args,
          dimensions: ["campaign"],
          filters: [
            ...((call.args.filters as unknown[]) ?? []),
            { field: dimension, op: "in", values: ["{{found}}"] },
            { field: "campaign", op: "neq", value: null },
          ],
        },
      },
    ],
  };
  const moved = direction === "up" ? "rose most" : direction === "down" ? "fell most" : "moved most";
  return {
    ...first,
    then,
    notes: [
      ...(first.notes ?? []),
      `First the ${dimension} whose ${spoken(catalog, metric)} ${moved} between the two periods (the change itself, not the percent), then its campaigns over the same periods, to show which drove it.`,
    ],
  };
}

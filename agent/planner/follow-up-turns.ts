/**
 * fix9a: the follow-up turns read before the general merge (follow-up.ts), each of which would
 * otherwise be read as a new question or merged wrongly: rows left out or narrowed by objective
 * (follow-up-rows.ts), and asks of the previous answer (follow-up-asks.ts).
 */

import type { Catalog } from "../../semantic/catalog/types.ts";
import {
  cohortRegroup,
  cutMovedTo,
  modelChoiceAfterComparison,
  whyAfterChangeRanking,
  whyAfterOverview,
} from "./follow-up-asks.ts";
import { excludedRows, rowsWithObjective } from "./follow-up-rows.ts";
import { unitCostAfterCount } from "./follow-up-unit-cost.ts";
import { whyAfterFunnel } from "./follow-up-why-funnel.ts";
import { whyAfterTotal } from "./follow-up-why-total.ts";
import { overviewNarrowed } from "./overview-narrowed.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { DimensionValue, Frame, Plan } from "./types.ts";

/**
 * The frame a follow-up turn asks for, or undefined when it is none of these.
 * @example turnFollowUp(parse("drop the newsletter"), emailByCampaignPlan, values)?.filters[0]?.op // "not_in"
 */
export function turnFollowUp(
  p: ParsedQuestion,
  previous: Plan | undefined,
  values: readonly DimensionValue[],
  catalog: Catalog,
): Frame | undefined {
  if (previous?.kind !== "tool_calls") return undefined;
  const prev = previous.frame;
  return (
    whyAfterOverview(p, previous) ??
    whyAfterChangeRanking(p, prev) ??
    whyAfterTotal(p, prev) ??
    whyAfterFunnel(p, prev) ??
    unitCostAfterCount(p, prev, catalog) ??
    overviewNarrowed(p, previous) ??
    modelChoiceAfterComparison(p, prev) ??
    cohortRegroup(p, prev) ??
    cutMovedTo(p, prev) ??
    excludedRows(p, prev, values) ??
    rowsWithObjective(p, prev, values)
  );
}

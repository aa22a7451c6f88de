import { loadDimensionValues } from "../db/catalog/dimension-values.ts";
import type { Queryable } from "../db/database.ts";
import type { DimensionValue, ValueDimension } from "./planner/types.ts";

const PLANNER_DIMENSIONS: Readonly<Record<string, ValueDimension>> = {
  channel: "channel",
  platform: "platform",
  campaign: "campaign",
  campaign_objective: "objective",
  email_campaign: "email_campaign",
  source_medium: "source_medium",
};

/** This organization's dimension values in the planner's terms (names and aliases it can recognise). */
export async function plannerDimensionValues(
  db: Queryable,
  organizationId: number,
): Promise<DimensionValue[]> {
  const values = await loadDimensionValues(db, organizationId);
  return values.flatMap((v) => {
    const dimension = PLANNER_DIMENSIONS[v.dimension];
    return dimension ? [{ dimension, value: v.key, label: v.label, aliases: v.aliases }] : [];
  });
}

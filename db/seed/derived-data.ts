import { materializeAttribution } from "../attribution/materialize.ts";
import type { Queryable } from "../database.ts";

/**
 * Refresh what is derived from an organization's facts, inside the transaction that loaded them,
 * so readers never see facts without their attribution: per-conversion credit for every model,
 * then fresh planner statistics (embedded PGlite has no autovacuum to gather them later).
 */
export async function refreshDerivedData(
  tx: Queryable,
  org: { id: number; slug: string; lookbackDays: number },
): Promise<void> {
  await materializeAttribution(tx, { organizationId: org.id, lookbackDays: org.lookbackDays });
  await tx.exec(
    "ANALYZE ad_spend_daily, touchpoints, conversions, attribution_results, campaigns, web_sessions_daily, email_daily",
  );
}

/**
 * The demo's planned changes: what the simulated marketer planned, stored in planned_changes so the
 * anomaly detector knows them as the product would once a marketer entered them. The spec's budget
 * flights and holdout weeks (db/simulator/flights.ts, drawn from the seed) are temporary changes of
 * a channel; a campaign's lasting budget change (spec `budgetChanges`) is a lasting change of the
 * campaign. Re-seeding replaces the seeder's rows and keeps any a user added.
 */
import type { Queryable } from "../database.ts";
import { insertPlannedChanges, type NewPlannedChange } from "../repositories/planned-changes.ts";
import { DAYS, dateOfDay, FIRST_DAY } from "../simulator/calendar.ts";
import type { OrgPlan } from "../simulator/plan.ts";

/** `created_by` of the seeder's rows. */
export const SEED_AUTHOR = "seed";

/** The planned changes of a simulated organization, by start date. */
export function plannedChangesOfPlan(plan: OrgPlan): NewPlannedChange[] {
  const out: NewPlannedChange[] = plan.flights.map((f) => ({
    channel: f.channel,
    campaignId: null,
    from: f.from,
    to: f.to,
    expectedChangePercent: f.expectedChangePercent,
    note: f.note,
    createdBy: SEED_AUTHOR,
  }));
  for (const c of plan.spend.campaigns) {
    c.budgetSteps.forEach((step, i) => {
      const before = c.budgetSteps[i - 1];
      if (!before || step.day <= 0 || step.day >= DAYS) return;
      const percent = Math.round((step.dailyBudget / before.dailyBudget - 1) * 100);
      out.push({
        channel: c.channel,
        campaignId: c.id,
        from: dateOfDay(step.day),
        to: null,
        expectedChangePercent: percent,
        note: `Daily budget of ${c.name} ${percent >= 0 ? "raised" : "cut"} ${Math.abs(percent)}% for good`,
        createdBy: SEED_AUTHOR,
      });
    });
  }
  return out.sort((a, b) => a.from.localeCompare(b.from));
}

/** Replace the seeder's planned changes of one organization. */
export async function seedPlannedChanges(
  tx: Queryable,
  organizationId: number,
  plan: OrgPlan,
): Promise<number> {
  await tx.query("DELETE FROM planned_changes WHERE organization_id = $1 AND created_by = $2", [
    organizationId,
    SEED_AUTHOR,
  ]);
  const rows = plannedChangesOfPlan(plan);
  // The rows say when they were planned: the first simulated day, not the wall clock.
  await insertPlannedChanges(tx, organizationId, rows, new Date(`${FIRST_DAY}T00:00:00Z`));
  return rows.length;
}

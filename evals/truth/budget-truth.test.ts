/**
 * Simulator truth for the budget advice: on the demo data, the recommended budget split earns at
 * least 99% of the true optimum's revenue on the simulator's true curves and beats the naive rule.
 * (The anomaly half of the must-show does not pass yet; `npm run bench -- truth` prints its figures.)
 *
 * Scale 1 (the `npm start` demo): at 0.25 and 0.5 the fitted curves of beta-bikes are too noisy
 * (recommended / optimum within bounds 96.5% and 97.6%) and at 0.25 acme has about 8 orders a day,
 * too few for a one-day tracking outage to stand out from Poisson noise. Seeding takes 1-2 minutes.
 *
 * Budget "optimum" here is like with like: the true optimum within the bounds the product applied
 * (its default +/-30% of current spend); the unconstrained optimum of ground-truth.json is printed
 * by `npm run bench -- truth` beside it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/database.ts";
import { type BudgetTruth, evaluateBudgetTruth, formatBudgetTruth } from "./budget-truth.ts";
import { openTruthDatabase, truthContext } from "./context.ts";

const SCALE = 1;
const ORGS = ["acme", "beta-bikes"] as const;

let db: Database;
const budget = new Map<string, BudgetTruth>();

beforeAll(async () => {
  db = await openTruthDatabase(SCALE);
  for (const slug of ORGS) {
    const { deps, truth, spec } = await truthContext(db, slug, SCALE);
    budget.set(slug, await evaluateBudgetTruth(deps, truth, spec));
  }
}, 600_000);
afterAll(() => db?.close());

describe.each(ORGS)("simulator truth: %s", (slug) => {
  it("scores the optimum exactly as ground-truth.json does", () => {
    const t = budget.get(slug)!;
    expect(Math.abs(t.optimum.totalRevenue - t.groundTruthOptimum)).toBeLessThan(0.01);
  });

  it("recommends a split earning >= 99% of the true optimum (within the product's bounds) and beats the naive rule", () => {
    const t = budget.get(slug)!;
    const figures = formatBudgetTruth(t);
    expect(t.ratios.recommendedToBoundedOptimum, figures).toBeGreaterThanOrEqual(0.99);
    expect(t.recommended.totalRevenue, figures).toBeGreaterThan(t.naive.totalRevenue);
    expect(t.recommended.totalRevenue, figures).toBeGreaterThan(t.naiveObserved.totalRevenue);
  });
});

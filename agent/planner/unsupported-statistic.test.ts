import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

const notes = (q: string) => {
  const p = planQuestion(q, testContext());
  return p.kind === "tool_calls" ? (p.notes ?? []) : [];
};

describe("a statistic the tools do not compute", () => {
  it("says first that the figure is the mean, not the median or percentile asked", () => {
    expect(notes("typical median cpa per month")[0]).toMatch(/^I can't give the median here/);
    expect(notes("roas at the 75th percentile by channel")[0]).toMatch(
      /^I can't give the 75th percentile here/,
    );
  });

  it("leaves answers that do give medians (time to convert) and questions without one alone", () => {
    expect(notes("median days from first touch to purchase").join(" ")).not.toMatch(/I can't give/);
    expect(notes("average order value by month").join(" ")).not.toMatch(/I can't give/);
  });
});

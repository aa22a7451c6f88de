/** fix9c: change rankings read as such (not advice), and YouTube declined by name. */
import { describe, expect, it } from "vitest";
import { orderByChange } from "../present/change-order.ts";
import { readAdviceIntent } from "./advice-intent.ts";
import { changeRanking } from "./change-ranking.ts";
import { excludedDayPart } from "./excluded-day-part.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

describe("changeRanking", () => {
  it("reads the direction of a ranking by a move between two periods", () => {
    expect(changeRanking("which channel had the largest cpa increase sep vs aug")).toBe("up");
    expect(changeRanking("whose roas fell the most from july to august")).toBe("down");
    expect(changeRanking("biggest swing in spend by platform mom")).toBe("any");
  });

  it("leaves actions and single periods alone", () => {
    expect(changeRanking("which campaigns should we increase")).toBeUndefined();
    expect(changeRanking("biggest increase in orders last week")).toBeUndefined();
    expect(readAdviceIntent("which campaigns should we increase budget on")).toEqual({
      tool: "recommend",
      focus: "campaigns",
    });
    expect(readAdviceIntent("which campaign saw the largest cpa increase oct vs sep")).toBeUndefined();
  });
});

describe("orderByChange", () => {
  const rows = [
    { c: "a", cpa: { current: 50, previous: 40 } },
    { c: "b", cpa: { current: 90, previous: 100 } },
    { c: "c", cpa: { current: 30, previous: 10 } },
    { c: "d", cpa: { current: 70, previous: null } },
  ];
  it("puts the largest move in the asked direction first and rows without both values last", () => {
    expect(orderByChange(rows, "cpa", "up").map((r) => r.c)).toEqual(["c", "a", "b", "d"]);
    expect(orderByChange(rows, "cpa", "down").map((r) => r.c)).toEqual(["b", "a", "c", "d"]);
    expect(orderByChange(rows, "cpa", "any").map((r) => r.c)).toEqual(["c", "a", "b", "d"]);
  });
});

describe("YouTube", () => {
  it("is declined by name, never read as Google Ads", () => {
    for (const q of ["roas on youtube in september", "how much did youtube ads cost us last quarter"]) {
      const plan = planQuestion(q, testContext());
      expect(plan.kind).toBe("decline");
      if (plan.kind === "decline") expect(plan.message).toMatch(/no YouTube Ads data.*through Google Ads/);
    }
  });
});

describe("excludedDayPart", () => {
  it("takes the day out of the question and says it stays in the figures", () => {
    const part = excludedDayPart("cpa per channel in h1, but leaving out the day tracking broke");
    expect(part?.rest).toBe("cpa per channel in h1");
    expect(part?.note).toContain('("the day tracking broke")');
    expect(excludedDayPart("orders in march except march 17")?.rest).toBe("orders in march");
  });

  it("leaves exclusions of a channel or a campaign alone", () => {
    expect(excludedDayPart("revenue by channel without email")).toBeUndefined();
    expect(excludedDayPart("sessions by day excluding direct")).toBeUndefined();
  });
});

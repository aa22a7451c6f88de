import { describe, expect, it } from "vitest";
import { collectGroundNumbers } from "./ground-numbers.ts";
import { verifyAnswer } from "./verify-answer.ts";

describe("grounding: shares within rows that share a field", () => {
  const result = {
    rows: [
      { date: "2026-09-01", channel: "Affiliate", spend: 30 },
      { date: "2026-09-01", channel: "Display", spend: 90 },
      { date: "2026-10-01", channel: "Affiliate", spend: 20 },
      { date: "2026-10-01", channel: "Display", spend: 60 },
    ],
  };
  const ground = collectGroundNumbers([result]);

  it("grounds a member's share of one month's whole and that whole", () => {
    expect(
      verifyAnswer("Affiliate was 25.0% of September's $120 and 25.0% of October's $80.", ground).ok,
    ).toBe(true);
  });

  it("still refuses a share of nothing in the rows", () => {
    expect(verifyAnswer("Affiliate was 41.3% of spend.", ground)).toEqual({
      ok: false,
      ungrounded: [{ text: "41.3%", value: 41.3 }],
    });
  });
});

import { describe, expect, it } from "vitest";
import type { RecommendData } from "../../tools/recommend/execute.ts";
import { actionHalves, growthLines } from "./scale-and-cut.ts";

const data = (kinds: string[]): RecommendData =>
  ({
    period: { from: "2026-11-01", to: "2026-11-07", timeZone: "UTC", days: 7 },
    focus: "campaigns",
    grossMargin: 0.5,
    breakEvenRoas: 2,
    currency: "USD",
    recommendations: kinds.map((kind, i) => ({ kind, title: `${kind} ${i}`, decision: null })),
    found: kinds.length,
    channel: null,
    platform: null,
    provenance: {},
  }) as unknown as RecommendData;

describe("growthLines", () => {
  it("answers both halves: nothing clears break-even to scale, then the cuts", () => {
    expect(
      growthLines(data(["pause", "pause"]), "what campaigns do we grow and what do we switch off"),
    ).toEqual([
      "Nothing to scale for November 1–7, 2026: no campaign has a next dollar that clearly returns more than break-even (a marginal ROAS of 2.00x), so I would not raise any of them.",
      "To cut or pause, ranked below:",
    ]);
  });

  it("names what to scale when something has room", () => {
    expect(growthLines(data(["raise", "pause"]), "where can we lean into spend")).toEqual([
      "To scale: raise 0.",
    ]);
  });

  it("says nothing for a cuts-only ask; 'scale back' is a cut", () => {
    expect(growthLines(data(["pause"]), "which campaigns should we scale back")).toEqual([]);
    expect(actionHalves("ramp up or axe?")).toEqual({ growth: true, cut: true });
  });
});

import { describe, expect, it } from "vitest";
import { buildCustomerJourneys, type JourneyTouch } from "./journeys.ts";

const DAY = 86_400_000;
const t = (day: number, channel: string, campaignId: number | null = null): JourneyTouch => ({
  ts: day * DAY,
  channel,
  campaignId,
});

describe("buildCustomerJourneys", () => {
  const touches = [
    t(0, "email", 1),
    t(40, "display", 2),
    t(45, "search", 3),
    t(50, "direct"),
    t(60, "social", 4),
  ];
  const conversions = [
    { orderId: "o1", ts: 46 * DAY, revenue: 10 },
    { orderId: "o2", ts: 55 * DAY, revenue: 20 },
  ];

  it("keeps touches inside the lookback and after the previous conversion", () => {
    const j = buildCustomerJourneys(touches, conversions, { lookbackDays: 30 });
    expect(j.converting.map((c) => c.touches.map((x) => x.channel))).toEqual([
      ["display", "search"],
      ["direct"],
    ]);
    expect(j.nonConverting?.map((x) => x.channel)).toEqual(["social"]);
  });

  it("lets touches serve several conversions when the previous-conversion rule is off", () => {
    const j = buildCustomerJourneys(touches, conversions, {
      lookbackDays: 30,
      afterPreviousConversion: false,
    });
    expect(j.converting[1]!.touches.map((x) => x.channel)).toEqual(["display", "search", "direct"]);
  });

  it("counts a touch at the conversion instant towards it, and gives a customer with no conversion one null path", () => {
    const j = buildCustomerJourneys([t(1, "a"), t(2, "b")], [{ orderId: "o", ts: 2 * DAY, revenue: 1 }], {
      lookbackDays: 30,
    });
    expect(j.converting[0]!.touches).toHaveLength(2);
    expect(j.nonConverting).toBeNull();
    const never = buildCustomerJourneys([t(0, "a"), t(100, "b")], [], { lookbackDays: 30 });
    expect(never.nonConverting?.map((x) => x.channel)).toEqual(["b"]);
  });
});

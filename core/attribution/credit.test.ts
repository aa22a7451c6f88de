import { describe, expect, it } from "vitest";
import { creditRows, prepareJourneys, storedModelName } from "./credit.ts";
import { buildCustomerJourneys, type JourneyTouch } from "./journeys.ts";
import { attributionOptionsSchema } from "./types.ts";

const DAY = 86_400_000;
const opts = attributionOptionsSchema.parse({});
const t = (day: number, channel: string, campaignId: number | null = null): JourneyTouch => ({
  ts: day * DAY,
  channel,
  campaignId,
});

// Customer 1 converts after A(c1) > B > A(c2); customer 2 converts after A; customer 3 after nothing;
// customer 4 touches B and leaves.
const prepared = prepareJourneys([
  buildCustomerJourneys(
    [t(1, "A", 1), t(2, "B"), t(3, "A", 2)],
    [{ orderId: "o1", ts: 4 * DAY, revenue: 90 }],
    {
      lookbackDays: 30,
    },
  ),
  buildCustomerJourneys([t(1, "A", 1)], [{ orderId: "o2", ts: 2 * DAY, revenue: 10 }], { lookbackDays: 30 }),
  buildCustomerJourneys([], [{ orderId: "o3", ts: 2 * DAY, revenue: 5 }], { lookbackDays: 30 }),
  buildCustomerJourneys([t(1, "B")], [], { lookbackDays: 30 }),
]);

const simple = (model: Parameters<typeof creditRows>[1]) =>
  creditRows(prepared, model, opts).map((r) => [r.orderId, r.channel, r.campaignId, r.credit, r.revenue]);

describe("creditRows", () => {
  it("splits shapley equally over distinct channels, then over that channel's touches (campaigns)", () => {
    expect(simple("shapley")).toEqual([
      ["o1", "A", 1, 0.25, 22.5],
      ["o1", "B", 0, 0.5, 45],
      ["o1", "A", 2, 0.25, 22.5],
      ["o2", "A", 1, 1, 10],
      ["o3", "direct", 0, 1, 5],
    ]);
  });

  it("splits markov by removal effects restricted to the path's channels", () => {
    // Chain: start->A 2/3, start->B 1/3; A->B 1/3, A->conv 2/3; B->A 1/2, B->null 1/2.
    // Removing B: P = 2/3 * 2/3 = 4/9; removing A: 0. RE_A = 1, RE_B = 1 - (4/9) / P.
    const rows = creditRows(prepared, "markov", opts).filter((r) => r.orderId === "o1");
    const reA = 1;
    const p = solvedP();
    const reB = 1 - 4 / 9 / p;
    const shareA = reA / (reA + reB);
    expect(rows.map((r) => r.channel)).toEqual(["A", "B", "A"]);
    expect(rows[0]!.credit).toBeCloseTo(shareA / 2, 12);
    expect(rows[1]!.credit).toBeCloseTo(1 - shareA, 12);
    expect(rows[2]!.credit).toBeCloseTo(shareA / 2, 12);
  });

  it("names higher-order markov rows markov_k", () => {
    expect(storedModelName("markov", { order: 2 })).toBe("markov_2");
    expect(storedModelName("linear", { order: 2 })).toBe("linear");
  });
});

/** P(conv) of the chain above: pA = 2/3 + 1/3 pB, pB = 1/2 pA, start = 2/3 pA + 1/3 pB. */
function solvedP(): number {
  const pA = 2 / 3 / (1 - 1 / 6);
  const pB = pA / 2;
  return (2 / 3) * pA + (1 / 3) * pB;
}

import { describe, expect, it } from "vitest";
import { moveSides, resolveMove } from "./move.ts";

const ch = (value: string, c: Record<string, unknown>) => ({ dimension: "channel" as const, value, ...c });

describe("moves between two members", () => {
  it("finds the giving and receiving side: a share with `receives`, or equal and opposite amounts", () => {
    expect(moveSides([ch("display", { changePercent: -20 }), ch("paid_social", { receives: true })])).toEqual(
      {
        from: 0,
        to: 1,
      },
    );
    expect(moveSides([ch("meta", { receives: true }), ch("display", { changeAmount: -500 })])).toEqual({
      from: 1,
      to: 0,
    });
    expect(moveSides([ch("a", { changeAmount: 300 }), ch("b", { changeAmount: -300 })])).toEqual({
      from: 1,
      to: 0,
    });
    // Two independent changes are not a move.
    expect(moveSides([ch("a", { changeAmount: 300 }), ch("b", { changeAmount: -200 })])).toBeUndefined();
    expect(moveSides([ch("a", { changePercent: -10 })])).toBeUndefined();
  });

  it("gives up the share or amount asked, and all the source spends when asked for more", () => {
    expect(resolveMove(ch("display", { changePercent: -20 }), 1000)).toEqual({
      given: 200,
      askedAmount: null,
      percentOfSource: 20,
    });
    expect(resolveMove(ch("display", { changeAmount: -500 }), 1804.39)).toEqual({
      given: 500,
      askedAmount: null,
      percentOfSource: null,
    });
    expect(resolveMove(ch("display", { changeAmount: -5000 }), 1804.39)).toEqual({
      given: 1804.39,
      askedAmount: 5000,
      percentOfSource: null,
    });
  });
});

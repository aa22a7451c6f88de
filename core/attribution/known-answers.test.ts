import { describe, expect, it } from "vitest";
import { attributePaths, parseAttributionRequest } from "./request.ts";
import { shapleyFromCoalitions } from "./shapley.ts";

const close = (actual: number | undefined, expected: number) => expect(actual).toBeCloseTo(expected, 9);

const whitePaper = parseAttributionRequest({
  paths: [
    { path: ["A", "B", "A", "B", "B", "A"], conversions: 1 },
    { path: ["A", "B", "B", "A", "A"], conversions: 1 },
    { path: ["A", "A"], conversions: 1 },
  ],
  models: ["markov", "first_touch", "last_touch", "linear", "linear_distinct"],
});

describe("attributePaths on the ChannelAttribution white-paper example", () => {
  const { models } = attributePaths(whitePaper);

  it("gives Markov removal effects A = 1, B = 0.5 and credits A = 2, B = 1", () => {
    close(models.markov?.removalEffects?.A, 1);
    close(models.markov?.removalEffects?.B, 0.5);
    close(models.markov?.channels.A?.conversions, 2);
    close(models.markov?.channels.B?.conversions, 1);
  });

  it("gives first and last touch A = 3", () => {
    close(models.first_touch?.channels.A?.conversions, 3);
    close(models.last_touch?.channels.A?.conversions, 3);
    expect(models.first_touch?.channels.B).toEqual({ conversions: 0, value: 0 });
  });

  it("gives occurrence-proportional linear A = 2.1, B = 0.9 (3/6 + 3/5 + 2/2)", () => {
    close(models.linear?.channels.A?.conversions, 2.1);
    close(models.linear?.channels.B?.conversions, 0.9);
  });

  it("gives distinct-channel linear A = 2, B = 1 (1/2 + 1/2 + 1)", () => {
    close(models.linear_distinct?.channels.A?.conversions, 2);
    close(models.linear_distinct?.channels.B?.conversions, 1);
  });
});

describe("simplified Shapley", () => {
  it("credits a (4) and a>b (6) as a = 7, b = 3", () => {
    const { models } = attributePaths(
      parseAttributionRequest({
        paths: [
          { path: ["a"], conversions: 4 },
          { path: ["a", "b"], conversions: 6 },
        ],
        models: ["shapley"],
      }),
    );
    close(models.shapley?.channels.a?.conversions, 7);
    close(models.shapley?.channels.b?.conversions, 3);
  });

  it("credits a>b>c>d (10) with 2.5 each", () => {
    const { models } = attributePaths(
      parseAttributionRequest({
        paths: [{ path: ["a", "b", "c", "d"], conversions: 10 }],
        models: ["shapley"],
      }),
    );
    for (const c of ["a", "b", "c", "d"]) close(models.shapley?.channels[c]?.conversions, 2.5);
  });
});

describe("shapleyFromCoalitions", () => {
  const table = [
    { channels: ["F"], value: 0.2 },
    { channels: ["O"], value: 0.1 },
    { channels: ["L"], value: 0.17 },
    { channels: ["F", "O"], value: 0.17 },
    { channels: ["F", "L"], value: 0.3 },
    { channels: ["L", "O"], value: 0 },
    { channels: ["F", "L", "O"], value: 0.06 },
  ];

  it("gives F = 0.455, O = 0.205, L = 0.34 for exposure conversion ratios", () => {
    const phi = shapleyFromCoalitions(table, { cumulative: true });
    close(phi.get("F"), 0.455);
    close(phi.get("O"), 0.205);
    close(phi.get("L"), 0.34);
  });

  it("uses the table as worth directly when not cumulative (efficiency: sum = v(N))", () => {
    const phi = shapleyFromCoalitions(table, { cumulative: false });
    close(
      [...phi.values()].reduce((a, b) => a + b, 0),
      0.06,
    );
  });

  it("rejects more than 15 channels", () => {
    const many = Array.from({ length: 16 }, (_, i) => ({ channels: [`c${i}`], value: 1 }));
    expect(() => shapleyFromCoalitions(many, { cumulative: false })).toThrow(/at most 15 channels, got 16/);
  });
});

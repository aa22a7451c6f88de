import { describe, expect, it } from "vitest";
import { attributePaths, parseAttributionRequest } from "./request.ts";

const DAY = 86_400_000;

describe("parseAttributionRequest", () => {
  it.each([
    [{ paths: [], models: ["linear"] }, /paths: at least one path is required/],
    [{ paths: [{ path: ["a"], conversions: -1 }], models: ["linear"] }, /paths\.0\.conversions/],
    [{ paths: [{ path: ["a"], conversions: 1 }], models: ["magic"] }, /models\.0/],
    [{ paths: [{ path: ["a"], conversions: 1 }], models: [] }, /models: at least one model is required/],
    [
      { paths: [{ path: ["a", "b"], conversions: 1, timestamps: [1] }], models: ["time_decay"] },
      /timestamps must have one entry per touch/,
    ],
  ])("rejects %j", (input, message) => {
    expect(() => parseAttributionRequest(input)).toThrow(message);
    try {
      parseAttributionRequest(input);
    } catch (e) {
      expect((e as { code: string }).code).toBe("core.invalid_input");
    }
  });
});

describe("attributePaths", () => {
  it("reports paths without touches as unattributed and ignores zero-conversion paths", () => {
    const { models } = attributePaths(
      parseAttributionRequest({
        paths: [
          { path: [], conversions: 2, value: 20 },
          { path: ["a"], conversions: 0, nulls: 3 },
          { path: ["a", "b"], conversions: 1, value: 10 },
        ],
        models: ["last_touch"],
      }),
    );
    expect(models.last_touch).toEqual({
      channels: { a: { conversions: 0, value: 0 }, b: { conversions: 1, value: 10 } },
      unattributed: { conversions: 2, value: 20 },
    });
  });

  it("applies options such as the time-decay half-life", () => {
    const { models } = attributePaths(
      parseAttributionRequest({
        paths: [{ path: ["a", "b"], conversions: 1, timestamps: [0, DAY], conversionTime: DAY }],
        models: ["time_decay"],
        options: { halfLifeDays: 1 },
      }),
    );
    expect(models.time_decay?.channels.a?.conversions).toBeCloseTo(1 / 3, 12);
    expect(models.time_decay?.channels.b?.conversions).toBeCloseTo(2 / 3, 12);
  });

  it("runs markov of order 2 when asked", () => {
    const { models } = attributePaths(
      parseAttributionRequest({
        paths: [
          { path: ["a", "b"], conversions: 1, nulls: 1 },
          { path: ["b", "a"], conversions: 0, nulls: 1 },
        ],
        models: ["markov"],
        options: { order: 2 },
      }),
    );
    // Only the ordered pair a>b converts: removing either channel loses everything.
    expect(models.markov?.removalEffects).toEqual({ a: 1, b: 1 });
    expect(models.markov?.channels.a?.conversions).toBeCloseTo(0.5, 12);
  });
});

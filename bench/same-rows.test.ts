import { describe, expect, it } from "vitest";
import { firstDifference } from "./same-rows.ts";

describe("firstDifference", () => {
  it("accepts equal rows, including numbers that differ only past a millionth", () => {
    expect(
      firstDifference(
        [{ channel: "email", spend: 1234.56, ctr: 0.0442244186776 }],
        [{ channel: "email", spend: 1234.56, ctr: 0.04422441867760001, extra: 1 }],
      ),
    ).toBeUndefined();
    expect(firstDifference([{ a: null }], [{ a: undefined }])).toBeUndefined();
  });

  it("names a value that differs by a cent, a missing column, another order and another row count", () => {
    expect(firstDifference([{ spend: 1234.56 }], [{ spend: 1234.57 }])).toBe(
      'row 0 column "spend": 1234.56 vs 1234.57',
    );
    expect(firstDifference([{ spend: 1 }], [{ sum: 1 }])).toBe(
      'row 0: no column "spend" in the hand-written result',
    );
    expect(firstDifference([{ c: "a" }, { c: "b" }], [{ c: "b" }, { c: "a" }])).toBe(
      'row 0 column "c": "a" vs "b"',
    );
    expect(firstDifference([{ c: 0 }], [])).toBe("1 rows vs 0");
    expect(firstDifference([{ c: 0 }], [{ c: null }])).toBe('row 0 column "c": 0 vs null');
  });
});

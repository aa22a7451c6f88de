import { describe, expect, it } from "vitest";
import { periodAfter } from "./follow-up.ts";
import { sharedTail } from "./multi-part.ts";

describe("fix19d", () => {
  it("carries a period and a comparison said once after a list to every measure in it", () => {
    expect(sharedTail(["spend", "revenue", "orders last week with WoW change"])).toEqual([
      "spend last week with WoW change",
      "revenue last week with WoW change",
      "orders last week with WoW change",
    ]);
    expect(sharedTail(["sessions", "cvr in october", "MoM"])).toEqual([
      "sessions in october MoM",
      "cvr in october MoM",
    ]);
    expect(sharedTail(["spend by channel", "top campaigns", "anything odd"])).toEqual([
      "spend by channel",
      "top campaigns",
      "anything odd",
    ]);
  });

  it("shows the quarter after the one named when the shown period overlaps it", () => {
    expect(
      periodAfter(
        { from: "2026-07-01", to: "2026-09-30", unit: "quarter", label: "last quarter" },
        {
          from: "2026-08-03",
          to: "2026-10-31",
          label: "",
        },
      ),
    ).toEqual({ from: "2026-10-01", to: "2026-10-31", unit: undefined, label: "the quarter after, to date" });
    // No overlap (q2 against the last 13 weeks): nothing moves.
    expect(
      periodAfter(
        { from: "2026-04-01", to: "2026-06-30", unit: "quarter", label: "q2" },
        {
          from: "2026-08-03",
          to: "2026-10-31",
          label: "",
        },
      ),
    ).toBeUndefined();
  });
});

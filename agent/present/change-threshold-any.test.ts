/** fix18a: "just the ones that went down": a comparison's members kept to those that moved that way at all. */
import { describe, expect, it } from "vitest";
import { changeThreshold } from "../planner/change-threshold.ts";
import { thresholdLines } from "./change-threshold.ts";

const rows = [
  { channel: "Email", revenue: { current: 120, previous: 100 } },
  { channel: "Display", revenue: { current: 80, previous: 100 } },
  { channel: "Referral", revenue: { current: 50, previous: 50 } },
  { channel: "Direct", revenue: { current: 10, previous: 40 } },
];
const opts = {
  m: { key: "revenue", label: "Revenue", unit: "currency" as const },
  label: "Revenue",
  by: "channel",
  currency: "USD",
  lineOf: (r: (typeof rows)[number]) => `- ${r.channel}`,
};

describe("thresholdLines with a move of any size", () => {
  it("keeps the members that went down, largest fall first, flat ones left out", () => {
    const t = changeThreshold("just show the ones that fell")!;
    expect(thresholdLines(rows, "revenue", t, opts)).toEqual([
      "2 of the 4 channel rows with figures in both periods had revenue down:",
      "- Direct",
      "- Display",
    ]);
  });

  it("keeps the members that went up", () => {
    const t = changeThreshold("which of those grew")!;
    expect(thresholdLines(rows, "revenue", t, opts)).toEqual([
      "1 of the 4 channel rows with figures in both periods had revenue up:",
      "- Email",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { extractNumbers } from "./extract-numbers.ts";

const read = (text: string) => extractNumbers(text).map((n) => [n.text, n.value, n.kind]);

describe("extractNumbers", () => {
  it.each([
    ["Spend was $1,234.56.", [["$1,234.56", 1234.56, "currency"]]],
    ["Revenue hit €1.2k", [["€1.2k", 1200, "currency"]]],
    ["Revenue hit $3.4M", [["$3.4M", 3_400_000, "currency"]]],
    ["about 1.2 million impressions", [["1.2 million", 1_200_000, "plain"]]],
    ["CTR was 12.5%", [["12.5%", 12.5, "percent"]]],
    ["up 0.4 percentage points", [["0.4 percentage points", 0.4, "percent"]]],
    ["ROAS 3.2x", [["3.2x", 3.2, "multiplier"]]],
    ["12,345 orders", [["12,345", 12345, "plain"]]],
    [
      "a loss of -$1,200 and -3.5%",
      [
        ["-$1,200", -1200, "currency"],
        ["-3.5%", -3.5, "percent"],
      ],
    ],
    ["margin fell to −2.5", [["−2.5", -2.5, "plain"]]],
    ["USD 4,500 spent", [["4,500", 4500, "plain"]]],
  ])("reads %s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("records the displayed precision as a step", () => {
    expect(extractNumbers("$1.2M, 12.50%, 7").map((n) => n.step)).toEqual([100_000, 0.01, 1]);
  });

  it.each([
    "From 2026-10-01 to 2026-10-31",
    "In October 2026",
    "October 1–31, 2026",
    "Sep 15 – Oct 14, 2026",
    "on Oct 1 and 3 October",
    "in Q3 and Q4 2026, H1 FY26",
    "over the last 30 days, a 7-day average, past 3 months",
    "the top 5 campaigns, bottom 3, #1",
    "in 2026, 2025 vs 2026",
    "the 3rd week",
    "1. Search\n2. Social",
    "at 10:30 am on 10/31/2026",
    "campaign summer24 and B2B-3 and utm v2",
  ])("ignores dates, ranks and identifiers in %s", (text) => {
    expect(read(text)).toEqual([]);
  });

  it("keeps figures that sit next to dates", () => {
    expect(read("Spend in October 2026 was $12,400 (Oct 1–31).")).toEqual([["$12,400", 12400, "currency"]]);
    expect(read("1. Search: $5,000\n2. Social: 1,200 clicks")).toEqual([
      ["$5,000", 5000, "currency"],
      ["1,200", 1200, "plain"],
    ]);
  });
});

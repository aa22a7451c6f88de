/** Period shorthand rewritten to words the time rules read, and the look-alikes left alone. */
import { describe, expect, it } from "vitest";
import { rewritePeriodPhrases } from "./time-windows.ts";

describe("rewritePeriodPhrases", () => {
  it.each([
    ["14 day cpa by channel", "last 14 days cpa by channel"],
    ["90d orders", "last 90 days orders"],
    ["t30d spend", "last 30 days spend"],
    ["trailing 2 weeks revenue", "last 2 weeks revenue"],
    ["6 week roas trend", "last 6 weeks roas trend"],
    ["orders since the beginning of q4", "orders since q4"],
    [
      "cpc last 14 days compared with the preceding 14 days",
      "cpc last 14 days compared with the previous period",
    ],
    ["revenue past 30 days against the 30 days before", "revenue past 30 days against the previous period"],
    ["sessions this week vs last", "sessions this week vs last week"],
    ["spend mtd compared to previous", "spend mtd compared to last month"],
    ["orders yesterday vs the same weekday a week ago", "orders yesterday vs the week before"],
  ])("%s -> %s", (q, want) => expect(rewritePeriodPhrases(q)).toBe(want));

  it.each([
    "90 day ltv by first channel",
    "7 day rolling average of revenue",
    "orders 30 days ago",
    "revenue last 7 days",
    "first 7 days after signup",
    "since the start of the quarter",
    "this month vs last year",
    "this week vs last 4 weeks",
  ])("leaves %s alone", (q) => expect(rewritePeriodPhrases(q)).toBe(q));
});

import { describe, expect, it } from "vitest";
import { statedMargin } from "./budget-margin.ts";

describe("statedMargin", () => {
  it.each([
    ["assume 45% margin instead", 0.45],
    ["how should we split 40k at a 60 percent gross margin", 0.6],
    ["our margins are more like 35%", 0.35],
    ["redo it with margin of 52.5%", 0.525],
    ["use a 30 pct margin", 0.3],
  ])("%s -> %s", (text, want) => expect(statedMargin(text)).toBe(want));

  it.each([
    "what is our margin",
    "margin by channel",
    "revenue up 45% last month",
    "0% margin",
    "150% margin",
  ])("%s -> none", (text) => expect(statedMargin(text)).toBeUndefined());
});

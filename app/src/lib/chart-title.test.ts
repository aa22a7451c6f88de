import { describe, expect, it } from "vitest";
import { withWrappedTitle, wrapLine } from "./chart-title.ts";

/** 7 px a character, whatever the font: enough to check where lines break. */
const measure = (text: string) => text.length * 7;

describe("chart titles that fit their column", () => {
  it("breaks a long title at spaces into lines no wider than the column", () => {
    const title = "Revenue (USD) by channel, October 1–31, 2026";
    const lines = wrapLine(title, 140, "bold 13px sans-serif", measure);
    expect(lines).toEqual(["Revenue (USD) by", "channel, October", "1–31, 2026"]);
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(140);
    expect(lines.join(" ")).toBe(title);
  });

  it("keeps a word wider than the column whole, on its own line", () => {
    expect(wrapLine("ROAS Shopping-PMax-Bikes-and-Parts", 70, "f", measure)).toEqual([
      "ROAS",
      "Shopping-PMax-Bikes-and-Parts",
    ]);
  });

  it("wraps a string title or a title object with a subtitle, anchored at the chart's left edge", () => {
    const wide = withWrappedTitle({ title: "Spend by channel, last 30 days", mark: "bar" }, 150, measure);
    expect(wide).toEqual({
      title: { text: ["Spend by channel,", "last 30 days"], anchor: "start", frame: "bounds" },
      mark: "bar",
    });
    const object = withWrappedTitle(
      {
        title: {
          text: "Revenue by campaign, October 2026",
          subtitle: "Top 10 campaigns by revenue",
          color: "red",
        },
      },
      140,
      measure,
    );
    expect(object.title).toEqual({
      text: ["Revenue by campaign,", "October 2026"],
      subtitle: ["Top 10 campaigns by", "revenue"],
      color: "red",
      anchor: "start",
      frame: "bounds",
    });
  });

  it("leaves a title that fits, and a spec without one, as they are", () => {
    const short = { title: "Spend", mark: "bar" };
    expect(withWrappedTitle(short, 300, measure)).toBe(short);
    const lines = { title: { text: ["Spend", "by channel"], anchor: "middle" } };
    expect(withWrappedTitle(lines, 300, measure)).toBe(lines);
    expect(withWrappedTitle({ mark: "bar" }, 300, measure)).toEqual({ mark: "bar" });
  });
});

/** fix14e: the verdicts read from the turn's results (a rank premise, a past pause) and the review's change line. */
import { describe, expect, it } from "vitest";
import type { Brief } from "../../briefs/build-brief.ts";
import { pauseWeeksVerdict } from "./pause-weeks-verdict.ts";
import { rankPremiseVerdict } from "./rank-premise-verdict.ts";
import { asksChange, changeLine } from "./review-change.ts";

const OCT = { from: "2026-10-02", to: "2026-10-31", timeZone: "America/New_York" };
const LABELS = { channel: { affiliate: "Affiliate", display: "Display", paid_search: "Paid Search" } };

const ranking = (direction: "asc" | "desc") => ({
  name: "query_metrics",
  args: { metrics: ["roas"], dimensions: ["channel"], orderBy: [{ field: "roas", direction }] },
  result: {
    ok: true,
    data: {
      columns: [{ key: "roas", label: "ROAS", kind: "metric", unit: "ratio", format: "multiplier" }],
      rows: [
        { channel: "affiliate", roas: 1.59 },
        { channel: "paid_search", roas: 0.79 },
        { channel: "display", roas: 0.72 },
        { channel: "direct", roas: null },
      ],
      provenance: { timeRange: OCT },
    },
  },
});
const explained = (channel: string) => ({
  name: "explain_change",
  args: { metric: "roas", filters: [{ field: "channel", op: "in", values: [channel] }] },
  result: { ok: true, data: {} },
});

describe("rankPremiseVerdict", () => {
  it("says the member named is not first, and which one is", () => {
    expect(rankPremiseVerdict([ranking("desc"), explained("display")], "USD", LABELS)).toBe(
      "Display is not your top channel by ROAS over October 2–31, 2026: Affiliate is, at 1.59x; Display ranks 3rd of 3 at 0.72x. Below, what moved Display's figure.",
    );
  });

  it("confirms a premise that holds, with the runner-up", () => {
    expect(rankPremiseVerdict([ranking("desc"), explained("affiliate")], "USD", LABELS)).toBe(
      "Yes: Affiliate has the highest ROAS of the 3 channels over October 2–31, 2026, at 1.59x (next: Paid Search at 0.79x). What moved it follows.",
    );
  });

  it("reads the lowest first when the ranking runs upwards", () => {
    expect(rankPremiseVerdict([ranking("asc"), explained("display")], "USD", LABELS)).toMatch(
      /^Yes: Display has the lowest ROAS of the 3 channels/,
    );
  });
});

const weekly = (spend: number[]) => ({
  name: "query_metrics",
  args: { metrics: ["spend"], filters: [{ field: "channel", op: "in", values: ["paid_search"] }] },
  result: {
    ok: true,
    data: {
      columns: [{ key: "spend", label: "Ad spend", kind: "metric", unit: "currency" }],
      rows: spend.map((s, i) => ({
        date: ["2026-09-14", "2026-09-21", "2026-09-28", "2026-10-05"][i],
        spend: s,
      })),
    },
  },
});
const organic = {
  name: "query_metrics",
  args: { metrics: ["sessions"], filters: [{ field: "channel", op: "in", values: ["organic_search"] }] },
  result: {
    ok: true,
    data: {
      columns: [
        { key: "date", label: "Date", kind: "dimension" },
        { key: "sessions", label: "Sessions", kind: "metric", unit: "count", format: "integer" },
      ],
      rows: [
        { date: "2026-09-14", sessions: 4713 },
        { date: "2026-09-21", sessions: 4438 },
        { date: "2026-09-28", sessions: 4680 },
        { date: "2026-10-05", sessions: 4639 },
      ],
    },
  },
};
const PAUSE_LABELS = { channel: { paid_search: "Paid Search", organic_search: "Organic Search" } };

describe("pauseWeeksVerdict", () => {
  it("says the spend stopped one week only, then the other member's weeks around it", () => {
    expect(pauseWeeksVerdict([weekly([1000, 1100, 0, 950]), organic], "USD", PAUSE_LABELS)).toBe(
      "Paid Search was not switched off for good: its spend stopped only in the week of September 28, 2026 ($0.00) and ran at $950.00 to $1,100.00 a week in the other 3 weeks shown. Organic Search in that week: sessions 4,680 against 4,438 the week before and 4,639 the week after.",
    );
  });

  it("says when the spend never stopped", () => {
    expect(pauseWeeksVerdict([weekly([1000, 1100, 900, 950])], "USD", PAUSE_LABELS)).toBe(
      "Paid Search spend did not stop in any of these weeks: it ran at $900.00 to $1,100.00 a week, lowest in the week of September 28, 2026.",
    );
  });

  it("says when it stopped for good", () => {
    expect(pauseWeeksVerdict([weekly([1000, 1100, 0, 0])], "USD", PAUSE_LABELS)).toMatch(
      /^Paid Search spend stopped from the week of September 28, 2026 on: /,
    );
  });
});

describe("the review's change line", () => {
  it("reads what is changing in the question", () => {
    expect(asksChange("wins, misses and what we're changing")).toBe(true);
    expect(asksChange("what worked, what didn't, next steps")).toBe(true);
    expect(asksChange("what worked and what didn't")).toBe(false);
  });

  it("is the top recommendation, labelled a suggestion", () => {
    const brief = {
      sections: {
        insights: [
          {
            kind: "warning",
            title: "Display revenue fell",
            detail: "Display took $779 off revenue.",
            source: "explain_change",
          },
          {
            kind: "opportunity",
            title: "Cut Paid Search by $1,145",
            detail: "Cut Paid Search by $1,145 to $2,671: below break-even.",
            source: "recommend",
          },
        ],
      },
    } as unknown as Brief;
    expect(changeLine(brief)).toBe(
      "Cut Paid Search by $1,145 to $2,671: below break-even (a suggestion from the data, not a decision on record).",
    );
  });
});

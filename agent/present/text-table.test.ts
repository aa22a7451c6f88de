import { describe, expect, it } from "vitest";
import { asksForTableView, asksOnlyForTableView } from "../answer/table-view.ts";
import { collectGroundNumbers } from "../verify/ground-numbers.ts";
import { verifyAnswer } from "../verify/verify-answer.ts";
import { TEXT_TABLE_ROWS, textTable } from "./text-table.ts";

const data = {
  columns: [
    { key: "date", label: "Date" },
    { key: "campaign", label: "Campaign" },
    { key: "campaign_name", label: "Campaign name" },
    { key: "spend", label: "Ad spend", unit: "currency", format: "currency" },
    { key: "roas", label: "ROAS", unit: "ratio", format: "multiplier" },
  ],
  rows: [
    { date: "2026-09-01", campaign: 1001, campaign_name: "Search | Brand", spend: 1234.5, roas: 2.5 },
    { date: "2026-10-01", campaign: 1001, campaign_name: "Search | Brand", spend: 99, roas: null },
  ],
};

describe("asksForTableView", () => {
  it.each([
    ["as a table", true],
    ["csv please", true],
    ["can you export that", true],
    ["put it in a spreadsheet", true],
    ["table pls", true],
    ["download the data as csv", true],
    ["revenue by channel last month", false],
    ["which campaigns had the best roas", false],
  ])("%s -> %s", (q, yes) => expect(asksForTableView(q)).toBe(yes));
});

describe("asksOnlyForTableView", () => {
  it.each([
    ["as a table", true],
    ["csv please", true],
    ["can you put that in a table please", true],
    ["export it to excel", true],
    ["table of orders by channel", false],
    ["revenue by state as a table", false],
    ["csv of campaign spend for october", false],
  ])("%s -> %s", (q, yes) => expect(asksOnlyForTableView(q)).toBe(yes));
});

describe("textTable", () => {
  it("writes the rows as a Markdown table, campaigns by name, months by name, cells as the answer formats them", () => {
    const text = textTable(data, "USD")!;
    expect(text.split("\n").slice(0, 4)).toEqual([
      "| Date | Campaign | Ad spend | ROAS |",
      "| --- | --- | --- | --- |",
      "| September 2026 | Search / Brand | $1,234.50 | 2.50x |",
      "| October 2026 | Search / Brand | $99.00 |  |",
    ]);
    expect(text).toContain("Download CSV");
    // Every figure in the table is one the rows hold.
    expect(verifyAnswer(text, collectGroundNumbers([data]))).toMatchObject({ ok: true });
  });

  it("writes the first rows of a long answer and says how many there are", () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ channel: `C${i}`, orders: i }));
    const text = textTable(
      {
        columns: [
          { key: "channel", label: "Channel" },
          { key: "orders", label: "Orders", unit: "count" },
        ],
        rows,
      },
      "USD",
    )!;
    expect(text.split("\n").filter((l) => l.startsWith("| C") && !l.startsWith("| Ch"))).toHaveLength(
      TEXT_TABLE_ROWS,
    );
    expect(text).toContain(`The first ${TEXT_TABLE_ROWS} of 30 rows; the rest are in the answer's table.`);
    expect(textTable({ columns: data.columns, rows: [] }, "USD")).toBeUndefined();
    // A comparison's columns are not its rows' fields: no empty grid.
    const compared = {
      columns: [
        { key: "metric", label: "Metric" },
        { key: "current", label: "Current" },
      ],
      rows: [{ platform: "Google Ads", spend: { current: 1, previous: 2 } }],
    };
    expect(textTable(compared, "USD")).toBeUndefined();
  });
});

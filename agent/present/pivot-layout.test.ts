import { describe, expect, it } from "vitest";
import { readPivotLayout } from "./pivot-layout.ts";

describe("readPivotLayout", () => {
  it.each([
    ["spend with months down the side and platforms across the top", "month", "platform"],
    ["orders rows are weeks and a column per channel", "week", "channel"],
    ["crosstab of sessions by month and channel", "month", "channel"],
  ])("reads %s", (text, rows, columns) => {
    const layout = readPivotLayout(text);
    expect(layout?.rows).toEqual({ kind: "time", grain: rows });
    expect(layout?.columns).toEqual({ kind: "dim", key: columns });
  });

  it("reads a breakdown as rows and months as columns", () => {
    expect(readPivotLayout("revenue with channels as rows and months as columns")).toEqual({
      rows: { kind: "dim", key: "channel" },
      columns: { kind: "time", grain: "month" },
    });
  });

  it("reads sides said without a verb, and one side beside a breakdown by two (para20)", () => {
    const monthsByChannel = {
      rows: { kind: "time", grain: "month" },
      columns: { kind: "dim", key: "channel" },
    };
    expect(readPivotLayout("last six months revenue pivot rows months cols channels")).toEqual(
      monthsByChannel,
    );
    expect(readPivotLayout("revenue by month and channel channels across the top last 6 months")).toEqual(
      monthsByChannel,
    );
  });

  it("reads no layout in a plain breakdown or a ranking", () => {
    expect(readPivotLayout("revenue by month by channel")).toBeUndefined();
    expect(readPivotLayout("top channels by revenue")).toBeUndefined();
  });
});

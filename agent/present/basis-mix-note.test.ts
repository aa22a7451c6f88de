import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { basisMixNote } from "./basis-mix-note.ts";

function result(
  metric: { key: string; label: string },
  definitions: { key: string; formula: string }[],
  rows: { channel: string; value: number }[],
  overall: number,
  dimension = "channel",
): Pick<MetricResult, "columns" | "rows" | "totals" | "provenance"> {
  return {
    columns: [
      { key: dimension, label: dimension === "channel" ? "Channel" : "Date", kind: "dimension" },
      { key: metric.key, label: metric.label, kind: "metric", unit: "percent" },
    ] as MetricResult["columns"],
    rows: rows.map((r) => ({ [dimension]: r.channel, [metric.key]: r.value })),
    totals: { [metric.key]: overall },
    provenance: {
      definitions: definitions.map((d) => ({ ...d, label: d.key, description: "", unit: "", custom: false })),
    } as unknown as MetricResult["provenance"],
  };
}

const COMPLETION = [
  { key: "checkout_completion_rate", formula: "orders / checkouts" },
  {
    key: "orders",
    formula: "sum(attribution_results.credit) with attribution model last_touch (lookback 30 days)",
  },
  { key: "checkouts", formula: "sum(web_sessions_daily.checkouts)" },
];

describe("basisMixNote", () => {
  it("says an attributed-over-session rate by channel is not like for like, naming the inflated channels", () => {
    const note = basisMixNote(
      result(
        { key: "checkout_completion_rate", label: "Checkout completion rate" },
        COMPLETION,
        [
          { channel: "Display", value: 1 },
          { channel: "Paid Social", value: 0.45 },
          { channel: "Email", value: 0.26 },
        ],
        0.25,
      ),
    );
    expect(note).toContain("Checkout completion rate by channel is not a like-for-like rate");
    expect(note).toContain("Display 100.0%, Paid Social 45.0%, against 25.0% overall.");
    expect(note).not.toContain("Email");
  });

  it("stays silent for a rate on one basis, or without a channel split", () => {
    const sessionOnly = [
      { key: "checkout_rate", formula: "checkouts / add_to_carts" },
      { key: "checkouts", formula: "sum(web_sessions_daily.checkouts)" },
      { key: "add_to_carts", formula: "sum(web_sessions_daily.add_to_carts)" },
    ];
    expect(
      basisMixNote(result({ key: "checkout_rate", label: "Cart-to-checkout rate" }, sessionOnly, [], 0.3)),
    ).toBe("");
    expect(
      basisMixNote(
        result(
          { key: "checkout_completion_rate", label: "Checkout completion rate" },
          COMPLETION,
          [{ channel: "2026-10-01", value: 0.3 }],
          0.3,
          "date",
        ),
      ),
    ).toBe("");
  });
});

import { describe, expect, it } from "vitest";
import { standardCatalog } from "../../semantic/catalog/index.ts";
import { fitFrame } from "./catalog-fit.ts";
import type { Frame } from "./types.ts";

const base: Frame = {
  intent: "query",
  metrics: [],
  dimensions: [],
  filters: [],
  period: { from: "2026-10-01", to: "2026-10-31", label: "last month" },
};
const fitted = (f: Partial<Frame>) => fitFrame({ ...base, ...f }, standardCatalog);

describe("fitFrame", () => {
  it("leaves a frame the catalog can compute as it is", () => {
    const frame = { ...base, metrics: ["revenue"], dimensions: ["channel"] };
    expect(fitFrame(frame, standardCatalog)).toEqual({ frame, notes: [] });
  });

  it("drops a metric the filter cannot apply to and says so", () => {
    const out = fitted({
      metrics: ["revenue", "bounce_rate"],
      filters: [{ field: "platform", op: "in", values: ["meta_ads"] }],
    });
    expect("frame" in out && out.frame.metrics).toEqual(["revenue"]);
    expect("frame" in out && out.notes).toEqual([
      "Your data can't give bounce rate for a single platform, so I left them out.",
    ]);
  });

  it("puts the nearest measure that fits beside the rest, and says so (fix6a)", () => {
    const out = fitted({
      metrics: ["revenue", "sessions"],
      filters: [{ field: "platform", op: "in", values: ["meta_ads"] }],
    });
    expect("frame" in out && out.frame.metrics).toEqual(["revenue", "clicks"]);
    expect("frame" in out && out.notes).toEqual([
      "Your data can't give sessions for a single platform; the nearest measure it has is ad clicks, given instead.",
    ]);
  });

  it("answers with the nearest measures when nothing asked fits, ranking by the first", () => {
    const out = fitted({
      intent: "rank",
      metrics: ["customers"],
      dimensions: ["campaign"],
      order: { field: "customers", direction: "desc" },
    });
    if (!("frame" in out)) throw new Error("expected a frame");
    expect(out.frame.metrics).toEqual(["new_customers", "orders", "average_order_value"]);
    expect(out.frame.order).toEqual({ field: "new_customers", direction: "desc" });
    expect(out.notes[0]).toMatch(/^Your data can't give customers by campaign; the nearest measures/);
  });

  it("answers visits by the site they came from with what those visits became", () => {
    const out = fitted({
      intent: "rank",
      metrics: ["sessions"],
      dimensions: ["source"],
      filters: [{ field: "channel", op: "in", values: ["referral"] }],
      order: { field: "sessions", direction: "desc" },
    });
    if (!("frame" in out)) throw new Error("expected a frame");
    expect(out.frame.metrics).toEqual(["orders", "revenue"]);
    expect(out.frame.order).toEqual({ field: "orders", direction: "desc" });
    expect(out.notes).toEqual([
      "Your data can't give sessions by source; the nearest measures it has are below: orders and revenue.",
    ]);
  });

  it("measures a named email send on the email metrics", () => {
    const out = fitted({
      metrics: ["revenue"],
      filters: [{ field: "email_campaign", op: "in", values: ["Summer Sale"] }],
    });
    expect("frame" in out && out.frame.metrics).toEqual([
      "email_sends",
      "email_opens",
      "email_clicks",
      "email_open_rate",
      "email_click_rate",
    ]);
  });

  it("declines in words when a filter fits none of the metrics and nothing stands in", () => {
    const out = fitted({
      metrics: ["bounce_rate"],
      filters: [{ field: "platform", op: "in", values: ["google_ads"] }],
    });
    expect("plan" in out && out.plan).toEqual({
      kind: "decline",
      message:
        "Your data can't give bounce rate for a single platform: that combination isn't in the data. I can show bounce rate overall or by channel, channel group and day of week, or ad spend, impressions and ad clicks for a single platform.",
    });
  });

  it("reads a platform as its channel in a what-if that mixes the two", () => {
    const out = fitted({
      intent: "budget",
      budget: {
        level: "platform",
        locked: [],
        changes: [
          { dimension: "channel", value: "display", changeAmount: -5000 },
          { dimension: "platform", value: "meta_ads", changeAmount: 5000 },
        ],
      },
    });
    if (!("frame" in out)) throw new Error("expected a frame");
    expect(out.frame.budget?.level).toBe("channel");
    expect(out.frame.budget?.changes.map((c) => [c.dimension, c.value])).toEqual([
      ["channel", "display"],
      ["channel", "paid_social"],
    ]);
    expect(out.notes[0]).toMatch(/^Meta Ads \(Facebook and Instagram\) runs in the paid social channel/);
  });
});

describe("fitFrame with a named email send", () => {
  it("drops the implied email channel filter when the send's measures stand in", () => {
    const out = fitFrame(
      {
        ...base,
        metrics: ["revenue"],
        filters: [
          { field: "channel", op: "in", values: ["email"] },
          { field: "email_campaign", op: "in", values: ["Summer Sale"] },
        ],
      },
      standardCatalog,
    );
    if (!("frame" in out)) throw new Error("expected a frame");
    expect(out.frame.filters).toEqual([{ field: "email_campaign", op: "in", values: ["Summer Sale"] }]);
    expect(out.frame.metrics[0]).toBe("email_sends");
  });
});

import { describe, expect, it } from "vitest";
import { withEmailKindGroups } from "./email-kind-groups.ts";
import type { DimensionValue, Frame } from "./types.ts";

const email = (label: string): DimensionValue => ({
  dimension: "email_campaign",
  value: label,
  label,
  aliases: [],
});
const VALUES = [email("Monthly Gear Digest"), email("Spring Clearance"), email("Memorial Day Sale")];
const FRAME: Frame = {
  intent: "query",
  metrics: ["email_open_rate", "email_click_rate"],
  dimensions: [],
  filters: [
    {
      field: "email_campaign",
      op: "in",
      values: ["Monthly Gear Digest", "Spring Clearance", "Memorial Day Sale"],
    },
  ],
  period: { from: "2026-01-01", to: "2026-10-31", label: "this year" },
};

describe("withEmailKindGroups", () => {
  it("makes the newsletter and the promos one group each, beside each send", () => {
    const frame = withEmailKindGroups(FRAME, "the newsletter vs the promos open rate this year", VALUES);
    expect(frame.groups).toEqual([
      {
        label: "Newsletter (Monthly Gear Digest)",
        filters: [{ field: "email_campaign", op: "in", values: ["Monthly Gear Digest"] }],
      },
      {
        label: "Promos (every other send)",
        filters: [{ field: "email_campaign", op: "in", values: ["Spring Clearance", "Memorial Day Sale"] }],
      },
    ]);
    expect(frame.dimensions).toEqual(["email_campaign"]);
    expect(frame.note).toBe(
      "The newsletter is Monthly Gear Digest; the promos are every other email campaign (Spring Clearance, Memorial Day Sale; one with no sends in the period adds nothing). Each group's rates are its total opens and clicks over its total sends, not an average of the sends' own rates.",
    );
  });

  it("leaves a question that picks among the sends, or names one kind only", () => {
    expect(
      withEmailKindGroups(FRAME, "which promo beat the newsletter on click rate", VALUES).groups,
    ).toBeUndefined();
    expect(withEmailKindGroups(FRAME, "open rate of the promos this year", VALUES).groups).toBeUndefined();
  });
});

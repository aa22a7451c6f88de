import { describe, expect, it } from "vitest";
import { scopedLabel } from "./scoped-label.ts";

const labels = { channel: { email: "Email" }, platform: { google_ads: "Google Ads" } };

describe("scopedLabel", () => {
  it("names the one channel or platform the figure is for", () => {
    expect(scopedLabel("Revenue", [{ field: "channel", op: "in", values: ["email"] }], labels)).toBe(
      "Email revenue",
    );
    expect(scopedLabel("Ad spend", [{ field: "platform", op: "in", values: ["google_ads"] }], labels)).toBe(
      "Google Ads spend",
    );
    expect(scopedLabel("ROAS", [{ field: "platform", op: "in", values: ["google_ads"] }], labels)).toBe(
      "Google Ads ROAS",
    );
  });

  it("leaves the label alone for no filter, several values, several filters or other fields", () => {
    expect(scopedLabel("Revenue", [], labels)).toBe("Revenue");
    expect(
      scopedLabel("Revenue", [{ field: "channel", op: "in", values: ["email", "direct"] }], labels),
    ).toBe("Revenue");
    expect(scopedLabel("Revenue", [{ field: "campaign", op: "in", values: ["1001"] }], labels)).toBe(
      "Revenue",
    );
    expect(scopedLabel("Revenue", [{ field: "channel", op: "not_in", values: ["email"] }], labels)).toBe(
      "Revenue",
    );
  });
});

import { describe, expect, it } from "vitest";
import { oneSidedChannel } from "./platform-qualifier.ts";
import type { FrameFilter } from "./types.ts";

const platforms = (...values: string[]): FrameFilter => ({ field: "platform", op: "in", values });
const channel = (v: string): FrameFilter => ({ field: "channel", op: "in", values: [v] });

describe("oneSidedChannel (fix16e)", () => {
  it("narrows only the platform the channel word follows", () => {
    expect(
      oneSidedChannel(
        "cpc for meta and tiktok against google display in june",
        [platforms("meta_ads", "tiktok_ads", "google_ads"), channel("display")],
        ["platform"],
      ),
    ).toEqual({
      filters: [
        platforms("meta_ads", "tiktok_ads", "google_ads"),
        { field: "channel", op: "in", values: ["display", "paid_social"] },
      ],
      dimensions: ["platform", "channel"],
    });
  });
  it("reads google search beside facebook", () => {
    expect(
      oneSidedChannel(
        "facebook or google search cheaper clicks",
        [platforms("meta_ads", "google_ads"), channel("paid_search")],
        [],
      )?.filters[1],
    ).toEqual({ field: "channel", op: "in", values: ["paid_search", "paid_social"] });
  });
  it("leaves a channel said of the whole question alone", () => {
    expect(
      oneSidedChannel(
        "display cpm on google vs meta",
        [platforms("google_ads", "meta_ads"), channel("display")],
        [],
      ),
    ).toBeUndefined();
    expect(
      oneSidedChannel("google display cpm", [platforms("google_ads"), channel("display")], []),
    ).toBeUndefined();
  });
});

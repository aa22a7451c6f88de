import { describe, expect, it } from "vitest";
import { metricShape } from "../../db/analytics/shape.ts";
import { standardCatalog } from "../../semantic/catalog/index.ts";
import { channelsScanned, onChannelsScanned } from "./planned-in-scan.ts";

const shape = (key: string) => metricShape(standardCatalog, key);
const changes = [
  { channel: "display", from: "2026-06-22" },
  { channel: "email", from: "2026-07-01" },
  { channel: "paid_search", from: "2026-09-28" },
];

describe("channelsScanned", () => {
  it("reads an email rate as the email channel's alone", () => {
    expect(channelsScanned(standardCatalog, [shape("email_open_rate")])).toEqual(new Set(["email"]));
    expect(channelsScanned(standardCatalog, [shape("email_unsubscribes")])).toEqual(new Set(["email"]));
  });

  it("reads spend, orders or a mix with them as every channel's", () => {
    expect(channelsScanned(standardCatalog, [shape("spend")])).toBeUndefined();
    expect(channelsScanned(standardCatalog, [shape("email_click_rate"), shape("orders")])).toBeUndefined();
    expect(channelsScanned(standardCatalog, [])).toBeUndefined();
  });
});

describe("onChannelsScanned", () => {
  it("keeps the changes on the channels scanned, all of them when every channel is", () => {
    expect(onChannelsScanned(changes, new Set(["email"]))).toEqual([changes[1]]);
    expect(onChannelsScanned(changes, undefined)).toEqual(changes);
  });
});

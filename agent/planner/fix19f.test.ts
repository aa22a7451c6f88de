import { describe, expect, it } from "vitest";
import { asksBothWays, changeThreshold } from "./change-threshold.ts";
import { asksEmailCadence } from "./email-cadence-intent.ts";
import { emailListGrowthPart } from "./email-list-growth.ts";
import { readProfitabilityIntent } from "./profitability-intent.ts";
import { typoTarget } from "./typos.ts";

describe("fix19f readers", () => {
  it("reads both ways asked of the rows at once, and no filter on either", () => {
    for (const q of ["what rose, what fell", "winners & losers?", "whos up whos down", "ups and downs pls"])
      expect(asksBothWays(q), q).toBe(true);
    for (const q of ["which went up more than 20%", "which campaigns dropped", "break it down by channel"])
      expect(asksBothWays(q), q).toBe(false);
    expect(changeThreshold("gainers and decliners?")).toBeUndefined();
  });

  it("reads email list growth, not subscribers lost", () => {
    expect(emailListGrowthPart("did the mailing list grow in q2")?.rest).toBe(
      "email sends and unsubscribes by month in q2",
    );
    expect(emailListGrowthPart("how many subscribers did we lose in august")).toBeUndefined();
  });

  it("reads an ask to send more or fewer emails, not what was sent", () => {
    expect(asksEmailCadence("should we mail more often")).toBe(true);
    expect(asksEmailCadence("is it worth raising our email cadence")).toBe(true);
    expect(asksEmailCadence("did we send more emails in august than july")).toBe(false);
  });

  it("reads what was made after the ads as the contribution", () => {
    expect(readProfitabilityIntent("what did we earn after advertising in august")).toBe(
      "contribution_margin",
    );
    expect(readProfitabilityIntent("sales less ad costs")).toBe("contribution_margin");
  });

  it("leaves real words one edit from a vocabulary word alone", () => {
    expect(typoTarget("smart", ["start", "share"])).toBeUndefined();
    expect(typoTarget("sharp", ["start", "share"])).toBeUndefined();
    expect(typoTarget("shaer", ["start", "share"])).toBe("share");
  });
});

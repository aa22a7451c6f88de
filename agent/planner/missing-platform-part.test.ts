import { describe, expect, it } from "vitest";
import { missingPlatformPart } from "./missing-platform-part.ts";
import { DEMO_DIMENSION_VALUES } from "./testing.ts";

describe("missingPlatformPart", () => {
  it("keeps the connected half and says the missing platform first", () => {
    const part = missingPlatformPart("snapchat vs tiktok cpa", DEMO_DIMENSION_VALUES);
    expect(part?.rest).toBe("tiktok cpa");
    expect(part?.note).toBe(
      "Snapchat is not connected, so I have no Snapchat figures (platforms connected: Google Ads, Meta Ads, TikTok Ads, Klaviyo). Here is the part your data has:",
    );
    expect(missingPlatformPart("linkedin ads and paid social spend", DEMO_DIMENSION_VALUES)?.rest).toBe(
      "paid social spend",
    );
  });

  it("leaves a question about only a missing platform to the decline", () => {
    expect(missingPlatformPart("pinterest revenue last month", DEMO_DIMENSION_VALUES)).toBeUndefined();
    expect(missingPlatformPart("tiktok vs meta roas", DEMO_DIMENSION_VALUES)).toBeUndefined();
  });
});

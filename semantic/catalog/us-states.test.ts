import { describe, expect, it } from "vitest";
import { REGION_LABELS, US_STATE_CODES } from "./us-states.ts";

describe("US states", () => {
  it("labels each code with its full name and the catch-all as combined", () => {
    expect(REGION_LABELS.CA).toBe("California");
    expect(REGION_LABELS.NY).toBe("New York");
    expect(REGION_LABELS.WA).toBe("Washington");
    expect(REGION_LABELS.other).toBe("Other states (combined)");
    expect(new Set(Object.values(US_STATE_CODES)).size).toBe(Object.keys(REGION_LABELS).length - 1);
  });
});

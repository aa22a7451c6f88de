import { describe, expect, it } from "vitest";
import { dayAsTyped, dayInWords, spanInWords } from "./months.ts";

describe("days in words", () => {
  it("writes a day as answers do and as a marketer types it", () => {
    expect(dayInWords("2026-03-07")).toBe("March 7, 2026");
    expect(dayAsTyped("2026-12-31")).toBe("december 31 2026");
  });

  it("says a one-day span once and a longer one from-to", () => {
    expect(spanInWords({ from: "2026-01-05", to: "2026-01-05" })).toBe("January 5, 2026");
    expect(spanInWords({ from: "2025-11-28", to: "2026-01-02" })).toBe(
      "November 28, 2025 to January 2, 2026",
    );
  });
});

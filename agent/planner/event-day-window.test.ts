import { describe, expect, it } from "vitest";
import { readEventDayWindow } from "./event-day-window.ts";

describe("readEventDayWindow", () => {
  it("reads after a dated event as the 28 days after it against the 28 before, the day left out", () => {
    const read = readEventDayWindow("how did display do after the march 3 glitch", "2026-11-01");
    expect(read.question).toBe(
      "how did display do from march 4 2026 to march 31 2026 vs february 3 2026 to march 2 2026",
    );
    expect(read.note).toBe(
      'Read "after the march 3 glitch" as the 28 days after March 3, 2026 against the 28 days before it; the day itself is in neither, so ask for March 3, 2026 on its own for that day\'s figures.',
    );
  });

  it("reads before and after a day with no event word, a day-first date and last year's month", () => {
    expect(readEventDayWindow("cpc before vs after the 20th of december", "2026-11-01").question).toBe(
      "cpc from december 21 2025 to january 17 2026 vs november 22 2025 to december 19 2025",
    );
  });

  it("shortens both sides to the days the data has after the event", () => {
    expect(readEventDayWindow("orders since the oct 21 spike", "2026-11-01", "2026-10-31").question).toBe(
      "orders from october 22 2026 to october 31 2026 vs october 11 2026 to october 20 2026",
    );
  });

  it.each([
    "revenue after may 14",
    "spend since the spike",
    "the may 14 spike",
    "what caused the june 3 spike",
  ])("leaves %s to the other readers", (question) => {
    expect(readEventDayWindow(question, "2026-11-01")).toEqual({ question });
  });
});

import { describe, expect, it } from "vitest";
import { growthHalves, readGrowthRace } from "./growth-race.ts";
import { incidentNote, readIncidentDays } from "./incident-days.ts";
import { readStatedFiscalYear } from "./stated-fiscal-year.ts";
import { mirroredBaseline } from "./time-around-holiday.ts";
import { calendarDay } from "./time-calendar-day.ts";
import { readUndatedEvent } from "./undated-event.ts";

const TODAY = "2026-11-01";

describe("calendarDay", () => {
  it("reads a month and day as the latest such day on or before today, or in the year given", () => {
    expect(calendarDay("mar 17th", undefined, TODAY)).toBe("2026-03-17");
    expect(calendarDay("december 3", undefined, TODAY)).toBe("2025-12-03");
    expect(calendarDay("sept 5", "2025", TODAY)).toBe("2025-09-05");
    expect(calendarDay("feb 30", undefined, TODAY)).toBeUndefined();
  });
});

describe("mirroredBaseline", () => {
  it("puts the baseline before the named day, so the day sits between the two windows", () => {
    // After Mar 17: Mar 18-27; the 10 days before it: Mar 7-16 (not Mar 8-17, which holds the day).
    expect(mirroredBaseline("orders the 10 days after mar 17 vs the previous period", TODAY)).toEqual({
      from: "2026-03-07",
      to: "2026-03-16",
      label: "the 10 days before mar 17",
    });
    // Calendar weeks: Black Friday 2025's week is Nov 24-30, the week before it Nov 17-23.
    expect(mirroredBaseline("revenue the week after black friday vs the week prior", TODAY)).toMatchObject({
      from: "2025-11-17",
      to: "2025-11-23",
    });
  });

  it("leaves a question without a window after a day alone", () => {
    expect(mirroredBaseline("orders last week vs the week before", TODAY)).toBeUndefined();
  });
});

describe("readStatedFiscalYear", () => {
  it("dates fiscal periods from the start the question states, and takes the clause out", () => {
    const q3 = readStatedFiscalYear("fiscal q3 revenue (our fiscal year starts feb 1)", TODAY);
    expect(q3.question).toBe("from aug 1 2026 to oct 31 2026 revenue");
    expect(q3.notes).toEqual([
      "Your fiscal year starts February 1 (as you said), so fiscal Q3 is August 1, 2026 – October 31, 2026.",
    ]);
    // An April start: fiscal Q3 is Oct-Dec, which has started, so Oct 1 - Dec 31 2026.
    expect(readStatedFiscalYear("fy begins in april - fiscal q3 spend", TODAY).question).toBe(
      "- from oct 1 2026 to dec 31 2026 spend",
    );
    expect(
      readStatedFiscalYear("last fiscal year revenue, fiscal year starts on oct 1", TODAY).question,
    ).toBe("from oct 1 2025 to sep 30 2026 revenue");
  });

  it("changes nothing without a stated start", () => {
    expect(readStatedFiscalYear("fiscal q3 revenue", TODAY)).toEqual({
      question: "fiscal q3 revenue",
      notes: [],
    });
  });
});

describe("readIncidentDays", () => {
  it("reads the outage as its date after a time word, the last day after 'after'", () => {
    const two = ["2026-03-17", "2026-03-18"];
    expect(readIncidentDays("orders the week after the outage", two).text).toBe(
      "orders the week after march 18 2026",
    );
    expect(readIncidentDays("revenue since the tracking outage", two).text).toBe(
      "revenue since march 17 2026",
    );
    expect(readIncidentDays("sessions before tracking broke", ["2026-03-17"]).text).toBe(
      "sessions before march 17 2026",
    );
  });

  it("leaves a scan for an outage, and a question when the data shows none, alone", () => {
    expect(readIncidentDays("did tracking break in march", ["2026-03-17"]).text).toBe(
      "did tracking break in march",
    );
    expect(readIncidentDays("orders after the outage", []).incident).toBeUndefined();
  });

  it("says which day it took and that it is the latest of several", () => {
    const read = readIncidentDays("orders after the outage", ["2026-01-05", "2026-03-17"]);
    expect(incidentNote(read.incident!)).toContain("I read the outage as March 17, 2026");
    expect(incidentNote(read.incident!)).toContain("the latest of 2 such stretches");
  });
});

describe("readUndatedEvent", () => {
  it("turns a change the data does not record into a weekly trend, and names it", () => {
    expect(readUndatedEvent("aov since the price increase")).toEqual({
      text: "aov by week over the last 13 weeks",
      event: "price increase",
    });
    expect(readUndatedEvent("orders since we raised prices").event).toBe("prices");
    expect(readUndatedEvent("orders after the site redesign went live").event).toBe("site redesign");
  });

  it("leaves days and campaigns alone", () => {
    expect(readUndatedEvent("revenue since labor day").event).toBeUndefined();
    expect(readUndatedEvent("orders after the bf25 campaigns launched").event).toBeUndefined();
  });
});

describe("growth races", () => {
  it("reads growth between members as a monthly series of them", () => {
    expect(readGrowthRace("is texas growing faster than new york this year")).toBe(
      "is texas vs new york this year by month",
    );
    expect(readGrowthRace("which state is growing fastest")).toBe("which state is by month");
    expect(readGrowthRace("revenue growth by month")).toBe("revenue growth by month");
  });

  it("splits the whole months up to the data's end in halves, the middle month out when odd", () => {
    expect(growthHalves({ from: "2026-01-01", to: "2026-11-01" }, "2026-10-31")).toEqual({
      early: { from: "2026-01-01", to: "2026-05-31" },
      late: { from: "2026-06-01", to: "2026-10-31" },
    });
    expect(growthHalves({ from: "2026-05-01", to: "2026-09-30" }, "2026-10-31")).toEqual({
      early: { from: "2026-05-01", to: "2026-06-30" },
      late: { from: "2026-08-01", to: "2026-09-30" },
    });
    expect(growthHalves({ from: "2026-09-01", to: "2026-10-31" }, undefined)).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { normalize } from "./normalize.ts";
import { extractTime, todayIn } from "./time.ts";

const TODAY = "2026-11-01"; // a Sunday
const range = (q: string, dir: "past" | "future" = "past") => {
  const p = extractTime(normalize(q), TODAY, dir).period;
  return p && [p.from, p.to];
};

describe("extractTime", () => {
  it.each([
    ["last month", "2026-10-01", "2026-10-31"],
    ["Q3", "2026-07-01", "2026-09-30"],
    ["Q4", "2026-10-01", "2026-11-01"],
    ["q1 2025", "2025-01-01", "2025-03-31"],
    ["the second quarter", "2026-04-01", "2026-06-30"],
    ["past 30 days", "2026-10-02", "2026-10-31"],
    ["last 7 days", "2026-10-25", "2026-10-31"],
    ["last two weeks", "2026-10-18", "2026-10-31"],
    ["last 3 months", "2026-08-01", "2026-10-31"],
    ["since June 1", "2026-06-01", "2026-11-01"],
    ["since june", "2026-06-01", "2026-11-01"],
    ["in October", "2026-10-01", "2026-10-31"],
    ["in November", "2026-11-01", "2026-11-01"],
    ["in December", "2025-12-01", "2025-12-31"],
    ["october 2025", "2025-10-01", "2025-10-31"],
    ["yesterday", "2026-10-31", "2026-10-31"],
    ["today", "2026-11-01", "2026-11-01"],
    ["YTD", "2026-01-01", "2026-11-01"],
    ["year to date", "2026-01-01", "2026-11-01"],
    ["MTD", "2026-11-01", "2026-11-01"],
    ["this week", "2026-10-26", "2026-11-01"],
    ["last week", "2026-10-19", "2026-10-25"],
    ["this quarter", "2026-10-01", "2026-11-01"],
    ["last quarter", "2026-07-01", "2026-09-30"],
    ["last year", "2025-01-01", "2025-12-31"],
    ["in 2025", "2025-01-01", "2025-12-31"],
    ["from March 3 to April 10", "2026-03-03", "2026-04-10"],
    ["between Sept 1 and Sept 15", "2026-09-01", "2026-09-15"],
    // fix5c: a span of months is one period, its first month moved back a year when needed.
    ["nov-dec", "2025-11-01", "2025-12-31"],
    ["for jan - mar", "2026-01-01", "2026-03-31"],
    ["april to june", "2026-04-01", "2026-06-30"],
    ["november through december", "2025-11-01", "2025-12-31"],
    ["nov to feb", "2025-11-01", "2026-02-28"],
    ["the holiday season last year", "2025-11-24", "2025-12-31"],
    ["from august to october", "2026-08-01", "2026-10-31"],
    ["on 2026-10-05", "2026-10-05", "2026-10-05"],
  ])("%s -> %s..%s", (q, from, to) => {
    expect(range(q)).toEqual([from, to]);
  });

  it("reads planning periods forward", () => {
    expect(range("next month", "future")).toEqual(["2026-12-01", "2026-12-31"]);
    expect(range("next quarter", "future")).toEqual(["2027-01-01", "2027-03-31"]);
    expect(range("next week", "future")).toEqual(["2026-11-02", "2026-11-08"]);
    expect(range("in January", "future")).toEqual(["2027-01-01", "2027-01-31"]);
  });

  it("does not read 'may' the verb or 'Black Friday' as dates", () => {
    expect(range("may I see spend")).toBeUndefined();
    expect(range("black friday campaigns")).toBeUndefined();
    expect(range("spend in may")).toEqual(["2026-05-01", "2026-05-31"]);
  });

  it("detects an explicit comparison of two periods", () => {
    const t = extractTime(normalize("this week vs last week"), TODAY);
    expect([t.period?.from, t.period?.to]).toEqual(["2026-10-26", "2026-11-01"]);
    expect(t.compare).toMatchObject({ mode: "explicit", period: { from: "2026-10-19", to: "2026-10-25" } });
    const m = extractTime(normalize("October vs September"), TODAY);
    expect(m.compare?.period).toMatchObject({ from: "2026-09-01", to: "2026-09-30" });
  });

  it("detects relative baselines", () => {
    const y = extractTime(normalize("Q3 vs same period last year"), TODAY);
    expect(y.compare).toMatchObject({
      mode: "previous_year",
      period: { from: "2025-07-01", to: "2025-09-30" },
    });
    const p = extractTime(normalize("last month compared to the previous month"), TODAY);
    expect(p.compare).toMatchObject({
      mode: "previous_period",
      period: { from: "2026-09-01", to: "2026-09-30" },
    });
    const mom = extractTime(normalize("revenue MoM"), TODAY);
    expect(mom.compare?.mode).toBe("previous_period");
    expect(mom.impliedUnit).toBe("month");
  });

  it("compares with the same days of last month, day for day", () => {
    const at = (q: string, today: string) => extractTime(normalize(q), today);
    expect(at("spend month to date vs the same period last month", "2026-10-20").compare).toMatchObject({
      mode: "explicit",
      period: { from: "2026-09-01", to: "2026-09-20" },
    });
    // March 1-31 a month earlier ends on the last day of February.
    expect(
      at("orders in March compared with the same days of the previous month", "2026-04-10").compare,
    ).toMatchObject({
      period: { from: "2026-02-01", to: "2026-02-28" },
    });
    expect(at("last week vs same period a month ago", "2026-10-20").compare?.period).toMatchObject({
      from: "2026-09-12",
      to: "2026-09-18",
    });
  });

  it("reads a period with a relative year as that year's period", () => {
    expect(range("q3 last year")).toEqual(["2025-07-01", "2025-09-30"]);
    expect(range("black friday last year")).toEqual(["2025-11-28", "2025-11-28"]);
    expect(range("last year h1")).toEqual(["2025-01-01", "2025-06-30"]);
    expect(extractTime(normalize("q3 last year"), TODAY).compare).toBeUndefined();
    // fix5c: the months spelled out are the season, not a baseline for it.
    const holiday = extractTime(normalize("holiday season last year, sales for nov-dec"), TODAY);
    expect([holiday.period?.from, holiday.period?.to, holiday.compare]).toEqual([
      "2025-11-01",
      "2025-12-31",
      undefined,
    ]);
    // Two months with a comparison word stay two periods.
    const vs = extractTime(normalize("revenue september vs october"), TODAY);
    // The later month is the period, the earlier its baseline.
    expect([vs.period?.from, vs.compare?.period?.from]).toEqual(["2026-10-01", "2026-09-01"]);
  });

  it("resolves public holidays, their weekends and to-date starts", () => {
    expect(range("since labor day")).toEqual(["2026-09-07", "2026-11-01"]);
    expect(range("memorial day weekend")).toEqual(["2026-05-23", "2026-05-25"]);
    expect(range("since the start of the quarter")).toEqual(["2026-10-01", "2026-11-01"]);
    expect(range("since the year began")).toEqual(["2026-01-01", "2026-11-01"]);
  });

  it("reads X over X across a longer period as a series at that grain", () => {
    const t = extractTime(normalize("week over week in october"), TODAY);
    expect(t.seriesGrain).toBe("week");
    expect(t.compare).toBeUndefined();
    expect(extractTime(normalize("week over week sessions"), TODAY).seriesGrain).toBeUndefined();
  });

  it("puts the later of two months joined by and first", () => {
    const t = extractTime(normalize("september and october"), TODAY);
    expect([t.period?.from, t.compare?.period?.from]).toEqual(["2026-10-01", "2026-09-01"]);
  });

  it("reads two periods set side by side forward in time: the later is the period", () => {
    for (const q of ["june vs july", "q1 against q2", "august versus september"]) {
      const t = extractTime(normalize(q), TODAY);
      expect(t.period!.from > t.compare!.period!.from).toBe(true);
    }
  });

  it("reads overlapping periods as one window, never a window against itself", () => {
    const one = (q: string) => {
      const t = extractTime(normalize(q), TODAY);
      return [t.period?.from, t.period?.to, t.compare];
    };
    // The same words twice.
    expect(one("ytd orders against ytd spend")).toEqual(["2026-01-01", "2026-11-01", undefined]);
    // A year only says which year the narrower window is.
    expect(one("holiday season last year orders")).toEqual(["2025-11-24", "2025-12-31", undefined]);
    // Two names of nearly the same dates: the span of both.
    expect(one("spend over bfcm last year from thanksgiving to cyber monday")).toEqual([
      "2025-11-27",
      "2025-12-01",
      undefined,
    ]);
    expect(one("q3 orders, july through september")).toEqual(["2026-07-01", "2026-09-30", undefined]);
    // Relative periods set against each other stay a comparison.
    expect(extractTime(normalize("this week vs last 4 weeks"), TODAY).compare).toBeDefined();
  });

  it("masks what it consumed", () => {
    expect(extractTime(normalize("revenue last month by channel"), TODAY).rest).toBe(
      "revenue |||||||||| by channel",
    );
  });
});

describe("todayIn", () => {
  it("uses the organization's time zone", () => {
    expect(todayIn(new Date("2026-11-01T03:00:00Z"), "America/New_York")).toBe("2026-10-31");
    expect(todayIn(new Date("2026-11-01T03:00:00Z"), "Europe/Berlin")).toBe("2026-11-01");
  });
});

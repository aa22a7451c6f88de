import { describe, expect, it } from "vitest";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import { unreadPeriodPhrase } from "./unread-period.ts";

const notesOf = (q: string) => {
  const plan = planQuestion(q, testContext());
  return plan.kind === "tool_calls" ? (plan.notes ?? []) : [];
};

describe("unreadPeriodPhrase", () => {
  it.each([
    ["email revenue for the last 2 fiscal months", "last 2 fiscal months"],
    ["spend over the past few business weeks", "past few business weeks"],
    ["fy26 revenue", "fy26"],
    ["orders in the back half", "back half"],
    ["revenue 9/14 to 9/20", "9/14"],
    ["clicks since the 14th", "since the 14th"],
    ["ingresos del mes pasado", "mes"],
  ])("%s", (text, phrase) => expect(unreadPeriodPhrase(text)).toBe(phrase));

  it.each(["revenue by channel", "last touch revenue", "what may drive orders", "ltv in the first 90 days"])(
    "finds none in %s",
    (text) => expect(unreadPeriodPhrase(text)).toBeUndefined(),
  );
});

describe("withUnreadPeriodNote through the planner", () => {
  it("says first which words were not read and which dates were used", () => {
    expect(notesOf("email revenue for the last 2 fiscal months")[0]).toBe(
      'I could not read "last 2 fiscal months" as dates, so this is for the last 30 days of data, my default. Name the dates (for example "September 7 to October 31" or "Q3") and I will answer for them.',
    );
  });

  it("adds nothing when the period was read, or none was named", () => {
    expect(notesOf("email revenue for the last 2 months").some((n) => n.includes("could not read"))).toBe(
      false,
    );
    expect(notesOf("email revenue by week").some((n) => n.includes("could not read"))).toBe(false);
  });
});

/**
 * Cases for session 22's fix17d kinds: which channel journeys start on (first-touch shares), one
 * channel touched then another closing, a Black Friday cohort's window, the time to a second
 * order, unsubscribes counted and ranked by email, and "what do you count as" definitions. Own
 * wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { define, P, qm } from "./helpers.ts";

const call = (name: string, args: Record<string, unknown>): Expectation => ({ calls: [{ name, args }] });
const unsubsByEmail = (timeRange: { from: string; to: string }): Expectation =>
  qm({
    metrics: ["email_unsubscribes"],
    dimensions: ["email_campaign"],
    timeRange,
    orderBy: [{ field: "email_unsubscribes", direction: "desc" }],
  });

export const FIX17D_CASES: SourceCase[] = [
  {
    id: "fix17d.journey-starters",
    tags: ["journeys", "attribution"],
    questions: ["what channel kicks off most customer journeys", "where do buyer journeys typically begin"],
    expect: call("attribution", {
      models: ["first_touch"],
      level: "channel",
      metric: "conversions",
      period: P.last30,
    }),
  },
  {
    id: "fix17d.email-then-direct",
    tags: ["journeys"],
    questions: ["how often do email clickers later buy via direct"],
    expect: call("journeys", {
      analysis: "first_last",
      period: P.last30,
      earlierChannel: "email",
      lastChannel: "direct",
    }),
  },
  {
    id: "fix17d.black-friday-cohort",
    tags: ["cohorts"],
    questions: ["how many of our black friday customers came back", "retention of the black friday buyers"],
    expect: call("cohorts", {
      period: P.range("2025-11-20", "2025-12-02"),
      groupBy: "first_touch_channel",
      show: "repeat",
    }),
  },
  {
    id: "fix17d.time-to-second-order",
    tags: ["cohorts"],
    questions: [
      "how long does it take new customers to place a 2nd order",
      "when do customers usually make their second purchase",
    ],
    expect: call("cohorts", {
      period: P.range("2025-11-01", "2026-10-31"),
      groupBy: "first_touch_channel",
      show: "repeat_gap",
    }),
  },
  {
    id: "fix17d.unsubs-then-which-send",
    tags: ["email"],
    turns: [
      {
        question: "how many subscribers did we lose in september",
        expect: qm({ metrics: ["email_unsubscribes"], timeRange: P.sep }),
      },
      { question: "which send was responsible", expect: unsubsByEmail(P.sep) },
    ],
  },
  {
    id: "fix17d.people-opted-out",
    tags: ["email"],
    questions: ["how many folks opted out of emails last month"],
    expect: qm({ metrics: ["email_unsubscribes"], timeRange: P.oct }),
  },
  {
    id: "fix17d.count-as-definition",
    tags: ["define"],
    questions: ["what does the tool count as revenue"],
    expect: define("revenue"),
  },
];

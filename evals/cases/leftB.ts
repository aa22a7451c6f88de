/**
 * Cases for session 14's leftB kinds: an email rate's anomaly scan, what a runaway spend day cost
 * with no period named, spend past a daily cap in other verbs, pacing of a period not started
 * (projected from the latest complete month), the next dollar at current spend with no channel
 * named, and a campaign asked if it is over-funded. Own wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { anomalies, budget, P } from "./helpers.ts";

const campaigns = (args: Record<string, unknown>): Expectation => ({ calls: [{ name: "campaigns", args }] });
const LAST_12 = P.range("2025-11-01", "2026-10-31");

export const LEFTB_CASES: SourceCase[] = [
  {
    id: "leftb.email-rate-scan",
    tags: ["anomalies", "email"],
    questions: ["odd days in the email click rate since january"],
    expect: anomalies({ metrics: ["email_click_rate"], period: P.ytd }),
  },
  {
    id: "leftb.runaway-cost-any-time",
    tags: ["anomalies", "campaigns"],
    questions: ["what did that spend blowout set us back", "how much extra did the runaway spend day cost"],
    expect: anomalies({ metrics: ["spend", "revenue", "orders"], period: LAST_12 }),
  },
  {
    id: "leftb.blowout-in-month",
    tags: ["campaigns", "budget"],
    questions: ["did a campaign blow through its budget in june and by how much"],
    expect: campaigns({ analysis: "pacing", period: P.jun }),
  },
  {
    id: "leftb.over-daily-cap",
    tags: ["campaigns", "budget"],
    questions: ["which campaigns exceeded their daily limit", "did any campaign overshoot its cap"],
    expect: campaigns({ analysis: "pacing", period: P.last30 }),
  },
  {
    id: "leftb.pace-ahead",
    tags: ["campaigns", "budget"],
    questions: ["on track for the january budget?", "is spend going to hit budget in january"],
    expect: campaigns({ analysis: "pacing", period: P.range("2027-01-01", "2027-01-31") }),
  },
  {
    id: "leftb.pace-next-quarter",
    tags: ["campaigns", "budget"],
    questions: ["are we pacing ok for next quarter"],
    expect: campaigns({ analysis: "pacing", period: P.nextQuarter }),
  },
  {
    id: "leftb.marginal-now",
    tags: ["budget"],
    questions: ["what's the next dollar worth at current spend", "return on one more dollar today"],
    expect: budget({ period: P.nextMonth, changes: [] }),
  },
  {
    id: "leftb.campaign-overfunded",
    tags: ["budget"],
    questions: ["is brand search overfunded", "are we pouring too much into brand search"],
    expect: { calls: [{ name: "profitability", args: { analysis: "overspend" } }] },
  },
];

/**
 * Cases for session 10's fix5d kinds: email campaigns named as a kind (the newsletter, the promo
 * sends), two periods read forward, overlapping periods as one window, both ends of a time-unit
 * ranking, period recaps ("in a nutshell") and "the brief" for a period. Own wordings; the blind
 * sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { f, P, qm } from "./helpers.ts";

/** The demo's promotional email campaigns (every email campaign but the newsletter and the flows). */
const PROMOS = [
  "BF25 - Early Access",
  "Black Friday 2025",
  "Cyber Monday 2025",
  "Holiday Gift Guide",
  "Last Shipping Day",
  "New Year Sale",
  "Spring Trail Launch",
  "Summer Sale",
  "Labor Day Sale",
  "Fall Camping Collection",
];
const LAST_12_MONTHS = P.range("2025-11-01", "2026-10-31");
const call = (name: string, args: Record<string, unknown>): Expectation => ({ calls: [{ name, args }] });

export const FIX5D_DATA_CASES: SourceCase[] = [
  {
    id: "fix5d.newsletter-clicks-sep",
    tags: ["email"],
    questions: ["clicks on our newsletter in september"],
    expect: qm({
      metrics: ["email_clicks"],
      filters: [f("email_campaign", "Weekly Trail Notes")],
      timeRange: P.sep,
    }),
  },
  {
    id: "fix5d.promo-emails-ranked",
    tags: ["email"],
    questions: ["rank our promotional emails by click rate"],
    expect: qm({
      metrics: ["email_click_rate"],
      dimensions: ["email_campaign"],
      filters: [f("email_campaign", ...PROMOS)],
      timeRange: LAST_12_MONTHS,
      orderBy: [{ field: "email_click_rate", direction: "desc" }],
    }),
  },
  {
    id: "fix5d.same-window-twice",
    tags: ["periods"],
    questions: ["ytd orders against ytd spend, cpa?"],
    expect: qm({ metrics: ["orders", "spend", "paid_cpa", "cpa"], timeRange: P.ytd }),
  },
  {
    id: "fix5d.both-ends-months",
    tags: ["periods"],
    questions: ["highest and lowest month for orders this year"],
    expect: qm({ metrics: ["orders"], dimensions: ["date"], grain: "month", timeRange: P.ytd }),
  },
];

export const FIX5D_ANALYSIS_CASES: SourceCase[] = [
  {
    id: "fix5d.funnel-forward",
    tags: ["funnel", "periods"],
    questions: ["june vs july funnel, where did we lose the most"],
    expect: call("funnel", { period: P.jul, compareTo: P.jun }),
  },
  {
    id: "fix5d.nutshell-overview",
    tags: ["overview"],
    questions: ["september in a nutshell, what moved the most?"],
    expect: call("overview", { period: P.sep }),
  },
  {
    id: "fix5d.brief-for-period",
    tags: ["brief"],
    questions: ["pull up my briefing for september"],
    expect: call("brief", { period: P.sep }),
  },
];

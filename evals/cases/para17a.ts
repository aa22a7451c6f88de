/**
 * Cases for session 17's para17a: other wordings of asks already answered, each with the figures
 * the core computes (what a thousand impressions cost, "source X medium Y", visits as sessions,
 * "yday", a what-if with the loss asked first, the event's year said first, two channels' funnels
 * side by side, another company's figures asked as a possessive). Own wordings; the blind sets are
 * held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { budget, decline, f, P, qm } from "./helpers.ts";

const funnel = (args: Record<string, unknown>): Expectation => ({ calls: [{ name: "funnel", args }] });

export const PARA17A_CASES: SourceCase[] = [
  {
    id: "para17a.thousand-impressions-cost",
    tags: ["query"],
    questions: ["what did a thousand impressions on google cost us in august"],
    expect: qm({ metrics: ["cpm"], filters: [f("platform", "google_ads")], timeRange: P.aug }),
  },
  {
    id: "para17a.source-and-medium-words",
    tags: ["query", "filter"],
    questions: ["orders from source google medium cpc in september"],
    expect: qm({
      metrics: ["orders"],
      filters: [f("source_medium", "google / cpc")],
      timeRange: P.sep,
      attributionModel: "last_touch",
    }),
  },
  {
    id: "para17a.visits-are-sessions",
    tags: ["query", "breakdown"],
    questions: ["site visits by channel in july"],
    expect: qm({ metrics: ["sessions"], dimensions: ["channel"], timeRange: P.jul }),
  },
  {
    id: "para17a.yday",
    tags: ["query", "period"],
    questions: ["orders by channel yday"],
    expect: qm({ metrics: ["orders"], dimensions: ["channel"], timeRange: P.yesterday }),
  },
  {
    id: "para17a.loss-asked-first-what-if",
    tags: ["budget"],
    questions: ["what would we lose if affiliate were cut by 40%"],
    expect: budget({
      period: P.nextMonth,
      level: "channel",
      lockedChannels: [],
      changes: [{ dimension: "channel", value: "affiliate", changePercent: -40 }],
      objective: "profit",
    }),
  },
  {
    id: "para17a.event-year-first",
    tags: ["query", "period"],
    questions: ["last year's cyber monday spend"],
    expect: qm({ metrics: ["spend"], timeRange: P.range("2025-12-01", "2025-12-01") }),
  },
  {
    id: "para17a.two-channel-funnels",
    tags: ["funnel"],
    questions: ["display vs email funnel"],
    expect: funnel({ period: P.last30, byChannel: true }),
  },
  {
    id: "para17a.other-company-possessive",
    tags: ["honesty"],
    questions: ["GLOBEX's tiktok spend last month", "beta bikes' roas in q3"],
    expect: decline,
  },
];

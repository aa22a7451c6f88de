/**
 * Cases for session 21's fix16a kinds: new-customer ROAS said as an abbreviation ("NC ROAS") or a
 * clause ("roas from new customers"), read as its own measure and never as North Carolina; one
 * attribution model asked to be defined "here"; and the plan ahead asked as a clause. Own
 * wordings; the blind sets are held out.
 */
import type { Expectation, SourceCase } from "../types.ts";
import { attr, f, P, qm } from "./helpers.ts";

const campaigns = (args: Record<string, unknown>): Expectation => ({ calls: [{ name: "campaigns", args }] });
const NC = ["new_customer_roas", "paid_new_customer_revenue", "spend", "roas"];

export const FIX16A_CASES: SourceCase[] = [
  {
    id: "fix16a.nc-roas-platform",
    tags: ["acquisition"],
    questions: [
      "What's our NC ROAS on TikTok for September?",
      "roas from new customers on tiktok in september",
    ],
    expect: qm({ metrics: NC, filters: [f("platform", "tiktok_ads")], timeRange: P.sep }),
  },
  {
    id: "fix16a.nc-roas-by-channel",
    tags: ["acquisition"],
    questions: ["NC-ROAS by channel last month"],
    expect: qm({ metrics: NC, dimensions: ["channel"], timeRange: P.oct }),
  },
  {
    id: "fix16a.model-defined-here",
    tags: ["attribution", "definitions"],
    questions: ["define time decay attribution in this app", "wat does time decay mean here"],
    expect: attr({ models: ["time_decay", "last_touch"], level: "channel", period: P.last30 }),
  },
  {
    id: "fix16a.plan-ahead",
    tags: ["campaigns", "planning"],
    questions: ["anything lined up for december?", "which tests are coming up in december"],
    expect: campaigns({ analysis: "planned", period: P.dec2026 }),
  },
];

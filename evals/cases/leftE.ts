/**
 * Cases for leftE's kinds (session 15): an orders scan over a month or a season that must name the
 * tracking-outage day (the scan's tracking gaps), and the organization's targets asked for as
 * "goals". Own wordings; the blind sets are held out.
 */
import type { SourceCase } from "../types.ts";
import { anomalies, qm } from "./helpers.ts";

const TARGET_METRICS = ["revenue", "spend", "roas", "orders", "cpa", "cac"];

export const LEFTE_CASES: SourceCase[] = [
  {
    id: "lefte.orders-scan-march-outage",
    tags: ["anomalies"],
    questions: ["did orders do anything strange in march"],
    expect: anomalies({ metrics: ["orders"], period: { from: "2026-03-01", to: "2026-03-31" } }),
  },
  {
    id: "lefte.orders-scan-spring-outage",
    tags: ["anomalies"],
    questions: ["flag any odd order days over the spring"],
    expect: anomalies({ metrics: ["orders"], period: { from: "2026-03-01", to: "2026-05-31" } }),
  },
  {
    id: "lefte.goals-configured",
    tags: ["targets"],
    questions: ["what goals do we have set up"],
    expect: qm({ metrics: TARGET_METRICS, timeRange: { from: "2026-10-02", to: "2026-10-31" } }),
  },
];

/**
 * One small result per chart kind the agent draws, turned into a spec by the agent's real
 * `chooseChart`: the renderer's tests and the `chart` benchmark draw exactly what answers carry.
 */
import { chooseChart } from "../../agent/chart/index.ts";
import type { ChartColumn, ChartInput, VegaLiteSpec } from "../../agent/chart/types.ts";

const channel: ChartColumn = { key: "channel", label: "Channel", kind: "category" };
const campaign: ChartColumn = { key: "campaign", label: "Campaign", kind: "category" };
const date: ChartColumn = { key: "date", label: "Date", kind: "time" };
const revenue: ChartColumn = {
  key: "revenue",
  label: "Revenue",
  kind: "metric",
  unit: "currency",
  format: "currency",
};
const roas: ChartColumn = { key: "roas", label: "ROAS", kind: "metric", unit: "ratio", format: "multiplier" };

/** Revenue by channel, as the demo data has it (October 2026, rounded). */
export const CHANNEL_REVENUE = [
  { channel: "organic_search", revenue: 54861.63 },
  { channel: "direct", revenue: 45148.43 },
  { channel: "paid_search", revenue: 15957.33 },
  { channel: "paid_social", revenue: 12058.21 },
  { channel: "email", revenue: 11673.34 },
];

const days = Array.from({ length: 14 }, (_, i) => `2026-10-${String(i + 1).padStart(2, "0")}`);

/** A chart kind the agent produces, with the input it was chosen from. */
export interface ChartFixture {
  kind: string;
  input: ChartInput;
  spec: VegaLiteSpec;
}

const INPUTS: Array<{ kind: string; input: ChartInput }> = [
  {
    kind: "bar",
    input: {
      columns: [channel, revenue],
      rows: CHANNEL_REVENUE,
      currency: "USD",
      periodLabel: "October 1–31, 2026",
    },
  },
  {
    kind: "line",
    input: {
      columns: [date, revenue],
      rows: days.map((d, i) => ({ date: d, revenue: 4000 + ((i * 937) % 3100) })),
      currency: "USD",
      periodLabel: "October 1–14, 2026",
    },
  },
  {
    kind: "multi-line",
    input: {
      columns: [date, channel, revenue],
      rows: days.flatMap((d, i) =>
        ["paid_search", "paid_social", "email"].map((c, j) => ({
          date: d,
          channel: c,
          revenue: 500 + j * 300 + i * 10,
        })),
      ),
      currency: "USD",
    },
  },
  {
    kind: "grouped-bar",
    input: {
      columns: [channel, roas],
      rows: [
        { channel: "paid_search", roas: 3.12 },
        { channel: "paid_social", roas: 1.87 },
        { channel: "display", roas: 0.64 },
      ],
      comparison: {
        rows: [
          { channel: "paid_search", roas: 2.95 },
          { channel: "paid_social", roas: 2.2 },
          { channel: "display", roas: 0.71 },
        ],
        label: "September",
      },
      currency: "USD",
    },
  },
  {
    kind: "two-bars",
    input: {
      columns: [revenue],
      rows: [{ revenue: 158621.04 }],
      comparison: { rows: [{ revenue: 152369.5 }] },
      currency: "USD",
    },
  },
  {
    kind: "share",
    input: { columns: [channel, revenue], rows: CHANNEL_REVENUE, share: true, currency: "USD" },
  },
  {
    kind: "coloured-bar",
    input: {
      columns: [channel, campaign, revenue],
      rows: [
        {
          channel: "paid_search",
          campaign: "Search - NonBrand - Hiking Boots & Trail Footwear (Exact)",
          revenue: 9200,
        },
        { channel: "paid_search", campaign: "Search - Brand - Exact", revenue: 6757 },
        { channel: "paid_social", campaign: "Prospecting - Lookalike 1% Purchasers", revenue: 12058 },
      ],
      currency: "USD",
    },
  },
];

/** Every chart kind, each spec built by `chooseChart`. */
export function chartFixtures(): ChartFixture[] {
  return INPUTS.map(({ kind, input }) => {
    const spec = chooseChart(input);
    if (!spec) throw new Error(`chooseChart drew no chart for the ${kind} fixture`);
    return { kind, input, spec };
  });
}

/**
 * funnel results as answers: each step with its count and its conversion from the step before,
 * the biggest drop on the site in words, cart and checkout abandonment, and (by channel) one line
 * per channel. The chart is the on-site funnel (sessions onward) as ranked bars: impressions are
 * hundreds of times sessions and would flatten every on-site bar. Every figure in the text is a
 * value of the tool's data (or its percentage), so the verifier grounds it.
 */
import { FUNNEL_STEP_LABELS, type Funnel, type FunnelStep } from "../../core/funnel/funnel.ts";
import type { ChannelFunnel, FunnelData } from "../../tools/funnel/execute.ts";
import { dataEndNote, formatNumber, formatPeriod } from "../answer/index.ts";
import type { Presentation } from "./types.ts";

const SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

function pct(r: number): string {
  return `${formatNumber(r * 100, 1)}%`;
}

function count(n: number): string {
  return formatNumber(n, 0);
}

const lower = (label: string) => label.toLowerCase();

/** "Add to cart: 3,000 (12.0% of engaged sessions)". */
function stepLine(s: FunnelStep, before: FunnelStep | undefined): string {
  const of =
    s.stepRate === null || !before
      ? ""
      : s.step === "sessions"
        ? ` (${pct(s.stepRate)} of paid clicks, counting the paid channels' sessions)`
        : ` (${pct(s.stepRate)} of ${lower(before.label)})`;
  return `- ${s.label}: ${count(s.count)}${of}`;
}

function dropSentence(f: Funnel, scope: string): string {
  const d = f.biggestDrop;
  if (!d) return "";
  return `The biggest drop${scope} is ${lower(FUNNEL_STEP_LABELS[d.from])} -> ${lower(FUNNEL_STEP_LABELS[d.to])}: ${pct(d.dropRate)} of ${lower(FUNNEL_STEP_LABELS[d.from])} (${count(d.lost)}) go no further.`;
}

function abandonmentSentence(f: Funnel): string {
  const parts: string[] = [];
  if (f.cartAbandonmentRate !== null)
    parts.push(`cart abandonment ${pct(f.cartAbandonmentRate)} (carts that did not become an order)`);
  if (f.checkoutAbandonmentRate !== null)
    parts.push(`checkout abandonment ${pct(f.checkoutAbandonmentRate)}`);
  if (f.conversionRate !== null) parts.push(`conversion rate ${pct(f.conversionRate)} of sessions`);
  const sentence = parts.join("; ");
  return sentence ? `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.` : "";
}

function channelLine(c: ChannelFunnel): string {
  const f = c.funnel;
  const d = f.biggestDrop;
  const cartRate = f.steps.find((s) => s.step === "add_to_carts")?.ofSessions;
  const carts = `${count(c.counts.addToCarts)} carts${cartRate == null ? "" : ` (add-to-cart rate ${pct(cartRate)})`}`;
  return `- ${c.label}: ${count(c.counts.sessions)} sessions -> ${carts} -> ${count(c.counts.checkouts)} checkouts -> ${count(c.counts.orders)} orders${f.conversionRate === null ? "" : ` (${pct(f.conversionRate)} of sessions)`}${d ? `; biggest drop ${lower(FUNNEL_STEP_LABELS[d.from])} -> ${lower(FUNNEL_STEP_LABELS[d.to])} (${pct(d.dropRate)})` : ""}`;
}

function chartOf(d: FunnelData, title: string): Record<string, unknown> {
  const rows = d.funnel.steps
    .filter((s) => s.ofSessions !== null)
    .map((s) => ({ step: s.label, count: s.count, of_sessions: s.ofSessions }));
  return {
    $schema: SCHEMA,
    title,
    description: title,
    width: "container",
    data: { values: rows },
    mark: { type: "bar", tooltip: true },
    encoding: {
      y: { field: "step", type: "nominal", title: "Step", sort: null, axis: { labelLimit: 200 } },
      x: { field: "count", type: "quantitative", title: "Count", axis: { format: ",.0f" } },
    },
  };
}

/** "Compared with September 1–30, 2026 (step rates): ..." and the step that got most worse. */
function comparisonLines(d: FunnelData): string[] {
  const c = d.comparison;
  if (!c) return [];
  const points = (x: number) => `${formatNumber(Math.abs(x) * 100, 1)} percentage points`;
  const lines = c.changes.steps.map((s) => {
    if (s.stepRate === null || s.previousStepRate === null)
      return `- ${s.label}: no rate in one of the periods`;
    const move = s.change === 0 ? "unchanged" : `${s.change! < 0 ? "down" : "up"} ${points(s.change!)}`;
    return `- ${s.label}: ${pct(s.stepRate)} of the step before, against ${pct(s.previousStepRate)} (${move})`;
  });
  const w = c.changes.worsened;
  const verdict = w
    ? `The step that got most worse is ${lower(w.label)}: ${pct(w.previousStepRate!)} -> ${pct(w.stepRate!)} of the step before.`
    : "No on-site step's conversion got worse.";
  return [`Compared with ${formatPeriod(c.period)}, step by step:`, ...lines, verdict];
}

/**
 * @example presentFunnel(data) // { text: "Conversion funnel, October 1–31, 2026, all channels: ...", ... }
 */
export function presentFunnel(d: FunnelData): Presentation {
  const label = d.channel ? (d.channelLabels[d.channel] ?? d.channel) : "all channels";
  const provenance = { tool: "funnel", ...d.provenance };
  const end = dataEndNote(d.period, d.provenance.dataFreshness.sessionsThrough, d.counts.sessions === 0);
  if (d.counts.sessions === 0 && d.counts.orders === 0)
    return {
      text:
        end ||
        `There were no sessions or orders ${formatPeriod(d.period)} (${label}), so there is no funnel.`,
      data: { columns: [], rows: [] },
      provenance,
    };
  const steps = d.funnel.steps;
  const lines = steps.map((s, i) => stepLine(s, steps[i - 1]));
  const notes: string[] = [];
  if (!d.channel && steps.some((s) => s.step === "impressions"))
    notes.push("Impressions and clicks are paid media only; sessions and later steps include every channel.");
  if (d.channel && d.counts.impressions === null) notes.push(`${label} has no ad impressions or clicks.`);
  notes.push(
    d.channel
      ? "A channel's orders are those whose last touch was that channel."
      : "By channel, orders go to their last touch (orders with no touch count as direct).",
  );
  const byChannel = d.byChannel ?? [];
  const text = [
    `Conversion funnel, ${formatPeriod(d.period)}, ${label}:`,
    ...lines,
    dropSentence(d.funnel, " on the site"),
    abandonmentSentence(d.funnel),
    ...comparisonLines(d),
    ...(byChannel.length ? ["By channel (most sessions first):", ...byChannel.map(channelLine)] : []),
    ...notes,
    end,
  ]
    .filter(Boolean)
    .join("\n");
  const data = byChannel.length
    ? {
        columns: [
          { key: "channel", label: "Channel" },
          { key: "impressions", label: "Impressions", unit: "count" },
          { key: "clicks", label: "Clicks", unit: "count" },
          { key: "sessions", label: "Sessions", unit: "count" },
          { key: "engaged_sessions", label: "Engaged sessions", unit: "count" },
          { key: "add_to_carts", label: "Add to cart", unit: "count" },
          { key: "checkouts", label: "Checkout", unit: "count" },
          { key: "orders", label: "Orders (last touch)", unit: "count" },
          { key: "add_to_cart_rate", label: "Add-to-cart rate", unit: "percent" },
          { key: "conversion_rate", label: "Orders per session", unit: "percent" },
          { key: "cart_abandonment_rate", label: "Cart abandonment", unit: "percent" },
        ],
        rows: byChannel.map((c) => ({
          channel: c.label,
          impressions: c.counts.impressions,
          clicks: c.counts.clicks,
          sessions: c.counts.sessions,
          engaged_sessions: c.counts.engagedSessions,
          add_to_carts: c.counts.addToCarts,
          checkouts: c.counts.checkouts,
          orders: c.counts.orders,
          add_to_cart_rate: c.funnel.steps.find((s) => s.step === "add_to_carts")?.ofSessions ?? null,
          conversion_rate: c.funnel.conversionRate,
          cart_abandonment_rate: c.funnel.cartAbandonmentRate,
        })),
      }
    : {
        columns: [
          { key: "step", label: "Step" },
          { key: "count", label: "Count", unit: "count" },
          { key: "step_rate", label: "From the step before", unit: "percent" },
          { key: "of_sessions", label: "Of sessions", unit: "percent" },
        ],
        rows: steps.map((s) => ({
          step: s.label,
          count: s.count,
          step_rate: s.stepRate,
          of_sessions: s.ofSessions,
        })),
      };
  return {
    text,
    data,
    chart: chartOf(d, `On-site funnel, ${formatPeriod(d.period)}, ${label}`),
    provenance,
  };
}

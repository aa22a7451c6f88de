/**
 * Anomaly truth check: the product's default anomaly scan (core/anomaly detectAnomalies with its
 * default options: threshold 4 = detect_anomalies' default "medium" sensitivity, 8 trailing weeks,
 * 4 weeks of same-weekday history before a day is scored; plus what detect_anomalies passes, see
 * tools/detect-anomalies/scan-context.ts: the rule-based retail calendar and, for paid-media series,
 * the campaign starts and ends read from the campaigns table) over the demo year, on the daily
 * series the product reads (db/analytics readMetricSeries), scored against the anomalies the
 * simulator injected (ground truth).
 *
 * Series scanned, each overall and per member of the dimension:
 *   orders, revenue, sessions, conversion_rate by channel; spend by channel and by platform;
 *   platform_conversion_rate (ad-platform-reported conversions / clicks) by channel.
 * Series are read from the first simulated day; the detector skips days without 4 same-weekday
 * days of history (the first 4 weeks), so every series is evaluated on the same ~337 days.
 *
 * Recall: an injected anomaly is FOUND when its target series flag a day inside its span (its date
 * for one-day anomalies), or report a sustained shift whose span overlaps it:
 *   tracking_outage      -> at least one of orders, revenue and sessions, overall (tracking lost
 *                           most of the day; an alert on any affected metric points at the outage,
 *                           and a 90% loss of ~15 orders is a 3.7 sigma day that an honest count
 *                           model cannot call at threshold 4, while sessions lose ~25 sigma)
 *   runaway_spend        -> spend of the campaign's channel and spend of its platform (both)
 *   conversion_rate_drop -> at least one of conversion_rate and platform_conversion_rate of the
 *                           channel (any day of the from..to span). The simulator makes the drop
 *                           real in both: visits from the channel convert at `factor` x their rate
 *                           (db/simulator/conversion-drop.ts). But a channel's tracked rate is
 *                           orders last-touched on it / sessions, and on a small shop that is about
 *                           1 order a day (beta-bikes paid_search: ~15 in a normal 14 days, ~7.5 at
 *                           factor 0.5, about a 2.5 sigma drop even against a perfectly known
 *                           baseline; a whole 7-day window at zero orders is 3.3 sigma), which no
 *                           honest test calls at threshold 4. The ad platform reports the same
 *                           drop on its own conversions, which is where a marketer sees it.
 * False alarm: a flagged day (or shift span), in any scanned series, that is not inside (does not
 * overlap) any injected anomaly's span.
 * Each false alarm is also labelled with what planned (not injected) event it falls in, if any: a
 * season window of the spec (e.g. Black Friday: real demand swings) or the 8 weeks after a
 * campaign starts or ends (a real level shift in spend the baseline is still catching up with),
 * else "noise". The labels explain; they do not excuse: every such flag counts as a false alarm.
 * Channel-year: one scanned series over 365 evaluated days; the rate is false alarms / (evaluated
 * days of all scanned series / 365), and the worst single series is reported beside it.
 */
import { type Anomaly, detectAnomalies } from "../../core/anomaly/detect.ts";
import { readMetricSeries } from "../../db/analytics/metric-series.ts";
import { readPlannedChangeWindows } from "../../db/repositories/planned-changes.ts";
import { DATA_THROUGH, FIRST_DAY } from "../../db/simulator/calendar.ts";
import type { GroundTruth } from "../../db/simulator/ground-truth.ts";
import type { AnomalySpec, OrgSpec } from "../../db/simulator/spec-types.ts";
import {
  isPaidMediaMetric,
  marketingCalendar,
  readCampaignWindows,
  scanOptions,
} from "../../tools/detect-anomalies/scan-context.ts";
import type { ToolDeps } from "../../tools/shared/deps.ts";

/** What is scanned: metric and the dimension whose members get their own series. */
export const SCANNED: readonly { metric: string; dimension: string }[] = [
  { metric: "orders", dimension: "channel" },
  { metric: "revenue", dimension: "channel" },
  { metric: "sessions", dimension: "channel" },
  { metric: "conversion_rate", dimension: "channel" },
  { metric: "spend", dimension: "channel" },
  { metric: "spend", dimension: "platform" },
  { metric: "platform_conversion_rate", dimension: "channel" },
];

/** One scanned series: "metric", dimension (null = overall) and member. */
export interface SeriesKey {
  metric: string;
  dimension: string | null;
  member: string | null;
}

export interface ScannedSeries extends SeriesKey {
  evaluatedDays: number;
  anomalies: Anomaly[];
}

export interface InjectedResult {
  kind: AnomalySpec["kind"];
  from: string;
  to: string;
  description: string;
  targets: (SeriesKey & { flagged: { date: string; score: number }[] })[];
  /** Whether any or all of the targets must flag it. */
  requires: "any" | "all";
  found: boolean;
}

export interface AnomalyTruth {
  slug: string;
  scale: number;
  injected: InjectedResult[];
  recall: number;
  series: ScannedSeries[];
  falseAlarms: (SeriesKey & {
    date: string;
    score: number;
    value: number;
    expected: number;
    /** Planned event the day falls in ("season: ...", "campaign start/end: ...") or "noise". */
    during: string;
  })[];
  /** False alarms per label kind: season, campaign start/end, noise. */
  falseAlarmsByKind: Record<"season" | "campaign" | "noise", number>;
  evaluatedDays: number;
  /** False alarms per scanned series per 365 evaluated days. */
  falseAlarmsPerChannelYear: number;
  worstSeries: { key: string; falseAlarms: number; perYear: number };
}

const seriesName = (k: SeriesKey) =>
  k.dimension === null ? `${k.metric} overall` : `${k.metric} ${k.dimension}=${k.member}`;
const sameSeries = (a: SeriesKey, b: SeriesKey) =>
  a.metric === b.metric && a.dimension === b.dimension && a.member === b.member;

function targetsOf(
  a: AnomalySpec,
  spec: OrgSpec,
): { from: string; to: string; targets: SeriesKey[]; requires?: "any" | "all" } {
  if (a.kind === "tracking_outage") {
    return {
      from: a.date,
      to: a.date,
      requires: "any",
      targets: ["orders", "revenue", "sessions"].map((metric) => ({ metric, dimension: null, member: null })),
    };
  }
  if (a.kind === "runaway_spend") {
    const campaign = spec.campaigns.find((c) => c.name === a.campaign);
    if (!campaign) throw new Error(`injected anomaly names unknown campaign '${a.campaign}'`);
    return {
      from: a.date,
      to: a.date,
      targets: [
        { metric: "spend", dimension: "channel", member: campaign.channel },
        { metric: "spend", dimension: "platform", member: campaign.platform },
      ],
    };
  }
  return {
    from: a.from,
    to: a.to,
    requires: "any",
    targets: ["conversion_rate", "platform_conversion_rate"].map((metric) => ({
      metric,
      dimension: "channel",
      member: a.channel,
    })),
  };
}

/**
 * Scan the demo year of one seeded organization and score the flags against its ground truth.
 * @example const t = await evaluateAnomalyTruth(deps, truth, ACME); t.recall; // 1
 */
export async function evaluateAnomalyTruth(
  deps: ToolDeps,
  truth: GroundTruth,
  spec: OrgSpec,
): Promise<AnomalyTruth> {
  const series: ScannedSeries[] = [];
  const events = marketingCalendar(FIRST_DAY, DATA_THROUGH);
  const campaigns = await readCampaignWindows(deps.db, deps.tenant.organizationId);
  const planned = await readPlannedChangeWindows(deps.db, deps.tenant.organizationId);
  for (const { metric, dimension } of SCANNED) {
    const read = await readMetricSeries(deps, { metric, dimension, from: FIRST_DAY, to: DATA_THROUGH });
    const paidMedia = isPaidMediaMetric(deps.catalog, read.shape);
    for (const s of read.series) {
      // The overall series of a metric scanned along two dimensions is counted once.
      if (s.member === null && series.some((x) => x.metric === metric && x.dimension === null)) continue;
      const report = detectAnomalies(
        s.series,
        scanOptions({}, { events, campaigns, paidMedia, dimension, member: s.member, planned }),
      );
      series.push({
        metric,
        dimension: s.member === null ? null : dimension,
        member: s.member,
        evaluatedDays: report.evaluatedDays,
        anomalies: report.anomalies,
      });
    }
  }
  // The spec's anomalies are the ground truth's (ground-truth.json lists the same ones).
  if (truth.anomalies.length !== spec.anomalies.length) throw new Error("ground truth and spec disagree");
  const spans = spec.anomalies.map((a) => ({ a, ...targetsOf(a, spec) }));
  const injected: InjectedResult[] = spans.map(({ a, from, to, targets, requires }) => {
    const hits = targets.map((t) => {
      const s = series.find((x) => sameSeries(x, t));
      if (!s) throw new Error(`no scanned series ${seriesName(t)}`);
      const flagged = s.anomalies
        .filter((x) => x.date <= to && x.to >= from)
        .map((x) => ({ date: x.date, score: x.score }));
      return { ...t, flagged };
    });
    return {
      kind: a.kind,
      from,
      to,
      description: a.description,
      targets: hits,
      requires: requires ?? "all",
      found:
        requires === "any" ? hits.some((h) => h.flagged.length > 0) : hits.every((h) => h.flagged.length > 0),
    };
  });
  const falseAlarms = series.flatMap((s) =>
    s.anomalies
      .filter((x) => !spans.some((sp) => x.date <= sp.to && x.to >= sp.from))
      .map((x) => ({
        metric: s.metric,
        dimension: s.dimension,
        member: s.member,
        date: x.date,
        score: x.score,
        value: x.value,
        expected: x.expected,
        during: plannedEvent(spec, x.date),
      })),
  );
  const falseAlarmsByKind = { season: 0, campaign: 0, noise: 0 };
  for (const f of falseAlarms) {
    falseAlarmsByKind[
      f.during.startsWith("season") ? "season" : f.during.startsWith("campaign") ? "campaign" : "noise"
    ] += 1;
  }
  const evaluatedDays = series.reduce((a, s) => a + s.evaluatedDays, 0);
  let worstSeries = { key: "-", falseAlarms: 0, perYear: 0 };
  for (const s of series) {
    const n = falseAlarms.filter((f) => sameSeries(f, s)).length;
    const perYear = s.evaluatedDays > 0 ? (n * 365) / s.evaluatedDays : 0;
    if (perYear > worstSeries.perYear) worstSeries = { key: seriesName(s), falseAlarms: n, perYear };
  }
  return {
    slug: truth.organization.slug,
    scale: truth.scale,
    injected,
    recall: injected.filter((i) => i.found).length / injected.length,
    series,
    falseAlarms,
    falseAlarmsByKind,
    evaluatedDays,
    falseAlarmsPerChannelYear: evaluatedDays > 0 ? (falseAlarms.length * 365) / evaluatedDays : 0,
    worstSeries,
  };
}

const dayMs = 86_400_000;
const daysFrom = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / dayMs);

/** The planned event `date` falls in: a season window, or 8 weeks after a campaign start/end. */
export function plannedEvent(spec: OrgSpec, date: string): string {
  const season = spec.seasons.find((w) => date >= w.from && date <= w.to);
  if (season) return `season: ${season.label}`;
  for (const c of spec.campaigns) {
    for (const edge of [c.start, c.end]) {
      if (edge === null) continue;
      const d = daysFrom(edge, date);
      if (d >= 0 && d < 56) return `campaign ${edge === c.start ? "start" : "end"}: ${c.name} ${edge}`;
    }
  }
  return "noise";
}

/** The figures as text. */
export function formatAnomalyTruth(t: AnomalyTruth, opts: { listFalseAlarms?: boolean } = {}): string {
  const lines = [
    `anomaly truth: ${t.slug} at scale ${t.scale}; ${t.series.length} series scanned ` +
      `(${SCANNED.map((s) => `${s.metric} by ${s.dimension}`).join(", ")}; overall included), ${t.evaluatedDays} series-days evaluated`,
  ];
  for (const i of t.injected) {
    lines.push(
      `  ${i.found ? "FOUND " : "MISSED"} ${i.kind}${i.requires === "any" ? " (any target)" : ""} ${i.from === i.to ? i.from : `${i.from}..${i.to}`}: ` +
        i.targets
          .map(
            (h) =>
              `${seriesName(h)} ${h.flagged.length ? h.flagged.map((f) => `${f.date} (z=${f.score})`).join(", ") : "not flagged"}`,
          )
          .join("; "),
    );
  }
  lines.push(
    `recall ${(t.recall * 100).toFixed(1)}% (${t.injected.filter((i) => i.found).length}/${t.injected.length}); ` +
      `false alarms ${t.falseAlarms.length} over ${(t.evaluatedDays / 365).toFixed(2)} channel-years = ` +
      `${t.falseAlarmsPerChannelYear.toFixed(3)} per channel-year; worst series ${t.worstSeries.key} ` +
      `${t.worstSeries.falseAlarms} (${t.worstSeries.perYear.toFixed(2)} per year); false alarms during season windows ` +
      `${t.falseAlarmsByKind.season}, within 8 weeks of a campaign start/end ${t.falseAlarmsByKind.campaign}, otherwise ${t.falseAlarmsByKind.noise}`,
  );
  const bySeries = new Map<string, number>();
  for (const f of t.falseAlarms) bySeries.set(seriesName(f), (bySeries.get(seriesName(f)) ?? 0) + 1);
  lines.push(
    "  false alarms per series (of those with any): " +
      [...bySeries]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(", "),
  );
  if (opts.listFalseAlarms) {
    for (const f of t.falseAlarms) {
      lines.push(
        `  false alarm ${seriesName(f)} ${f.date}: value ${f.value.toFixed(4)} expected ${f.expected.toFixed(4)} z=${f.score} (${f.during})`,
      );
    }
  }
  return lines.join("\n");
}

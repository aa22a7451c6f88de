/**
 * fix8f: "dig into the biggest one" after a scan (detect_anomalies with focus 'biggest'): the
 * biggest finding alone, in detail. A rate break with what held while it lasted (a steady flow of
 * clicks and sessions beside a collapsed conversion rate points at the site, not the ads); a day
 * with its value against expected and what moved it; nothing found said plainly. Every figure is
 * a tool value.
 */
import type { BiggestFinding } from "../../tools/detect-anomalies/biggest-finding.ts";
import type { DetectAnomaliesData } from "../../tools/detect-anomalies/execute.ts";
import { anomaliesAnswer, formatChange, formatPeriod, formatValue } from "../answer/index.ts";
import type { MetricSpec } from "../answer/types.ts";
import { driverLines } from "./anomaly-context.ts";
import { spec } from "./metric-spec.ts";
import { describeBreak } from "./rate-break-lines.ts";
import type { PresentContext } from "./types.ts";

/** Traffic metrics whose holding steady clears the ads of a rate's fall. */
const TRAFFIC = new Set(["clicks", "sessions"]);

/** The lines answering "the biggest one" for a scan asked with focus 'biggest'. */
export function biggestFindingLines(
  d: DetectAnomaliesData,
  found: BiggestFinding,
  specOf: (key: string) => MetricSpec,
  ctx: PresentContext,
): string[] {
  const period = formatPeriod(d.period);
  if (found.kind === "none")
    return [
      `Nothing in the scan of ${period} stood out: no day was flagged and no rate broke from its level.`,
      "For the largest moves against the period before, ask what changed against it (for example, revenue by channel against the previous period).",
    ];
  if (found.kind === "day") {
    const s = specOf(found.metric);
    const a = found.anomaly;
    return [
      `The biggest thing the scan of ${period} found is one day:`,
      anomaliesAnswer({
        kind: "anomalies",
        metric: s,
        anomalies: [
          {
            date: a.date,
            value: a.value,
            expected: a.expected,
            ...(found.member ? { segment: found.member } : {}),
          },
        ],
        period: d.period,
        currency: ctx.currency,
      }),
      ...driverLines(found.drivers ? [found.drivers] : [], s, ctx.currency, ctx.valueLabels),
    ];
  }
  const b = found.rateBreak;
  const s = specOf(b.metric);
  const lines = [`The biggest thing the scan of ${period} found: ${describeBreak(b, s, ctx)}`];
  const up = found.window?.upstream ?? [];
  if (up.length) {
    const parts = up.map((u) => {
      const us = spec(u.metric, u.label, u.unit, u.format);
      return `${u.label} ${formatValue(u.inside, us, ctx.currency)} vs ${formatValue(u.outside, us, ctx.currency)} (${u.steady ? "steady" : formatChange(u.inside, u.outside, us, ctx.currency)})`;
    });
    lines.push(
      `While it lasted, against the days around it (a day's average, rates of the summed parts): ${parts.join("; ")}.`,
    );
    const traffic = up.filter((u) => TRAFFIC.has(u.metric));
    if (b.relativeChange < 0 && traffic.length && traffic.every((u) => u.steady))
      lines.push(
        "Traffic held while the rate fell, which points at the site (a landing page, checkout or tracking) rather than the ads or the audience.",
      );
  }
  return lines;
}

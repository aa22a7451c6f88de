import { type ChangeExplanation, explainChange } from "../../core/explain/contribution.ts";
import { contributionInput, type MemberSumsResult, readMemberSums } from "../../db/analytics/member-sums.ts";
import type { MetricShape } from "../../db/analytics/shape.ts";
import { AppError } from "../../lib/errors.ts";
import type { DefinitionUsed } from "../../semantic/execute/provenance.ts";
import { comparisonRange, resolveTimeRange } from "../../semantic/query/time-range.ts";
import type { DateRange } from "../../semantic/query/types.ts";
import type { PlannedChangeInScan } from "../detect-anomalies/planned-in-scan.ts";
import { ok, type ToolResult } from "../result.ts";
import type { ToolDeps } from "../shared/deps.ts";
import { readPlannedChangesIn } from "../shared/planned-changes.ts";
import { runTool } from "../shared/run-tool.ts";
import { type BreakWindow, readBreakWindow } from "./break-window.ts";
import { explainChangeInput } from "./definition.ts";

/** Contributions kept per dimension; the rest is summed into `otherContribution`. */
export const TOP_CONTRIBUTIONS = 10;

/** What explain_change returns: one decomposition per dimension. */
export interface ExplainChangeData {
  metric: string;
  /** The explained metric as the catalog declares it (its inputs' definitions are in provenance). */
  definition: { label: string; unit: string; format: string; higherIsBetter: boolean };
  period: DateRange & { timeZone: string };
  basePeriod: DateRange;
  /** Planned changes (holdouts, flights) in the two periods and the segment, with their effects. */
  plannedChanges?: PlannedChangeInScan[];
  /** Ratio metrics: the run of days in (and around) the period whose rate broke, and what held. */
  breakWindow?: BreakWindow;
  byDimension: (ChangeExplanation & {
    dimension: string;
    labels: Record<string, string>;
    /**
     * Ratio metrics: the listed members whose rate is null or 0 in both periods because one side
     * is empty in both (a channel without spend behind ROAS or CAC), grouped by that side, with
     * their summed contribution (a pure mix effect). Absent when there are none.
     */
    withoutRate?: WithoutRate[];
  })[];
  provenance: {
    definitions: DefinitionUsed[];
    shape: MetricShape;
    timeZone: string;
    filters: unknown[];
    attribution: unknown;
    method: string;
    /** The last day of data, so a period after it reads "no data yet", not "down 100%". */
    dataFreshness?: { adSpendThrough: string | null; adSpendFrom?: string | null };
  };
}

/** Members with no rate of their own in either period, by the side that is empty in both. */
export interface WithoutRate {
  /** The metric key of the empty side (e.g. "spend"), or null when the empty side differs by period. */
  missing: string | null;
  members: string[];
  contribution: number;
}

/** Group the contributions whose member has no rate in either period (see `WithoutRate`). */
export function withoutRate(sums: MemberSumsResult, explained: ChangeExplanation): WithoutRate[] {
  const shape = sums.shape;
  if (shape.kind !== "ratio") return [];
  const groups = new Map<string | null, WithoutRate>();
  for (const c of explained.contributions) {
    if ((c.base ?? 0) !== 0 || (c.current ?? 0) !== 0) continue;
    const s = sums.members.find((m) => m.member === c.member);
    if (!s) continue;
    const missing =
      !s.base.denominator && !s.current.denominator
        ? shape.denominator
        : !s.base.numerator && !s.current.numerator
          ? shape.numerator
          : null;
    const group = groups.get(missing) ?? { missing, members: [], contribution: 0 };
    group.members.push(c.member);
    group.contribution += c.contribution;
    groups.set(missing, group);
  }
  return [...groups.values()];
}

/**
 * The change split, with an empty period named in words: "the current period's denominator sums
 * to 0" means nothing to a marketer asking "why is ROAS down this month?" on the 1st.
 */
function explainWithPeriods(
  sums: MemberSumsResult,
  periods: { current: DateRange; base: DateRange },
  deps: ToolDeps,
  metric: string,
) {
  try {
    return explainChange(contributionInput(sums, TOP_CONTRIBUTIONS));
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== "core.insufficient_data" || sums.shape.kind !== "ratio")
      throw e;
    const emptyCurrent = /current period/.test(e.message);
    const range = emptyCurrent ? periods.current : periods.base;
    const denominator = deps.catalog.metrics.get(sums.shape.denominator)?.label ?? sums.shape.denominator;
    const label = deps.catalog.metrics.get(metric)?.label ?? metric;
    const through = sums.provenance.current.dataFreshness?.adSpendThrough;
    const dataNote =
      emptyCurrent && through && through < range.to ? ` (the data runs through ${through})` : "";
    throw new AppError(
      "core.insufficient_data",
      `${range.from} to ${range.to} has no ${denominator.toLowerCase()}${dataNote}, so ${label} is not defined there and cannot be compared; ask about a period with data, such as last month`,
    );
  }
}

/**
 * explain_change: sum the metric per member of each dimension in the period and its baseline,
 * then split the change into member contributions (rate and mix effects for ratio metrics) that
 * add up to the total change.
 */
export function createExplainChange(deps: ToolDeps) {
  return (args: unknown): Promise<ToolResult<ExplainChangeData>> =>
    runTool(explainChangeInput, args, async (input) => {
      const period = resolveTimeRange(input.period, deps.now, deps.tenant.timeZone);
      const basePeriod = comparisonRange(period, input.compareTo);
      const byDimension: ExplainChangeData["byDimension"] = [];
      let provenance: ExplainChangeData["provenance"] | undefined;
      let unsupported: unknown;
      for (const [i, dimension] of input.dimensions.entries()) {
        let sums: Awaited<ReturnType<typeof readMemberSums>>;
        try {
          sums = await readMemberSums(deps, {
            metric: input.metric,
            dimension,
            base: basePeriod,
            current: period,
            filters: input.filters,
            paths: { metric: "metric", dimension: `dimensions.${i}` },
          });
        } catch (e) {
          // "conversion rate by campaign, channel": a split the metric lacks is left out when
          // another dimension can still explain the change (the rate is not recorded by campaign).
          if (!(e instanceof Error) || !/cannot be broken down by dimension/.test(e.message)) throw e;
          unsupported ??= e;
          continue;
        }
        const explained = explainWithPeriods(sums, { current: period, base: basePeriod }, deps, input.metric);
        const unrated = withoutRate(sums, explained);
        byDimension.push({
          dimension,
          ...explained,
          labels: sums.labels,
          ...(unrated.length > 0 ? { withoutRate: unrated } : {}),
        });
        provenance ??= {
          definitions: sums.provenance.current.definitions,
          shape: sums.shape,
          timeZone: period.timeZone,
          filters: input.filters,
          attribution: sums.provenance.current.attribution ?? null,
          ...(sums.provenance.current.dataFreshness
            ? { dataFreshness: sums.provenance.current.dataFreshness }
            : {}),
          method:
            sums.shape.kind === "ratio"
              ? "shift-share: each member's rate effect (weight x rate change) and mix effect (weight shift), centred so contributions sum to the change"
              : "each member's change in its sum; contributions sum to the change",
        };
      }
      // A planned holdout or flight in these dates is the first thing to name beside the movers.
      const range = {
        from: basePeriod.from < period.from ? basePeriod.from : period.from,
        to: basePeriod.to > period.to ? basePeriod.to : period.to,
      };
      const plannedChanges = await readPlannedChangesIn(deps, range, input.filters, ["spend", input.metric]);
      if (!byDimension.length && unsupported) throw unsupported;
      // fix7d: a rate that fell in a period is localised to the days it broke on (ratio metrics).
      const breakWindow =
        provenance?.shape.kind === "ratio"
          ? await readBreakWindow(deps, input.metric, period, input.filters)
          : undefined;
      const m = deps.catalog.metrics.get(input.metric);
      return ok({
        metric: input.metric,
        definition: {
          label: m?.label ?? input.metric,
          unit: m?.unit ?? "count",
          format: m?.format ?? "decimal",
          higherIsBetter: m?.higherIsBetter ?? true,
        },
        period: { from: period.from, to: period.to, timeZone: period.timeZone },
        basePeriod,
        byDimension,
        ...(plannedChanges.length ? { plannedChanges } : {}),
        ...(breakWindow ? { breakWindow } : {}),
        provenance: provenance!,
      });
    });
}

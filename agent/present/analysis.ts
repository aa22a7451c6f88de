import { daysBetween } from "../../semantic/query/dates.ts";
import { comparisonRange } from "../../semantic/query/time-range.ts";
import type { ComparePeriodsData } from "../../tools/compare-periods/execute.ts";
import type { ExplainChangeData } from "../../tools/explain-change/execute.ts";
import {
  changeExplanationAnswer,
  coverageNote,
  dataEndNote,
  formatChange,
  formatNumber,
  formatPeriod,
  formatValue,
  inSentence,
  periodCoverage,
  periodEndCoverage,
  thinBaselineNote,
} from "../answer/index.ts";
import type { MetricSpec } from "../answer/types.ts";
import { asksBothWays, changeThreshold } from "../planner/change-threshold.ts";
import { plannedChangeLines } from "./anomaly-context.ts";
import { breakWindowLines } from "./break-window.ts";
import { askedChange, changeWord, movedAsAsked, orderByChange } from "./change-order.ts";
import { thresholdLines, thresholdVerdict } from "./change-threshold.ts";
import { comparisonTotalsChart } from "./comparison-chart.ts";
import { filterNote } from "./filter-note.ts";
import { growthHeadline, growthOf, isGrowthRace, orderByGrowth } from "./growth-order.ts";
import { spec } from "./metric-spec.ts";
import { noneExcludedNote } from "./none-excluded.ts";
import { scopedLabel } from "./scoped-label.ts";
import { takeawayLine } from "./takeaway.ts";
import type { Presentation, PresentContext } from "./types.ts";

/** A breakdown row's values of one metric in both periods, as compare_periods returns them. */
interface RowCell {
  current: number | null;
  previous: number | null;
}

const MEMBERS_IN_TEXT = 5;

/**
 * compare_periods with a breakdown: the first metric per member, current with its change from the
 * previous period, largest current value first; the rest stay in the table.
 */
function comparisonMemberLines(
  d: ComparePeriodsData,
  specs: ReadonlyMap<string, MetricSpec>,
  ctx: PresentContext,
  compare: boolean,
): string[] {
  const lead = d.totals[0];
  const first = d.rows[0];
  if (!lead || !first) return [];
  const dims = Object.keys(first).filter((k) => !specs.has(k));
  if (dims.length === 0) return [];
  const cell = (row: Record<string, unknown>, key: string) => row[key] as RowCell | undefined;
  const num = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
  const current = (row: Record<string, unknown>) => cell(row, lead.metric)?.current;
  // fix9c: "which campaign's cpa rose most": ordered by the move asked for, not the current value.
  const asked = compare ? askedChange(ctx.question, lead.metric) : undefined;
  const growth = compare && isGrowthRace(ctx.question);
  const sorted = growth
    ? orderByGrowth(d.rows, lead.metric)
    : asked
      ? orderByChange(d.rows, lead.metric, asked)
      : [...d.rows].sort((a, b) => {
          const x = current(a);
          const y = current(b);
          return (num(y) ? y : Number.NEGATIVE_INFINITY) - (num(x) ? x : Number.NEGATIVE_INFINITY);
        });
  const m = specs.get(lead.metric)!;
  const nameOf = (row: Record<string, unknown>) => {
    // A campaign reads by its name; its id stays in the table.
    const named = typeof row.campaign_name === "string";
    return dims
      .filter((k) => !(named && k === "campaign"))
      .map((k) =>
        row[k] === null || row[k] === undefined
          ? "(none)"
          : (ctx.valueLabels?.[k]?.[String(row[k])] ?? String(row[k])),
      )
      .join(" / ");
  };
  // fix14d: "spend, revenue, roas, cpa by platform with % change vs sep": every metric of a row
  // with its own change, not the first metric's change alone with the others bare.
  const everyChange = compare && d.totals.length > 1;
  const allChanges = (row: Record<string, unknown>) =>
    d.totals.flatMap((t) => {
      const c = cell(row, t.metric);
      const ms = specs.get(t.metric);
      if (!c || !ms || !num(c.current)) return [];
      const change = num(c.previous) ? ` (${formatChange(c.current, c.previous, ms, ctx.currency)})` : "";
      return [`${t.label} ${formatValue(c.current, ms, ctx.currency)}${change}`];
    });
  const lineOf = (row: Record<string, unknown>) => {
    const name = nameOf(row);
    const c = cell(row, lead.metric);
    if (everyChange) {
      const parts = allChanges(row);
      return parts.length ? `- ${name}: ${parts.join("; ")}` : `- ${name}: no data`;
    }
    if (!c || !num(c.current)) return `- ${name}: no data`;
    const details: string[] = [];
    if (compare && num(c.previous)) details.push(formatChange(c.current, c.previous, m, ctx.currency));
    for (const t of d.totals.slice(1)) {
      const other = cell(row, t.metric)?.current;
      const os = specs.get(t.metric);
      if (num(other) && os) details.push(`${t.label} ${formatValue(other, os, ctx.currency)}`);
    }
    const more = details.length > 0 ? ` (${details.join(", ")})` : "";
    return `- ${name}: ${formatValue(c.current, m, ctx.currency)}${more}`;
  };
  const by = dims
    .filter((k) => k !== "campaign_name")
    .map((k) => k.replaceAll("_", " "))
    .join(" and ");
  // "campaigns where cpa went up more than 20%": only the members that met the change asked about.
  const threshold = compare && ctx.question ? changeThreshold(ctx.question) : undefined;
  if (threshold)
    return thresholdLines(d.rows, lead.metric, threshold, {
      m,
      label: lead.label,
      by,
      currency: ctx.currency,
      lineOf,
    });
  // fix19f: "which went up and which went down": both groups, each largest move first.
  if (compare && ctx.question && asksBothWays(ctx.question)) {
    const opts = { m, label: lead.label, by, currency: ctx.currency, lineOf };
    const way = (direction: "up" | "down") =>
      thresholdLines(
        d.rows,
        lead.metric,
        { kind: "move", direction, absolute: 0, strict: true, any: true },
        opts,
      );
    return [...way("up"), ...way("down")];
  }
  const lines = sorted.slice(0, MEMBERS_IN_TEXT).map(lineOf);
  const rest = d.rows.length > lines.length ? ["The remaining rows are in the table."] : [];
  if (growth) {
    const ranked = sorted.flatMap((row) => {
      const g = growthOf(row, lead.metric);
      return g === undefined ? [] : [{ name: nameOf(row), growth: g }];
    });
    const pct = (x: number) => `${x >= 0 ? "+" : "-"}${formatNumber(Math.abs(x) * 100, 1)}%`;
    return [
      growthHeadline(ranked, lead.label, pct),
      `${lead.label} by ${by}, fastest growth first:`,
      ...lines,
      ...rest,
    ];
  }
  if (!asked)
    return [
      everyChange ? `By ${by}, each figure with its change:` : `${lead.label} by ${by}:`,
      ...lines,
      ...rest,
    ];
  const word = changeWord(asked);
  const top = sorted[0];
  const c = top ? cell(top, lead.metric) : undefined;
  const headline =
    top && c && num(c.current) && num(c.previous) && movedAsAsked(top, lead.metric, asked)
      ? `Largest ${word} in ${lead.label.toLowerCase()}: ${nameOf(top)}, ${formatValue(c.current, m, ctx.currency)} (${formatChange(c.current, c.previous, m, ctx.currency)}).`
      : `No ${by} had ${asked === "any" ? "a change" : `an ${word}`} in ${lead.label.toLowerCase()} between the two periods.`;
  return [headline, `${lead.label} by ${by}, largest ${word} first:`, ...lines, ...rest];
}

/**
 * "this October vs last October" when the data starts in November: a baseline the data does hold
 * (the period just before), offered rather than leaving the question with no comparison.
 */
function offerInData(d: ComparePeriodsData, dataStart: string | null | undefined, noData: boolean): string {
  if (!noData || !dataStart) return "";
  const before = comparisonRange({ from: d.period.from, to: d.period.to }, "previous_period");
  if (before.from < dataStart || before.to >= d.period.from) return "";
  const period = { ...before, timeZone: d.period.timeZone };
  return `Ask for ${formatPeriod(d.period)} against ${formatPeriod(period)} (the period before) for a comparison within the data.`;
}

/**
 * compare_periods: one line per metric, current vs previous with the change, then the members of
 * a breakdown. A comparison period before the data starts, or a period after it ends, is said so.
 */
export function presentComparison(d: ComparePeriodsData, ctx: PresentContext, limit?: number): Presentation {
  const comparisonPeriod = { ...d.comparisonPeriod, timeZone: d.period.timeZone };
  const dataStart = d.provenance.dataFreshness.adSpendFrom;
  const dataEnd = d.provenance.dataFreshness.adSpendThrough;
  const coverage = periodCoverage(comparisonPeriod, dataStart);
  // Before the data starts a 0 means "no data", not "down 100%": say so instead of comparing.
  const noData = coverage === "none" && d.totals.every((t) => !t.previous);
  // A baseline mostly before the data ("ytd vs last ytd" holding one day of last year's span)
  // would print a change of thousands of percent: with under half its days covered, none is shown.
  const thin = thinBaselineNote(comparisonPeriod, dataStart);
  // para19: the period asked about itself before the data ("nov 2024 to nov 2025" typed in that
  // order): its 0 is no data either, said so beside the other period's figure, not "down 100%".
  const currentBefore = periodCoverage(d.period, dataStart) === "none" && d.totals.every((t) => !t.current);
  const noChange = noData || currentBefore || thin !== "";
  // Likewise after the data ends: a period without values there has no data, not zeros.
  const end = periodEndCoverage(d.period, dataEnd);
  const empty =
    end !== "full" && d.totals.every((t) => t.current === null || (end === "none" && t.current === 0));
  const specs = new Map(d.totals.map((t) => [t.metric, spec(t.metric, t.label, t.unit)]));
  // Nothing to compare yet ("this Black Friday vs last" before it comes): say so, then give the
  // baseline's own figures, which is what can be answered.
  const baseline = d.totals.filter((t) => t.previous !== null && t.previous !== undefined);
  const baselineLine =
    baseline.length && !noData
      ? `${formatPeriod(comparisonPeriod)}, the period it would be compared with: ${baseline
          .map((t) => `${t.label} ${formatValue(t.previous!, specs.get(t.metric)!, ctx.currency)}`)
          .join("; ")}.`
      : "";
  // s16: one member picked from a ranking ("the worst campaign, what changed"): the totals are every
  // member's, not the one asked about, so only its own row is shown.
  const onePicked =
    limit === 1 && d.rows.length === 1 && Object.keys(d.rows[0] ?? {}).length > d.totals.length;
  const lines = empty
    ? [dataEndNote(d.period, dataEnd, true), baselineLine].filter(Boolean)
    : onePicked
      ? []
      : d.totals.map((t) => {
          const m = specs.get(t.metric)!;
          if (currentBefore && t.previous !== null && t.previous !== undefined)
            return `${t.label}: no data in ${formatPeriod(d.period)}; ${formatValue(t.previous, m, ctx.currency)} in ${formatPeriod(comparisonPeriod)}.`;
          if (t.current === null) return `${t.label}: no data in the period.`;
          const change =
            t.previous === null || noChange
              ? ""
              : ` (${formatChange(t.current, t.previous, m, ctx.currency)})`;
          return `${t.label}: ${formatValue(t.current, m, ctx.currency)}${change}.`;
        });
  const members = empty ? [] : comparisonMemberLines(d, specs, ctx, !noChange);
  // "was revenue up more than 20%?" of a total: yes or no beside its line.
  const threshold = !members.length && !noChange && ctx.question ? changeThreshold(ctx.question) : undefined;
  const lead = d.totals[0];
  const verdict =
    threshold && lead ? thresholdVerdict(lead, threshold, specs.get(lead.metric)!, ctx.currency) : "";
  const note =
    coverage === "full"
      ? ""
      : [
          coverageNote(comparisonPeriod, dataStart, noData ? "none" : "partial"),
          thin,
          offerInData(d, dataStart, noChange),
        ]
          .filter(Boolean)
          .join(" ");
  // A month to date against a whole month, or a week the data ends inside against a full week: sums
  // over spans of clearly unequal length (days with data) are not like for like. Calendar months
  // and quarters, a day or three apart, are.
  const covered = (p: { from: string; to: string }) => {
    const from = dataStart && dataStart > p.from ? dataStart : p.from;
    const to = dataEnd && dataEnd < p.to ? dataEnd : p.to;
    return Math.max(0, daysBetween(from, to) + 1);
  };
  const spans = [covered(d.period), covered(comparisonPeriod)];
  // (A comparison period the data only partly covers already says so.)
  const unequal =
    !empty &&
    !currentBefore &&
    coverage === "full" &&
    Math.min(...spans) < 0.9 * Math.max(...spans) &&
    d.totals.some((t) => t.additive);
  const lengths = unequal
    ? "The two periods hold different numbers of days with data, so their totals are not like for like; compare spans of equal length (such as the same days of last month) for that."
    : "";
  // "Only Paid Social.": a comparison of one channel must say so, or it reads as the whole business.
  const breakdown = Object.keys(d.rows[0] ?? {}).map((key) => ({
    key,
    label: key,
    kind: "dimension" as const,
  }));
  const only = filterNote({ provenance: d.provenance, columns: breakdown }, ctx.valueLabels);
  const notes = [
    only,
    currentBefore ? coverageNote(d.period, dataStart, "none") : "",
    note,
    lengths,
    empty ? "" : dataEndNote(d.period, dataEnd),
    empty ? "" : noneExcludedNote(d),
  ].filter(Boolean);
  // Rows of a breakdown carry their member's name (a string); a comparison of totals has one row of
  // figures only, and it is drawn as bars per period.
  const byMember = d.rows.some((r) => Object.values(r).some((v) => typeof v !== "object" || v === null));
  const chart =
    byMember || empty || noChange ? undefined : comparisonTotalsChart(d.totals, d.period, comparisonPeriod);
  const head = `${formatPeriod(d.period)} compared with ${formatPeriod(comparisonPeriod)}:`;
  // fix5c: "plus a one-line takeaway": a sentence from these figures.
  const takeaway = empty || noChange ? "" : takeawayLine(d.totals, ctx.question);
  return {
    text: [head, ...lines, verdict, ...members, ...notes, takeaway].filter(Boolean).join("\n"),
    data: {
      columns: [
        { key: "metric", label: "Metric" },
        { key: "current", label: "Current" },
        { key: "previous", label: "Previous" },
        { key: "change", label: "Change" },
        { key: "percentChange", label: "% change", unit: "ratio", format: "percent" },
      ],
      rows: d.rows.length ? d.rows : d.totals.map(({ assessment: _a, ...t }) => t),
    },
    // fix8a: totals alone ("revenue this month vs last") get their two periods as bars.
    ...(chart ? { chart } : {}),
    provenance: { tool: "compare_periods", ...d.provenance, comparisonRange: d.comparisonPeriod },
  };
}

/** explain_change: the total move and the members that drove it, for the first dimension. */
export function presentExplanation(d: ExplainChangeData, ctx: PresentContext): Presentation {
  const first = d.byDimension[0];
  // The explained metric's own definition: provenance lists the definitions it was computed from
  // (for CAC: ad spend, then new customers), not the metric itself.
  const own = d.definition ?? d.provenance.definitions.find((x) => x.key === d.metric);
  // fix8d: one channel's or platform's figure is labelled as it ("Email revenue for October ...").
  const label = scopedLabel(own?.label ?? d.metric, d.provenance.filters, ctx.valueLabels);
  const shape = d.provenance.shape;
  const ratio = shape.kind === "ratio";
  const m = { ...spec(d.metric, label, own?.unit ?? "count", d.definition?.format), additive: !ratio };
  const denominator = ratio
    ? d.provenance.definitions.find((x) => x.key === shape.denominator)?.label
    : undefined;
  // A period wholly after the data's last day has no data yet: not "down 100%" with movers.
  const dataEnd = d.provenance.dataFreshness?.adSpendThrough;
  const afterData = periodEndCoverage(d.period, dataEnd) === "none";
  // Channels and platforms read as their labels ("Paid Search"), campaigns as the tool names them.
  const memberName = (dimension: string, member: string) =>
    first?.labels[member] ?? ctx.valueLabels?.[dimension]?.[member] ?? member;
  const text = afterData
    ? `${dataEndNote(d.period, dataEnd, true)} Ask about a period up to then, such as the last full week or month.`
    : first
      ? changeExplanationAnswer({
          kind: "change_explanation",
          metric: m,
          dimension: { key: first.dimension, label: first.dimension.replaceAll("_", " ") },
          current: first.current,
          previous: first.base,
          contributors: first.contributions.map((c) => {
            // A rate of 0 in both periods (no spend behind a CAC) is no value of its own: n/a.
            const none = ratio && !c.current && !c.base;
            return {
              name: memberName(first.dimension, c.member),
              current: none ? null : (c.current ?? null),
              previous: none ? null : (c.base ?? null),
              change: c.contribution,
            };
          }),
          period: d.period,
          comparisonPeriod: { ...d.basePeriod, timeZone: d.period.timeZone },
          currency: ctx.currency,
          ...(denominator ? { mixOf: inSentence(denominator) } : {}),
          ...(first.withoutRate
            ? {
                withoutRate: first.withoutRate.map((g) => {
                  const lacking = d.provenance.definitions.find((x) => x.key === g.missing)?.label;
                  return {
                    names: g.members.map((x) => memberName(first.dimension, x)),
                    change: g.contribution,
                    ...(lacking ? { lacking: inSentence(lacking) } : {}),
                  };
                }),
              }
            : {}),
        })
      : `No breakdown was available to explain ${label}.`;
  // fix6b: a planned holdout or flight in these dates leads: it is the likely cause of the movement.
  const planned = afterData
    ? []
    : plannedChangeLines(
        d.plannedChanges ?? [],
        (key, def) => {
          if (key === d.metric) return m;
          const own = def ?? d.provenance.definitions.find((x) => x.key === key);
          return spec(key, own?.label ?? key, own?.unit ?? "count", def?.format);
        },
        ctx.currency,
        null,
      );
  const rows = d.byDimension.flatMap((b) =>
    b.contributions.map((c) => ({
      ...c,
      dimension: b.dimension,
      member: b.labels[c.member] ?? ctx.valueLabels?.[b.dimension]?.[c.member] ?? c.member,
    })),
  );
  // fix7d: when the rate broke and what held lead the movers: "why" starts with "when".
  const broke = d.breakWindow && !afterData ? breakWindowLines(d.breakWindow, m, ctx.currency) : [];
  const body = broke.length ? [text, ...broke].join("\n") : text;
  return {
    text: planned.length ? [...planned, body].join("\n") : body,
    data: {
      columns: [
        { key: "dimension", label: "Dimension" },
        { key: "member", label: "Member" },
        { key: "base", label: "Before" },
        { key: "current", label: "After" },
        { key: "contribution", label: "Contribution to change" },
        { key: "rateEffect", label: "Rate effect" },
        { key: "mixEffect", label: "Mix effect" },
      ],
      rows,
    },
    provenance: { tool: "explain_change", period: d.period, basePeriod: d.basePeriod, ...d.provenance },
  };
}

/**
 * lead22: a run-rate estimate split by channel or platform ("forecast revenue by channel for next
 * month") is one project_run_rate call per member (agent/planner/run-rate-split.ts). Presented one
 * by one, the method, the data end and the season sentence repeated eight times; here the members
 * are one table (projected, daily pace, the same days a year earlier) with the method said once.
 * Every figure is read from its own member's result; no total is added up.
 */
import type { ProjectRunRateData } from "../../tools/project-run-rate/execute.ts";
import { formatCurrency, formatNumber, formatPeriod } from "../answer/index.ts";
import { chooseChart } from "../chart/choose-chart.ts";
import { RUN_RATE_LABELS, RUN_RATE_METHOD } from "./run-rate.ts";
import type { Presentation, PresentContext } from "./types.ts";

/** One member's projection: the field it is split by and the member's stored value. */
export interface RunRateMember {
  field: string;
  value: string;
  data: ProjectRunRateData;
}

/**
 * The turn's run-rate results when they are one split: two or more, each filtered to one member of
 * the same field, over the same period, pace and metric.
 * @example runRateMembers([{ name: "project_run_rate", result: { ok: true, data } }, ...]).length // 8
 */
export function runRateMembers(
  results: readonly { name: string; result: { ok: boolean; data?: unknown } }[],
): RunRateMember[] {
  const out: RunRateMember[] = [];
  for (const r of results) {
    if (r.name !== "project_run_rate" || !r.result.ok) continue;
    const data = r.result.data as ProjectRunRateData;
    const own = data.filters.at(-1);
    if (own?.op !== "in" || !Array.isArray(own.values) || own.values.length !== 1) return [];
    out.push({ field: own.field, value: String(own.values[0]), data });
  }
  const first = out[0];
  const same = (m: RunRateMember) =>
    m.field === first?.field &&
    m.data.metric === first.data.metric &&
    m.data.period.from === first.data.period.from &&
    m.data.period.to === first.data.period.to &&
    m.data.pace.from === first.data.pace.from &&
    m.data.pace.to === first.data.pace.to;
  return out.length >= 2 && out.every(same) ? out : [];
}

/**
 * One line per member (projected total, daily pace, the same days a year earlier), then the
 * method and the season once, a table and a bar chart of the projections.
 * @example presentRunRateSplit(members, ctx).text.split("\n")[0]
 * // "Projected revenue for November 1–30, 2026 by channel, each at its own daily pace of October 1–31, 2026:"
 */
export function presentRunRateSplit(split: readonly RunRateMember[], ctx: PresentContext): Presentation {
  // The biggest projection first, as a ranking reads.
  const members = [...split].sort(
    (a, b) => b.data.projection.projectedTotal - a.data.projection.projectedTotal,
  );
  const first = members[0]!.data;
  const money = first.metric === "revenue" || first.metric === "spend";
  const fmt = (x: number) => (money ? formatCurrency(x, ctx.currency) : formatNumber(x, 0));
  const perDay = (x: number) => (money ? formatCurrency(x, ctx.currency) : formatNumber(x, 1));
  const label = RUN_RATE_LABELS[first.metric];
  const name = (m: RunRateMember) => ctx.valueLabels?.[m.field]?.[m.value] ?? m.value;
  const byWord = fieldWord(members[0]!.field);
  const lead = `Projected ${label} for ${formatPeriod(first.period)} by ${byWord}, each at its own daily pace of ${formatPeriod(first.pace)}:`;
  const lines = members.map((m) => {
    const p = m.data.projection;
    const actual = m.data.actual ? `; ${fmt(m.data.actual.total)} already in the data` : "";
    const earlier = m.data.yearEarlier
      ? `; the same days a year earlier: ${fmt(m.data.yearEarlier.total)}`
      : "";
    return `- ${name(m)}: ${fmt(p.projectedTotal)} (${perDay(p.dailyPace)} a day${actual}${earlier})`;
  });
  const lifted = members.filter(
    (m) => m.data.yearEarlier && m.data.yearEarlier.total > m.data.projection.remainingProjected,
  );
  const season = lifted.length
    ? `For ${lifted.map(name).join(", ")} the same days a year earlier brought more than this pace projects: the season (Black Friday, the holidays) lifted them last year, so the real figures will likely come in higher than the straight line.`
    : "";
  const rows = members.map((m) => ({
    member: name(m),
    projected: m.data.projection.projectedTotal,
    daily_pace: m.data.projection.dailyPace,
    year_earlier: m.data.yearEarlier?.total ?? null,
  }));
  const unit = money ? { unit: ctx.currency } : {};
  const heading = label.charAt(0).toUpperCase() + label.slice(1);
  const chart = chooseChart({
    columns: [
      { key: "member", label: byWord, kind: "category" as const },
      {
        key: "projected",
        label: `Projected ${label}`,
        kind: "metric" as const,
        unit: money ? ("currency" as const) : ("count" as const),
      },
    ],
    rows: rows.map(({ member, projected }) => ({ member, projected })),
    currency: ctx.currency,
  });
  return {
    text: [
      lead,
      ...lines,
      RUN_RATE_METHOD,
      season,
      `Data runs through ${formatPeriod({ from: first.dataEnd, to: first.dataEnd })}.`,
    ]
      .filter(Boolean)
      .join("\n"),
    data: {
      columns: [
        { key: "member", label: byWord.charAt(0).toUpperCase() + byWord.slice(1) },
        { key: "projected", label: `Projected ${label}`, ...unit },
        { key: "daily_pace", label: `${heading} per day at the pace`, ...unit },
        { key: "year_earlier", label: "Same days a year earlier", ...unit },
      ],
      rows,
    },
    ...(chart ? { chart: chart as unknown as Record<string, unknown> } : {}),
    provenance: {
      tool: "project_run_rate",
      ...first.provenance,
      split: members[0]!.field,
      members: members.map((m) => m.value),
      pace: first.pace,
      period: first.period,
      dataEnd: first.dataEnd,
    },
  };
}

/** The breakdown's word in the lead ("by channel", "by platform"). */
function fieldWord(field: string): string {
  return field.replace(/_/g, " ");
}

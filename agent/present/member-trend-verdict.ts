/**
 * leftA: "for search and social, spend, CPA and ROAS each month of Q3: which one got more
 * efficient": a few named members broken down by period, with a verdict between them. The table
 * alone listed the first five rows and left the verdict undone. Here each period's figures are
 * listed member by member, and each member's efficiency measures (a cost per result, lower is
 * better; a return or a rate, higher is better) are set first period against last: the member
 * whose measures moved the better way is named, with the changes behind it.
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { formatDate, formatNumber, formatValue, joinList } from "../answer/format.ts";
import { metricSpecOf } from "../answer/from-metric-result.ts";

const TIME_KEYS = new Set(["date", "week", "month", "quarter", "year"]);
/** Costs per result: lower is better. */
const LOWER_IS_BETTER = /^(?:cpa|cac|ncac|cpc|cpm|cpl|cpo|cost_per_\w+|\w+_cost)$/;
/** Returns and rates: higher is better. */
const HIGHER_IS_BETTER = /^(?:roas|mer|poas|aov|ctr|\w+_rate|\w+_roas)$/;
/** A verdict between the members asked for. */
const VERDICT =
  /\b(?:efficien\w*|improv\w*|which (?:one|of)|who (?:did|got|was)|(?:got|get|getting|did|doing) (?:better|worse)|better|worse|winner|won)\b/i;
const MAX_MEMBERS = 4;
const GRAINS = ["day", "week", "month", "quarter", "year"] as const;

type Grain = (typeof GRAINS)[number];
type Column = MetricResult["columns"][number];

interface Move {
  metric: Column;
  first: number;
  last: number;
  /** Relative change the better way (positive: improved). */
  gain: number;
}

const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const pct = (x: number) => `${formatNumber(Math.abs(x) * 100, 1)}%`;

function grainOf(key: string, grain: unknown): Grain {
  return GRAINS.find((g) => g === (key === "date" ? grain : key)) ?? "day";
}

/** How one member's efficiency measure moved from its first period to its last. */
function moveOf(metric: Column, first: number, last: number): Move | undefined {
  if (first === 0) return undefined;
  const change = (last - first) / Math.abs(first);
  const lower = LOWER_IS_BETTER.test(metric.key);
  return { metric, first, last, gain: lower ? -change : change };
}

/**
 * The per-period lines and the verdict, or "" unless the result is a time breakdown of 2-4 members
 * with an efficiency measure and the question asks which did better.
 * @example memberTrendVerdict(byMonthAndChannel, { grain: "month" }, "USD", "which one got more efficient")
 *   // "Which got more efficient, July 2026 against September 2026: Paid Social ..."
 */
export function memberTrendVerdict(
  result: MetricResult,
  args: Record<string, unknown>,
  currency: string,
  question = "",
): string {
  if (!VERDICT.test(question)) return "";
  const dims = result.columns.filter((c) => c.kind === "dimension");
  const time = dims.find((c) => TIME_KEYS.has(c.key));
  const member = dims.find((c) => !TIME_KEYS.has(c.key));
  if (dims.length !== 2 || !time || !member) return "";
  const metrics = result.columns.filter((c) => c.kind === "metric");
  const judged = metrics.filter((c) => LOWER_IS_BETTER.test(c.key) || HIGHER_IS_BETTER.test(c.key));
  if (!judged.length) return "";
  const names = [...new Set(result.rows.map((r) => String(r[member.key])))];
  const periods = [...new Set(result.rows.map((r) => String(r[time.key])))].sort();
  if (names.length < 2 || names.length > MAX_MEMBERS || periods.length < 2) return "";
  const grain = grainOf(time.key, result.provenance?.grain ?? args.grain);
  const row = (name: string, at: string) =>
    result.rows.find((r) => String(r[member.key]) === name && String(r[time.key]) === at);
  const shown = (c: Column, v: number) => formatValue(v, metricSpecOf(c), currency);
  // "CPA", "ROAS" as marketers write them; other labels in the sentence's case ("ad spend").
  const label = (c: Column) =>
    c.key.length <= 4 ? c.key.toUpperCase() : c.label.charAt(0).toLowerCase() + c.label.slice(1);

  const lines = [`Each ${grain}:`];
  for (const at of periods) {
    const parts = names.flatMap((name) => {
      const r = row(name, at);
      if (!r) return [];
      const figures = metrics.flatMap((c) => {
        const v = num(r[c.key]);
        return v === undefined ? [] : [`${label(c)} ${shown(c, v)}`];
      });
      return figures.length ? [`${name}: ${figures.join(", ")}`] : [];
    });
    if (parts.length) lines.push(`- ${formatDate(at, grain)}: ${parts.join("; ")}`);
  }

  const first = periods[0]!;
  const last = periods.at(-1)!;
  const scored = names.flatMap((name) => {
    const a = row(name, first);
    const b = row(name, last);
    if (!a || !b) return [];
    const moves = judged.flatMap((c) => {
      const x = num(a[c.key]);
      const y = num(b[c.key]);
      const m = x !== undefined && y !== undefined ? moveOf(c, x, y) : undefined;
      return m ? [m] : [];
    });
    if (!moves.length) return [];
    return [{ name, moves, score: moves.reduce((s, m) => s + m.gain, 0) / moves.length }];
  });
  if (scored.length < 2) return lines.join("\n");
  const ranked = [...scored].sort((x, y) => y.score - x.score);
  const best = ranked[0]!;
  const span = `${formatDate(first, grain)} against ${formatDate(last, grain)}`;
  const moved = (m: Move) =>
    `${label(m.metric)} ${shown(m.metric, m.first)} to ${shown(m.metric, m.last)} (${m.last >= m.first ? "up" : "down"} ${pct((m.last - m.first) / Math.abs(m.first))}, ${m.gain >= 0 ? "better" : "worse"})`;
  const others = ranked.slice(1);
  const two = ranked.length === 2;
  const verdict =
    best.score <= 0
      ? `${two ? "Neither" : "None"} got more efficient overall; ${best.name} held up ${two ? "better" : "best"}`
      : others.every((o) => o.score > 0)
        ? `${two ? "Both" : "All"} got more efficient; ${best.name} improved ${two ? "more" : "most"}`
        : `${best.name} got more efficient; ${joinList(others.map((o) => o.name))} did not`;
  const split = judged.filter((c) => {
    const winners = scored
      .map((s) => ({ name: s.name, gain: s.moves.find((m) => m.metric === c)?.gain }))
      .filter((w): w is { name: string; gain: number } => w.gain !== undefined)
      .sort((x, y) => y.gain - x.gain);
    return winners[0] && winners[0].name !== best.name;
  });
  const mixed = split.length
    ? ` On ${joinList(split.map(label))} alone, another ${member.label.toLowerCase()} moved the better way.`
    : "";
  return [
    `${verdict} (first ${grain} against last, ${span}):`,
    ...ranked.map((s) => `- ${s.name}: ${s.moves.map(moved).join("; ")}`),
    ...(mixed ? [mixed.trim()] : []),
    ...lines,
  ].join("\n");
}

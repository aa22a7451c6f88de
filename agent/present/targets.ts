/**
 * What an answer says about the organization's targets: each target check the query_metrics result
 * carries ("CPA $47.10 meets the target of at most $50.00, by $2.90"), and, when the question asks
 * about a target that is not set, that it is not set and how to set one. Every figure comes from the
 * result (actual, target and gap are all in it), so the verifier grounds them.
 */
import type { TargetCheckRow } from "../../tools/query-metrics/targets.ts";
import { formatValue, joinList } from "../answer/format.ts";
import { BEHIND_TARGET, TARGET_GAP_RANK, TARGET_METRICS } from "../planner/targets-intent.ts";
import type { PresentContext } from "./types.ts";

/** "are we hitting our target CPA", "ROAS vs goal", "are we on target": the question is about targets. */
const ASKS_ABOUT_TARGET = /\b(?:targets?|goals?|on track|hitting|hit our|kpi target)\b/i;

interface MetricColumn {
  key: string;
  label: string;
  unit?: string | undefined;
  format?: string | undefined;
}

function unitOf(c: MetricColumn) {
  const unit = (["currency", "percent", "ratio", "count"] as const).find((u) => u === c.unit) ?? "count";
  const format = (["percent", "decimal", "integer"] as const).find((f) => f === c.format);
  return { unit, ...(format ? { format } : unit === "count" ? { format: "decimal" as const } : {}) };
}

/** "2026-08-01" in a monthly series -> "August 2026"; other dates -> "August 3, 2026". */
function dateLabel(iso: string, monthly: boolean): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString("en-US", {
    timeZone: "UTC",
    year: "numeric",
    month: "long",
    ...(monthly ? {} : { day: "numeric" }),
  });
}

function memberLabel(check: TargetCheckRow, ctx: PresentContext, monthly: boolean): string | undefined {
  const member = check.member ?? check.filterValue;
  const dim = check.filterDimension;
  if (!member || !dim) return undefined;
  if (dim === "date") return dateLabel(member, monthly);
  return ctx.valueLabels?.[dim]?.[member] ?? member;
}

function sentence(check: TargetCheckRow, column: MetricColumn, ctx: PresentContext, monthly = false): string {
  const fmt = (v: number) => formatValue(v, unitOf(column), ctx.currency);
  const label = memberLabel(check, ctx, monthly);
  const where = label ? ` for ${label}` : "";
  if (check.stated) return statedSentence(check, column, where, fmt);
  const bound = `${check.direction === "at_most" ? "at most" : "at least"} ${fmt(check.target)}${check.period === "none" ? "" : ` per ${check.period}`}`;
  const subject = `${column.label}${where}`;
  if (check.met === null || check.actual === null || check.gap === null)
    return `${subject} has a target of ${bound}; not compared here: ${check.notComparable ?? "no value"}.`;
  const actual = `${subject} ${fmt(check.actual)}`;
  if (check.gap === 0) return `${actual} is exactly on its target of ${bound}.`;
  return check.met
    ? `${actual} meets its target of ${bound}, by ${fmt(check.gap)}.`
    : `${actual} misses its target of ${bound}, by ${fmt(check.gap)}.`;
}

/** A target the question stated: said as the asker's, since none is stored. */
function statedSentence(
  check: TargetCheckRow,
  column: MetricColumn,
  where: string,
  fmt: (v: number) => string,
): string {
  const subject = `${column.label}${where}`;
  const bound = `${check.direction === "at_most" ? "at most" : "at least"} ${fmt(check.target)}`;
  if (check.met === null || check.actual === null || check.gap === null)
    return `${subject}: no value to hold against the target you gave (${bound}).`;
  const actual = `${subject} ${fmt(check.actual)}`;
  if (check.gap === 0) return `${actual} is exactly on the target you gave (${bound}).`;
  return check.met
    ? `${actual} meets the target you gave (${bound}), by ${fmt(check.gap)}.`
    : `${actual} misses the target you gave (${bound}), by ${fmt(check.gap)}.`;
}

/** "No row meets the target you gave": the verdict ahead of the per-row lines (no counts to ground). */
function statedSummary(checks: readonly TargetCheckRow[]): string {
  const rows = checks.filter((c) => c.stated && c.member !== undefined && c.met !== null);
  if (rows.length < 2) return "";
  const missed = rows.filter((c) => c.met === false).length;
  if (missed === 0) return "Every row meets the target you gave.";
  if (missed === rows.length) return "No row meets the target you gave.";
  return "Some rows meet the target you gave and some miss it.";
}

/** How far a missed check is from its target, relative to the target (to rank unlike units). */
const shortfall = (c: TargetCheckRow) => Math.abs(c.gap ?? 0) / Math.abs(c.target);

/**
 * fix18a: "which one are we furthest from", "what are we closest to hitting": the missed target
 * furthest from (or closest to) its target, relative to the target, as the answer's first line;
 * or that every target compared is met. Undefined when no stored target was compared.
 */
function rankedGapLine(
  checks: readonly TargetCheckRow[],
  metrics: readonly MetricColumn[],
  ctx: PresentContext,
): string | undefined {
  const compared = checks.filter(
    (c) =>
      !c.stated &&
      c.met !== null &&
      c.gap !== null &&
      c.target !== 0 &&
      metrics.some((m) => m.key === c.metric),
  );
  if (!compared.length) return undefined;
  const missed = compared.filter((c) => c.met === false);
  if (!missed.length) return "Every target compared here is met, so none is behind.";
  const closest = /\b(?:closest|nearest)\b/.test(ctx.question ?? "");
  const pick = missed.reduce((a, c) =>
    (closest ? shortfall(c) < shortfall(a) : shortfall(c) > shortfall(a)) ? c : a,
  );
  const column = metrics.find((m) => m.key === pick.metric)!;
  return `${closest ? "Closest to its target" : "Furthest from its target"} (of the ${missed.length === 1 ? "one" : missed.length} missed): ${sentence(pick, column, ctx)}`;
}

/** A question ranking the targets by gap, asked of the targets' headline metrics with no breakdown. */
function ranksTargets(
  columns: readonly (MetricColumn & { kind: string })[],
  question: string | undefined,
): boolean {
  if (!question || !TARGET_GAP_RANK.test(question.toLowerCase())) return false;
  if (columns.some((c) => c.kind === "dimension")) return false;
  return TARGET_METRICS.every((m) => columns.some((c) => c.kind === "metric" && c.key === m));
}

/** fix19b: which of the targets' metrics are behind, asked of the same metrics again (with or without a breakdown). */
function asksWhichBehind(
  columns: readonly (MetricColumn & { kind: string })[],
  question: string | undefined,
): boolean {
  const q = question?.toLowerCase() ?? "";
  if (!BEHIND_TARGET.test(q)) return false;
  return TARGET_METRICS.every((m) => columns.some((c) => c.kind === "metric" && c.key === m));
}

/**
 * The target lines of a metric answer ("" when nothing to say).
 * @example targetText(result.targets, result.columns, { currency: "USD", timeZone: "UTC", question: "are we hitting target CPA" })
 */
export function targetText(
  checks: readonly TargetCheckRow[] | undefined,
  columns: readonly (MetricColumn & { kind: string })[],
  ctx: PresentContext,
): string {
  const metrics = columns.filter((c) => c.kind === "metric");
  // A monthly series' rows are first days of months: named as months.
  const monthly = (checks ?? []).every((c) => c.filterDimension !== "date" || /-01$/.test(c.member ?? ""));
  const summary = statedSummary(checks ?? []);
  const lines = (checks ?? []).flatMap((c) => {
    const column = metrics.find((m) => m.key === c.metric);
    return column ? [sentence(c, column, ctx, monthly)] : [];
  });
  if (summary) lines.unshift(summary);
  const ranked = ranksTargets(columns, ctx.question);
  const gapLine = ranked && checks ? rankedGapLine(checks, metrics, ctx) : undefined;
  if (gapLine) lines.unshift(gapLine);
  // fix19b: "which ones are behind", "which channel missed by the most" after a targets answer: the
  // targets' metrics again (per member or not), asked which stand off their targets.
  const behind = asksWhichBehind(columns, ctx.question);
  // Absent checks mean the tool did not look targets up (compare_periods): nothing to say either way.
  if (checks && ctx.question && (ASKS_ABOUT_TARGET.test(ctx.question) || ranked || behind)) {
    // Only the metrics the question is about: MER shown beside ROAS has no target of its own to ask for.
    const asked = metrics.filter((m) => m.key !== "mer" || metrics.length === 1);
    const unset = asked.filter((m) => !checks.some((c) => c.metric === m.key));
    // leftE: "what targets have we set" with none set: one sentence, not one per headline metric.
    if (!checks.length && unset.length > 1) {
      // fix18a: asked which is furthest off, with none set: nothing to rank, said as such.
      const verdict = ranked
        ? "so none can be furthest from (or closest to) its target"
        : behind
          ? `so none can be behind (or ahead of) its target${columns.some((c) => c.kind === "dimension") ? ", for any row here" : ""}`
          : "so I can't say whether they are on target";
      lines.push(
        `No targets are set for ${joinList(
          unset.map((m) => m.label),
          "or",
        )}, ${verdict}. An analyst or admin can set one with POST /api/v1/targets, e.g. { "metric": "${unset[0]!.key}", "target": <value> }.`,
      );
      return lines.join("\n");
    }
    for (const m of asked) {
      if (checks.some((c) => c.metric === m.key)) continue;
      lines.push(
        `No target is set for ${m.label}, so I can't say whether it is on target. An analyst or admin can set one with POST /api/v1/targets, e.g. { "metric": "${m.key}", "target": <value> }.`,
      );
    }
  }
  return lines.join("\n");
}

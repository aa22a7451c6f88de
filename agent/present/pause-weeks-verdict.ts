/**
 * fix14e: the verdict on a past pause (agent/planner/pause-effect.ts): which weeks the paused
 * member's spend really stopped in, read from its weekly spend, said before the weeks themselves.
 * "Since we turned off paid search in september" when it was paused for one week only is a premise
 * the answer must correct first. When another member's figures are the second series ("how much
 * did organic pick up"), its figures in the stopped weeks are set against the weeks just before and after.
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { formatCurrency, formatDate, formatValue, inSentence, joinList } from "../answer/format.ts";
import { spec } from "./metric-spec.ts";
import type { ValueLabels } from "./value-labels.ts";

interface Result {
  name: string;
  args: Record<string, unknown>;
  result: { ok: boolean; data?: unknown };
}

/** A week counts as stopped below this share of the median week's spend. */
const STOPPED_SHARE = 0.25;

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The members a call is filtered to, as labelled. */
function membersOf(r: Result, labels: ValueLabels | undefined): string {
  const filters = (r.args.filters as { field?: string; values?: unknown[] }[] | undefined) ?? [];
  const names = filters.flatMap((f) =>
    (f.values ?? []).map((v) => (f.field && labels?.[f.field]?.[String(v)]) ?? String(v)),
  );
  return joinList(names);
}

/**
 * The effect member's figures in the stopped weeks against the week just before and the week just
 * after (figures as the rows hold them, so each can be checked against the table).
 */
function effectLine(
  r: Result | undefined,
  stopped: readonly string[],
  labels: ValueLabels | undefined,
  currency: string,
): string | undefined {
  if (r?.name !== "query_metrics" || !r.result.ok) return undefined;
  const filters = r.args.filters as unknown[] | undefined;
  if (!filters?.length) return undefined;
  const data = r.result.data as MetricResult;
  const dates = data.rows.map((row) => String(row.date));
  const first = dates.indexOf(stopped[0]!);
  const last = dates.indexOf(stopped.at(-1)!);
  if (first < 1 || last < first) return undefined;
  const before = data.rows[first - 1]!;
  const after = data.rows[last + 1];
  const during = data.rows.slice(first, last + 1);
  const metrics = data.columns.filter((c) => c.kind !== "dimension");
  const parts = metrics.flatMap((c) => {
    const unit = spec(c.key, c.label ?? c.key, c.unit ?? "count", c.format);
    const v = (row: Record<string, unknown> | undefined) =>
      typeof row?.[c.key] === "number" ? formatValue(row[c.key] as number, unit, currency) : undefined;
    const now = during.map(v).filter((x): x is string => !!x);
    const then = v(before);
    if (!now.length || !then) return [];
    const next = v(after);
    return [
      `${inSentence(c.label ?? c.key)} ${joinList(now)} against ${then} the week before${next ? ` and ${next} the week after` : ""}`,
    ];
  });
  if (!parts.length) return undefined;
  return `${membersOf(r, labels)} in ${stopped.length === 1 ? "that week" : "those weeks"}: ${parts.join("; ")}.`;
}

/**
 * The verdict lines, or undefined when the weekly spend cannot be read.
 * @example pauseWeeksVerdict(results, "USD", labels) // "Paid Search was not off for the whole period: ..."
 */
export function pauseWeeksVerdict(
  results: readonly Result[],
  currency: string,
  labels: ValueLabels | undefined,
): string | undefined {
  const spendCall = results[0];
  if (spendCall?.name !== "query_metrics" || !spendCall.result.ok) return undefined;
  const rows = (spendCall.result.data as MetricResult).rows.flatMap((row) =>
    typeof row.spend === "number" ? [{ date: String(row.date), spend: row.spend }] : [],
  );
  if (rows.length < 3) return undefined;
  const typical = median(rows.map((r) => r.spend));
  const who = membersOf(spendCall, labels);
  const money = (v: number) => formatCurrency(v, currency);
  const week = (d: string) => formatDate(d, "week");
  const stopped = rows.filter((r) => r.spend < typical * STOPPED_SHARE);
  const range = (xs: readonly { spend: number }[]) => {
    const v = xs.map((x) => x.spend);
    const [lo, hi] = [Math.min(...v), Math.max(...v)];
    return lo === hi ? money(lo) : `${money(lo)} to ${money(hi)}`;
  };
  if (!stopped.length) {
    const low = rows.reduce((a, b) => (b.spend < a.spend ? b : a));
    return `${who} spend did not stop in any of these weeks: it ran at ${range(rows)} a week, lowest in the ${week(low.date)}.`;
  }
  const ran = rows.filter((r) => !stopped.includes(r));
  const dates = stopped.map((r) => r.date);
  const lastStopped = rows.indexOf(stopped.at(-1)!) === rows.length - 1;
  const when = joinList(stopped.map((r) => `the ${week(r.date)} (${money(r.spend)})`));
  const head = lastStopped
    ? `${who} spend stopped from the ${week(dates[0]!)} on: ${when}, after ${range(ran)} a week before.`
    : `${who} was not switched off for good: its spend stopped only in ${when} and ran at ${range(ran)} a week in the other ${ran.length} weeks shown.`;
  const effect = effectLine(results[1], dates, labels, currency);
  return effect ? `${head} ${effect}` : head;
}

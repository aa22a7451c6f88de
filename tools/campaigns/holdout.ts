/**
 * A recorded holdout (a channel paused for a planned test week) read after the fact: the store's
 * total revenue and orders that week against same-length windows before and after it that no
 * other planned test touched, the paused channel's spend and attributed revenue in each, and the
 * careful verdict of core/compare/holdout.ts. The holdout's dates come from the planned changes,
 * so "did the display holdout show anything" needs no dates from the user.
 */
import { comparableWindows, compareHoldout, type HoldoutComparison } from "../../core/compare/holdout.ts";
import { runMetricQuery } from "../../db/analytics/deps.ts";
import type { PlannedChangeRow } from "../../db/repositories/planned-changes.ts";
import type { ToolDeps } from "../shared/deps.ts";
import type { HoldoutSides } from "./holdout-sides.ts";

/** One window's figures. */
export interface HoldoutWindow {
  from: string;
  to: string;
  kind: "holdout" | "before" | "after";
  /** Store totals, every channel. */
  revenue: number;
  orders: number;
  /** The paused channel's own spend and attributed revenue. */
  channelSpend: number;
  channelRevenue: number;
}

/** One recorded holdout and what the totals did. */
export interface HoldoutResult {
  id: number;
  channel: string;
  from: string;
  to: string;
  note: string;
  windows: HoldoutWindow[];
  revenue: HoldoutComparison | null;
  orders: HoldoutComparison | null;
  /** The paused channel's attributed revenue, mean over the comparable windows. */
  channelRevenueAverage: number | null;
  /** The paused channel's spend, mean over the comparable windows. */
  channelSpendAverage: number | null;
  /**
   * The comparisons in percent, one decimal, as the answer shows them: each total's change on the
   * comparable mean and those weeks' lowest and highest deviation from it; and the revenue lost
   * (comparable mean - holdout week) as a share of the channel's attributed revenue in those weeks.
   */
  percents: {
    revenueChange: number | null;
    revenueLowest: number | null;
    revenueHighest: number | null;
    ordersChange: number | null;
    ordersLowest: number | null;
    ordersHighest: number | null;
    lostOfCredited: number | null;
  };
  /** The attribution model of the channel's credited revenue. */
  attributionModel: string;
  /** Comparable windows left out because another planned test ran in them. */
  skipped: { from: string; to: string }[];
  /** leftD: the channel N days before the holdout against N days after it, when asked (sideDays). */
  sides?: HoldoutSides;
}

/** Comparable windows wanted on each side of a holdout (the nearest ones: the season moves totals). */
const WINDOWS_EACH_SIDE = 2;
const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
const round2 = (x: number) => Math.round(x * 100) / 100;
const pct = (r: number | null | undefined) =>
  r === null || r === undefined ? null : Math.round(r * 1000) / 10;

/**
 * A holdout is a temporary planned change that stops a channel's spend (-100%), or whose note
 * calls it one.
 */
export function isHoldout(c: PlannedChangeRow): boolean {
  if (c.to === null) return false;
  const percent = c.expectedChangePercent === null ? null : Number(c.expectedChangePercent);
  return percent === -100 || /\b(?:holdout|hold-out|paused?)\b/i.test(c.note);
}

/** The recorded holdouts of `channel` (every channel when undefined) overlapping `around`, by start date. */
export function pickHoldouts(
  changes: readonly PlannedChangeRow[],
  channel: string | undefined,
  around: { from: string; to: string } | undefined,
): PlannedChangeRow[] {
  return changes
    .filter(isHoldout)
    .filter((c) => channel === undefined || c.channel === channel)
    .filter((c) => !around || (c.from <= around.to && (c.to ?? c.from) >= around.from))
    .sort((a, b) => a.from.localeCompare(b.from));
}

/** One holdout read against its comparable windows (data from `dataStart` to `dataEnd`). */
export async function holdoutResult(
  deps: ToolDeps,
  holdout: PlannedChangeRow,
  changes: readonly PlannedChangeRow[],
  data: { start: string; end: string },
): Promise<HoldoutResult> {
  const to = holdout.to as string;
  const others = changes.filter((c) => c.id !== holdout.id && c.to !== null);
  const overlapsTest = (w: { from: string; to: string }) =>
    others.some((c) => c.from <= w.to && (c.to as string) >= w.from);
  const skipped: { from: string; to: string }[] = [];
  const blocked = (w: { from: string; to: string }) => {
    const hit = overlapsTest(w);
    if (hit) skipped.push(w);
    return hit;
  };
  const before = comparableWindows(holdout.from, to, -1, WINDOWS_EACH_SIDE, data.start, data.end, blocked);
  const after = comparableWindows(holdout.from, to, 1, WINDOWS_EACH_SIDE, data.start, data.end, blocked);
  const read = async (
    w: { from: string; to: string },
    kind: HoldoutWindow["kind"],
  ): Promise<HoldoutWindow> => {
    const total = await runMetricQuery(deps, {
      metrics: ["revenue", "orders"],
      dimensions: [],
      filters: [],
      timeRange: w,
    });
    const own = await runMetricQuery(deps, {
      metrics: ["spend", "revenue"],
      dimensions: [],
      filters: [{ field: "channel", op: "in", values: [holdout.channel] }],
      timeRange: w,
    });
    const t = total.rows[0] ?? {};
    const o = own.rows[0] ?? {};
    return {
      from: w.from,
      to: w.to,
      kind,
      revenue: round2(num(t.revenue)),
      orders: num(t.orders),
      channelSpend: round2(num(o.spend)),
      channelRevenue: round2(num(o.revenue)),
    };
  };
  const windows: HoldoutWindow[] = [];
  for (const w of before) windows.push(await read(w, "before"));
  const week = await read({ from: holdout.from, to }, "holdout");
  windows.push(week);
  for (const w of after) windows.push(await read(w, "after"));
  const comparable = windows.filter((w) => w.kind !== "holdout");
  const mean = (xs: number[]) => (xs.length ? round2(xs.reduce((s, x) => s + x, 0) / xs.length) : null);
  const revenue =
    compareHoldout(
      week.revenue,
      comparable.map((w) => ({ value: w.revenue })),
    ) ?? null;
  const orders =
    compareHoldout(
      week.orders,
      comparable.map((w) => ({ value: w.orders })),
    ) ?? null;
  const credited = mean(comparable.map((w) => w.channelRevenue));
  return {
    id: holdout.id,
    channel: holdout.channel,
    from: holdout.from,
    to,
    note: holdout.note,
    windows,
    revenue,
    orders,
    channelRevenueAverage: credited,
    channelSpendAverage: mean(comparable.map((w) => w.channelSpend)),
    percents: {
      revenueChange: pct(revenue?.changeRatio),
      revenueLowest: pct(revenue?.lowestRatio),
      revenueHighest: pct(revenue?.highestRatio),
      ordersChange: pct(orders?.changeRatio),
      ordersLowest: pct(orders?.lowestRatio),
      ordersHighest: pct(orders?.highestRatio),
      lostOfCredited: revenue && credited ? pct(-revenue.change / credited) : null,
    },
    attributionModel: deps.tenant.defaultAttributionModel,
    skipped,
  };
}

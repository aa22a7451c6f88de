/**
 * leftD: a holdout's two sides, as asked ("the paused channel in the two weeks after its holdout
 * ended vs the two weeks before it started"): the channel's own spend, attributed revenue, ROAS and
 * orders in N days before the holdout's first day and N days after its last, with the store's total
 * revenue beside them. Both sides have the same length (cut to the days the data has after the
 * holdout), and other planned tests inside either side are named, since they move the figures.
 */
import { runMetricQuery } from "../../db/analytics/deps.ts";
import type { PlannedChangeRow } from "../../db/repositories/planned-changes.ts";
import { addDays, daysBetween } from "../../semantic/query/dates.ts";
import type { ToolDeps } from "../shared/deps.ts";

/** One side's figures. */
export interface HoldoutSide {
  from: string;
  to: string;
  /** The channel's own spend, attributed revenue (the default model), ROAS and attributed orders. */
  spend: number;
  revenue: number;
  roas: number | null;
  orders: number;
  /** The store's revenue, every channel. */
  totalRevenue: number;
}

/** The sides around one holdout. */
export interface HoldoutSides {
  /** Days asked for on each side, and the days each side has (fewer when the data ends sooner). */
  daysAsked: number;
  days: number;
  before: HoldoutSide;
  after: HoldoutSide;
  /** Percent change after vs before, one decimal; null when the before side is zero. */
  change: { spend: number | null; revenue: number | null; roas: number | null; orders: number | null };
  /** Other planned tests or flights running inside either side. */
  overlaps: { side: "before" | "after"; channel: string; from: string; to: string; note: string }[];
}

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
const round2 = (x: number) => Math.round(x * 100) / 100;
const changePct = (after: number | null, before: number | null) =>
  after === null || before === null || before === 0
    ? null
    : Math.round(((after - before) / before) * 1000) / 10;

/**
 * The equal windows on each side of a holdout, `days` long at most, the after side cut at
 * `dataEnd` and the before side at `dataStart`; undefined when either side has no day.
 * @example sideWindows({ from: "2026-09-28", to: "2026-10-04" }, 14, "2025-11-01", "2026-10-31")
 * // { days: 14, before: { from: "2026-09-14", to: "2026-09-27" }, after: { from: "2026-10-05", to: "2026-10-18" } }
 */
export function sideWindows(
  holdout: { from: string; to: string },
  days: number,
  dataStart: string,
  dataEnd: string,
): { days: number; before: { from: string; to: string }; after: { from: string; to: string } } | undefined {
  const afterRoom = daysBetween(addDays(holdout.to, 1), dataEnd) + 1;
  const beforeRoom = dataStart ? daysBetween(dataStart, addDays(holdout.from, -1)) + 1 : days;
  const n = Math.min(days, afterRoom, beforeRoom);
  if (n < 1) return undefined;
  return {
    days: n,
    before: { from: addDays(holdout.from, -n), to: addDays(holdout.from, -1) },
    after: { from: addDays(holdout.to, 1), to: addDays(holdout.to, n) },
  };
}

/** Reads both sides of `holdout` (its channel's figures and the store's revenue). */
export async function holdoutSides(
  deps: ToolDeps,
  holdout: PlannedChangeRow,
  changes: readonly PlannedChangeRow[],
  daysAsked: number,
  data: { start: string; end: string },
): Promise<HoldoutSides | undefined> {
  const to = holdout.to as string;
  const w = sideWindows({ from: holdout.from, to }, daysAsked, data.start, data.end);
  if (!w) return undefined;
  const read = async (win: { from: string; to: string }): Promise<HoldoutSide> => {
    const own = await runMetricQuery(deps, {
      metrics: ["spend", "revenue", "roas", "orders"],
      dimensions: [],
      filters: [{ field: "channel", op: "in", values: [holdout.channel] }],
      timeRange: win,
    });
    const total = await runMetricQuery(deps, {
      metrics: ["revenue"],
      dimensions: [],
      filters: [],
      timeRange: win,
    });
    const o = own.rows[0] ?? {};
    const roas = o.roas === null || o.roas === undefined ? null : Math.round(Number(o.roas) * 100) / 100;
    return {
      ...win,
      spend: round2(num(o.spend)),
      revenue: round2(num(o.revenue)),
      roas,
      orders: num(o.orders),
      totalRevenue: round2(num(total.rows[0]?.revenue)),
    };
  };
  const before = await read(w.before);
  const after = await read(w.after);
  const overlaps = (["before", "after"] as const).flatMap((side) =>
    changes
      .filter((c) => c.id !== holdout.id && c.to !== null)
      .filter((c) => c.from <= w[side].to && (c.to as string) >= w[side].from)
      .map((c) => ({ side, channel: c.channel, from: c.from, to: c.to as string, note: c.note })),
  );
  return {
    daysAsked,
    days: w.days,
    before,
    after,
    change: {
      spend: changePct(after.spend, before.spend),
      revenue: changePct(after.revenue, before.revenue),
      roas: changePct(after.roas, before.roas),
      orders: changePct(after.orders, before.orders),
    },
    overlaps,
  };
}

/**
 * fix8b: a pause the user says happened where none is recorded ("since we paused affiliate in
 * august"): the channel's own spend in those days, day by day counted, and the planned changes
 * recorded for it then, so the answer can say whether the channel really went dark before it
 * reads the holdout that did happen. Figures come from the semantic layer.
 */
import { runMetricQuery } from "../../db/analytics/deps.ts";
import type { PlannedChangeRow } from "../../db/repositories/planned-changes.ts";
import { daysBetween } from "../../semantic/query/dates.ts";
import type { ToolDeps } from "../shared/deps.ts";

/** The channel in the days asked about, when no holdout of it is recorded there. */
export interface AskedWindow {
  from: string;
  to: string;
  /** The channel's spend over those days. */
  spend: number;
  /** Days asked about (cut at the data's end), and how many of them had spend above zero. */
  days: number;
  daysWithSpend: number;
  /** Planned changes of the channel overlapping those days (a flight, a lasting change). */
  changes: { from: string; to: string | null; percent: number | null; note: string }[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Whether a planned change overlaps the days (a lasting one from its start on). */
export function overlapping(
  changes: readonly PlannedChangeRow[],
  channel: string,
  days: { from: string; to: string },
): PlannedChangeRow[] {
  return changes
    .filter((c) => c.channel === channel && c.from <= days.to && (c.to === null || c.to >= days.from))
    .sort((a, b) => a.from.localeCompare(b.from));
}

/** The channel's spend over `days` (cut at the data's end) and the planned changes then. */
export async function askedWindow(
  deps: ToolDeps,
  channel: string,
  days: { from: string; to: string },
  dataEnd: string,
  changes: readonly PlannedChangeRow[],
): Promise<AskedWindow | undefined> {
  const to = days.to > dataEnd ? dataEnd : days.to;
  if (to < days.from) return undefined;
  const daily = await runMetricQuery(deps, {
    metrics: ["spend"],
    dimensions: ["date"],
    filters: [{ field: "channel", op: "in", values: [channel] }],
    timeRange: { from: days.from, to },
    grain: "day",
  });
  const spends = daily.rows.map((r) => Number(r.spend ?? 0));
  return {
    from: days.from,
    to,
    spend: round2(spends.reduce((s, x) => s + x, 0)),
    days: daysBetween(days.from, to) + 1,
    daysWithSpend: spends.filter((x) => x > 0.005).length,
    changes: overlapping(changes, channel, { from: days.from, to }).map((c) => ({
      from: c.from,
      to: c.to,
      percent: c.expectedChangePercent === null ? null : Number(c.expectedChangePercent),
      note: c.note,
    })),
  };
}

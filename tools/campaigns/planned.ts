/**
 * fix8b: the recorded planned changes themselves ("what tests did we run this year", "show our
 * budget flights and holdouts"): each one's channel, campaign, dates, expected change and note,
 * with its kind read from the record (a holdout pauses spend, a flight is temporary, a lasting
 * change has no end). Pure over the stored rows, so the answer lists what is recorded, nothing else.
 */
import type { PlannedChangeRow } from "../../db/repositories/planned-changes.ts";
import { isHoldout } from "./holdout.ts";

/** One recorded planned change as the answer lists it. */
export interface PlannedItem {
  id: number;
  kind: "holdout" | "flight" | "lasting";
  channel: string;
  campaign: string | null;
  from: string;
  /** Last day; null for a lasting change. */
  to: string | null;
  percent: number | null;
  note: string;
}

/** The kind of a recorded change: a pause, a temporary budget move, or a lasting one. */
export function kindOf(c: PlannedChangeRow): PlannedItem["kind"] {
  if (isHoldout(c)) return "holdout";
  return c.to === null ? "lasting" : "flight";
}

/**
 * The planned changes of `channel` (all when undefined) overlapping `within` (all when undefined),
 * by start date.
 * @example plannedItems(rows, undefined, { from: "2026-01-01", to: "2026-10-31" })[0].kind // "flight"
 */
export function plannedItems(
  changes: readonly PlannedChangeRow[],
  channel: string | undefined,
  within: { from: string; to: string } | undefined,
): PlannedItem[] {
  return changes
    .filter((c) => channel === undefined || c.channel === channel)
    .filter((c) => !within || (c.from <= within.to && (c.to === null || c.to >= within.from)))
    .sort((a, b) => a.from.localeCompare(b.from) || a.id - b.id)
    .map((c) => ({
      id: c.id,
      kind: kindOf(c),
      channel: c.channel,
      campaign: c.campaign,
      from: c.from,
      to: c.to,
      percent: c.expectedChangePercent === null ? null : Number(c.expectedChangePercent),
      note: c.note,
    }));
}

/**
 * fix16a: when no recorded change starts within the days asked (a month still to come, a quiet
 * stretch), the latest ones recorded before them, the nearest the answer can offer: up to `count`,
 * by start date, of `channel` (all when undefined). Empty when one does start within the days.
 * @example latestBefore(rows, "affiliate", { from: "2026-11-01", to: "2026-11-30" }).map((c) => c.from) // ["2026-06-29", "2026-08-31"]
 */
export function latestBefore(
  changes: readonly PlannedChangeRow[],
  channel: string | undefined,
  within: { from: string; to: string },
  count = 3,
): PlannedItem[] {
  const mine = plannedItems(changes, channel, undefined);
  if (mine.some((c) => c.from >= within.from && c.from <= within.to)) return [];
  return mine.filter((c) => c.from < within.from).slice(-count);
}

/**
 * A campaign (or channel) before and after a change to it: the recorded planned change (a budget
 * raised, cut, a pause) nearest the date the user gave, or that date when none is recorded, and
 * equal windows on each side of it (up to four weeks, cut at the data's last day). Every figure
 * comes from the semantic layer; the marginal return (extra revenue over extra spend) is a
 * quotient of those figures, set against break-even at the organization's gross margin.
 */
import { runMetricQuery } from "../../db/analytics/deps.ts";
import type { PlannedChangeRow } from "../../db/repositories/planned-changes.ts";
import { readGrossMargin } from "../../db/repositories/recommendations.ts";
import { addDays, daysBetween } from "../../semantic/query/dates.ts";
import type { ToolDeps } from "../shared/deps.ts";

/** The figures of one window. */
export interface ChangeWindow {
  from: string;
  to: string;
  spend: number;
  revenue: number;
  roas: number | null;
  orders: number;
  cpa: number | null;
}

/** What changed, and the two windows around it. */
export interface ChangeImpact {
  /** The recorded change used, or null when the date the user gave is used. */
  recorded: { id: number; from: string; to: string | null; percent: number | null; note: string } | null;
  changeDate: string;
  /** Days in each window. */
  days: number;
  before: ChangeWindow;
  after: ChangeWindow;
  /** after - before. */
  extraSpend: number;
  extraRevenue: number;
  /** extraRevenue / extraSpend, when spend moved. */
  marginalRoas: number | null;
  breakEvenRoas: number;
  grossMarginPercent: number;
  attributionModel: string;
}

const MAX_DAYS = 28;
const METRICS = ["spend", "revenue", "roas", "orders", "cpa"];
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * The recorded change of these campaigns (or this channel) starting first within `around`, else a
 * temporary one (a flight, a holdout) already running on its first day.
 */
export function pickChange(
  changes: readonly PlannedChangeRow[],
  scope: { campaigns?: number[] | undefined; channel?: string | undefined },
  around: { from: string; to: string },
): PlannedChangeRow | undefined {
  const mine = changes.filter((c) =>
    scope.campaigns?.length
      ? c.campaignId !== null && scope.campaigns.includes(c.campaignId)
      : scope.channel !== undefined && c.channel === scope.channel,
  );
  const first = (rows: PlannedChangeRow[]) => rows.sort((a, b) => a.from.localeCompare(b.from))[0];
  const inside = mine.filter((c) => c.from >= around.from && c.from <= around.to);
  // fix9c: "the affiliate bump in september" for a flight of Aug 31 - Sep 13: a temporary change
  // running in the asked days is the one meant, even when it started the day before them.
  const running = mine.filter((c) => c.to !== null && c.from < around.from && c.to >= around.from);
  return first(inside) ?? first(running);
}

/** Before and after `changeDate` for the scope, in equal windows ending at `dataEnd` at the latest. */
export async function changeImpact(
  deps: ToolDeps,
  scope: { campaigns?: number[] | undefined; channel?: string | undefined },
  changeDate: string,
  dataEnd: string,
  recorded: PlannedChangeRow | undefined,
): Promise<ChangeImpact | undefined> {
  // fix8b: a temporary change (a budget flight, a test) is read over its own days, so the weeks
  // after it ended, back at the old budget, do not dilute what the flight did.
  const flight =
    recorded?.to && recorded.from === changeDate ? daysBetween(recorded.from, recorded.to) + 1 : MAX_DAYS;
  const days = Math.min(MAX_DAYS, flight, daysBetween(changeDate, dataEnd) + 1);
  if (days < 1) return undefined;
  const filters = scope.campaigns?.length
    ? [{ field: "campaign", op: "in" as const, values: scope.campaigns }]
    : [{ field: "channel", op: "in" as const, values: [scope.channel as string] }];
  const window = async (from: string, to: string): Promise<ChangeWindow> => {
    const r = await runMetricQuery(deps, {
      metrics: METRICS,
      dimensions: [],
      filters,
      timeRange: { from, to },
    });
    const t = r.rows[0] ?? {};
    return {
      from,
      to,
      spend: num(t.spend) ?? 0,
      revenue: num(t.revenue) ?? 0,
      roas: num(t.roas),
      orders: num(t.orders) ?? 0,
      cpa: num(t.cpa),
    };
  };
  const before = await window(addDays(changeDate, -days), addDays(changeDate, -1));
  const after = await window(changeDate, addDays(changeDate, days - 1));
  const margin = await readGrossMargin(deps.db, deps.tenant.organizationId);
  const extraSpend = Math.round((after.spend - before.spend) * 100) / 100;
  const extraRevenue = Math.round((after.revenue - before.revenue) * 100) / 100;
  return {
    recorded: recorded
      ? {
          id: recorded.id,
          from: recorded.from,
          to: recorded.to,
          percent: recorded.expectedChangePercent === null ? null : Number(recorded.expectedChangePercent),
          note: recorded.note,
        }
      : null,
    changeDate,
    days,
    before,
    after,
    extraSpend,
    extraRevenue,
    marginalRoas: Math.abs(extraSpend) >= 0.01 ? extraRevenue / extraSpend : null,
    breakEvenRoas: Math.round((1 / margin) * 10_000) / 10_000,
    grossMarginPercent: Math.round(margin * 1000) / 10,
    attributionModel: deps.tenant.defaultAttributionModel,
  };
}

import { budgetPacing, type PacingResult, type RecordedBudgetChange } from "../../core/budget/pacing.ts";
import type { PacingProjection } from "../../core/budget/pacing-projection.ts";
import { platformLabel } from "../../db/catalog/dimension-values.ts";
import { listPlannedChanges } from "../../db/repositories/planned-changes.ts";
import { localDate } from "../../semantic/query/dates.ts";
import { resolveTimeRange } from "../../semantic/query/time-range.ts";
import type { ResolvedTimeRange } from "../../semantic/query/types.ts";
import { fail, ok, type ToolResult } from "../result.ts";
import type { ToolDeps } from "../shared/deps.ts";
import { runTool } from "../shared/run-tool.ts";
import { type AskedWindow, askedWindow } from "./asked-window.ts";
import { type ChangeImpact, changeImpact, pickChange } from "./change.ts";
import { campaignsInput } from "./definition.ts";
import { type HoldoutResult, holdoutResult, pickHoldouts } from "./holdout.ts";
import { holdoutSides } from "./holdout-sides.ts";
import { latestCompleteMonth, projectAhead } from "./pacing-ahead.ts";
import { latestBefore, type PlannedItem, plannedItems } from "./planned.ts";

/** One campaign as stored. */
export interface CampaignRow {
  id: number;
  name: string;
  channel: string;
  platform: string;
  objective: string;
  startDate: string;
  endDate: string | null;
  dailyBudget: number;
  /** Relative to today in the organization's time zone. */
  status: "live" | "ended" | "scheduled";
}

/** What the campaigns tool returns. */
export interface CampaignsData {
  analysis: "list" | "pacing" | "change" | "holdout" | "planned";
  /** The filters applied, as asked (keys). */
  filters: { channel?: string; platform?: string; objective?: string; campaigns?: number[]; status: string };
  /** Today, org-local: what "live" is relative to. */
  today: string;
  campaigns: CampaignRow[];
  /** How many campaigns the answer covers, and by status and objective (so counts in text are figures). */
  counts: {
    total: number;
    live: number;
    ended: number;
    scheduled: number;
    byObjective: Record<string, number>;
  };
  /** Pacing only: all campaigns together (budget null when one campaign's budget is unknown). */
  totals?: {
    spend: number;
    budget: number | null;
    pacing: number | null;
    campaignsOverOnSomeDay: number;
    campaignsOverForPeriod: number;
  };
  /** Pacing only. */
  period?: ResolvedTimeRange;
  /** Pacing only: the period asked, before it was cut at the last day with spend data. */
  askedPeriod?: ResolvedTimeRange;
  pacing?: PacingResult;
  /**
   * Pacing of a period wholly after the data: `period` is then the latest complete month, and this
   * projects its run rate over the period asked (`askedPeriod`) against that period's budget.
   */
  projection?: PacingProjection;
  /** Change only. */
  change?: ChangeImpact;
  /** Holdout only: each recorded holdout asked about, read against comparable weeks. */
  holdouts?: HoldoutResult[];
  /**
   * Holdout only, when the channel has no holdout within 'around': its spend and planned changes
   * in those days (so an answer can say it was not paused then), and its holdouts elsewhere are
   * the ones read.
   */
  askedWindow?: AskedWindow;
  /** Holdout only: every recorded holdout (channel and dates), so an answer can name the others. */
  recordedHoldouts?: { channel: string; from: string; to: string }[];
  /** Planned only: the recorded planned changes asked about, by start date. */
  planned?: PlannedItem[];
  /**
   * Planned only, when no recorded change starts within the days asked: the latest ones recorded
   * before them (up to 3), the nearest the answer offers.
   */
  latest?: PlannedItem[];
  /** Planned only: the days asked about, when given. */
  within?: { from: string; to: string };
  /** Last day with spend data. */
  dataEnd: string | null;
  labels: { channel: Record<string, string>; platform: Record<string, string> };
  provenance: Record<string, unknown>;
}

const CAMPAIGNS_SQL = `SELECT c.id::int AS id, c.name, c.channel, c.platform, c.objective,
  c.start_date::text AS "startDate", c.end_date::text AS "endDate", c.daily_budget::float8 AS "dailyBudget"
FROM campaigns c WHERE c.organization_id = $1 ORDER BY c.id`;
const SPEND_SQL = `SELECT a.campaign_id::int AS "campaignId", a.date::text AS date, sum(a.spend)::float8 AS spend
FROM ad_spend_daily a WHERE a.organization_id = $1 AND a.date BETWEEN $2 AND $3 GROUP BY a.campaign_id, a.date`;
const DATA_END_SQL = `SELECT max(a.date)::text AS through, min(a.date)::text AS since FROM ad_spend_daily a WHERE a.organization_id = $1`;
const LABELS_SQL = "SELECT ch.key AS value, ch.label FROM channels ch WHERE ch.organization_id = $1";

/** What pacing's budget means, stated in every pacing answer's provenance. */
export const PACING_DEFINITION =
  "Budget = each day's daily budget summed over the days the campaign was live in the period. A day's daily budget is the campaign's current daily budget, taken back through any lasting change recorded after that day (planned changes: budget before = budget after / (1 + change %)), times any temporary change recorded for that day (a budget flight, or 0 in a holdout week). Pacing = spend / budget; a day is over budget when its spend exceeds that day's budget.";

function statusOf(c: Omit<CampaignRow, "status">, today: string): CampaignRow["status"] {
  if (c.startDate > today) return "scheduled";
  return c.endDate !== null && c.endDate < today ? "ended" : "live";
}

/**
 * campaigns: the campaign table itself (list) or its spend against budget (pacing, computed in
 * core/budget/pacing.ts from the current daily budgets, the recorded planned changes and daily
 * spend). The model only picks the analysis, the filters and the period.
 */
export function createCampaigns(deps: ToolDeps) {
  return (args: unknown): Promise<ToolResult<CampaignsData>> =>
    runTool(campaignsInput, args, async (input) => {
      const { organizationId, timeZone } = deps.tenant;
      const today = localDate(deps.now, timeZone);
      const all = (await deps.db.query<Omit<CampaignRow, "status">>(CAMPAIGNS_SQL, [organizationId])).map(
        (c) => ({ ...c, dailyBudget: Number(c.dailyBudget), status: statusOf(c, today) }),
      );
      const wanted = all.filter(
        (c) =>
          (!input.channel || c.channel === input.channel) &&
          (!input.platform || c.platform === input.platform) &&
          (!input.objective || c.objective === input.objective) &&
          (!input.campaigns || input.campaigns.includes(c.id)) &&
          (input.status === "all" || c.status === input.status),
      );
      const channelRows = await deps.db.query<{ value: string; label: string }>(LABELS_SQL, [organizationId]);
      const labels = {
        channel: Object.fromEntries(channelRows.map((r) => [r.value, r.label])),
        platform: Object.fromEntries(
          [...new Set(all.map((c) => c.platform))].map((k) => [k, platformLabel(k)]),
        ),
      };
      const [end] = await deps.db.query<{ through: string | null; since: string | null }>(DATA_END_SQL, [
        organizationId,
      ]);
      const dataEnd = end?.through ?? null;
      const filters = {
        ...(input.channel ? { channel: input.channel } : {}),
        ...(input.platform ? { platform: input.platform } : {}),
        ...(input.objective ? { objective: input.objective } : {}),
        ...(input.campaigns ? { campaigns: input.campaigns } : {}),
        status: input.status,
      };
      const base = { filters, today, dataEnd, labels };
      const countsOf = (rows: readonly CampaignRow[]) => {
        const byObjective: Record<string, number> = {};
        for (const c of rows) byObjective[c.objective] = (byObjective[c.objective] ?? 0) + 1;
        const n = (s: CampaignRow["status"]) => rows.filter((c) => c.status === s).length;
        return {
          total: rows.length,
          live: n("live"),
          ended: n("ended"),
          scheduled: n("scheduled"),
          byObjective,
        };
      };
      if (input.analysis === "list")
        return ok({
          analysis: "list",
          ...base,
          campaigns: wanted,
          counts: countsOf(wanted),
          provenance: { tool: "campaigns", source: "campaigns table", sql: [CAMPAIGNS_SQL] },
        });

      if (input.analysis === "planned") {
        const within = input.period ? resolveTimeRange(input.period, deps.now, timeZone) : undefined;
        const days = within ? { from: within.from, to: within.to } : undefined;
        const recorded = await listPlannedChanges(deps.db, organizationId);
        const planned = plannedItems(recorded, input.channel, days);
        const latest = days ? latestBefore(recorded, input.channel, days) : [];
        return ok({
          analysis: "planned",
          ...base,
          campaigns: wanted,
          counts: countsOf(wanted),
          planned,
          ...(latest.length ? { latest } : {}),
          ...(days ? { within: days } : {}),
          provenance: {
            tool: "campaigns",
            source: "planned changes",
            ...(within ? { timeRange: within } : {}),
            sql: ["planned_changes (listPlannedChanges)"],
          },
        });
      }
      if (input.analysis === "holdout") {
        const changes = await listPlannedChanges(deps.db, organizationId);
        const around = input.around ? resolveTimeRange(input.around, deps.now, timeZone) : undefined;
        const inside = pickHoldouts(changes, input.channel, around);
        // fix8b: none of the channel's holdouts in the days asked about: say what the channel did
        // then, and read the holdouts it did have.
        const elsewhere = input.channel && around && !inside.length && dataEnd;
        const asked = elsewhere ? pickHoldouts(changes, input.channel, undefined) : inside;
        const window =
          elsewhere && input.channel && around && dataEnd
            ? await askedWindow(deps, input.channel, around, dataEnd, changes)
            : undefined;
        const data = { start: end?.since ?? "", end: dataEnd ?? "" };
        const holdouts: HoldoutResult[] = [];
        for (const h of asked)
          if (dataEnd && h.from <= dataEnd) {
            const read = await holdoutResult(deps, h, changes, data);
            const sides = input.sideDays
              ? await holdoutSides(deps, h, changes, input.sideDays, data)
              : undefined;
            holdouts.push(sides ? { ...read, sides } : read);
          }
        const spanned = holdouts
          .flatMap((h) => [
            h.windows[0]!.from,
            h.windows.at(-1)!.to,
            ...(h.sides ? [h.sides.before.from, h.sides.after.to] : []),
          ])
          .sort();
        return ok({
          analysis: "holdout",
          ...base,
          campaigns: wanted,
          counts: countsOf(wanted),
          holdouts,
          ...(window ? { askedWindow: window } : {}),
          recordedHoldouts: pickHoldouts(changes, undefined, undefined).map((h) => ({
            channel: h.channel,
            from: h.from,
            to: h.to as string,
          })),
          provenance: {
            tool: "campaigns",
            ...(spanned.length ? { timeRange: { from: spanned[0], to: spanned.at(-1), timeZone } } : {}),
            dataFreshness: { spendThrough: dataEnd },
            sql: ["planned_changes (listPlannedChanges)", "query_metrics x2 per window"],
          },
        });
      }
      if (input.analysis === "change") {
        if (!input.around) return fail("bad_input", "around: a change needs when it happened");
        if (!input.campaigns?.length && !input.channel && !input.platform)
          return fail(
            "bad_input",
            "campaigns: a change needs the campaigns (or a channel or platform) it was made to",
          );
        const around = resolveTimeRange(input.around, deps.now, timeZone);
        // Campaigns and a channel together: the named campaigns of that channel ("display prospecting");
        // fix18f: a platform alone ("we doubled tiktok"): the platform's campaigns.
        const ofPlatform = !input.campaigns?.length && !input.channel && input.platform;
        const narrowed =
          (input.campaigns?.length && input.channel) || ofPlatform
            ? wanted.map((c) => c.id)
            : input.campaigns;
        if (narrowed && !narrowed.length)
          return fail("empty_result", "campaigns: none of the named campaigns runs on that channel");
        const scope = { campaigns: narrowed, channel: input.channel };
        const recorded = pickChange(await listPlannedChanges(deps.db, organizationId), scope, around);
        const date = recorded?.from ?? around.from;
        const change = dataEnd ? await changeImpact(deps, scope, date, dataEnd, recorded) : undefined;
        if (!change)
          return fail(
            "empty_result",
            `no spend data after ${date}: data runs through ${dataEnd ?? "no date"}`,
          );
        return ok({
          analysis: "change",
          ...base,
          campaigns: wanted,
          counts: countsOf(wanted),
          change,
          provenance: {
            tool: "campaigns",
            timeRange: { from: change.before.from, to: change.after.to, timeZone },
            attributionModel: change.attributionModel,
            dataFreshness: { spendThrough: dataEnd },
            sql: [CAMPAIGNS_SQL, "planned_changes (listPlannedChanges)", "query_metrics x2"],
          },
        });
      }
      if (!input.period)
        return fail("bad_input", "period: pacing needs the days to compare spend with budget");
      const askedPeriod = resolveTimeRange(input.period, deps.now, timeZone);
      const to = dataEnd && askedPeriod.to > dataEnd ? dataEnd : askedPeriod.to;
      // leftB: a period that has not started is projected from the latest complete month (pacing-ahead.ts).
      const ahead = to < askedPeriod.from && dataEnd ? latestCompleteMonth(dataEnd) : undefined;
      if (to < askedPeriod.from && !ahead)
        return fail(
          "empty_result",
          `no spend data in ${askedPeriod.from}..${askedPeriod.to}: data runs through ${dataEnd ?? "no date"}`,
        );
      const period = ahead ? { ...askedPeriod, ...ahead } : { ...askedPeriod, to };
      const changes: RecordedBudgetChange[] = (await listPlannedChanges(deps.db, organizationId)).map(
        (c) => ({
          id: c.id,
          channel: c.channel,
          campaignId: c.campaignId,
          from: c.from,
          to: c.to,
          percent: c.expectedChangePercent === null ? null : Number(c.expectedChangePercent),
          note: c.note,
        }),
      );
      const ids = new Set(wanted.map((c) => c.id));
      const spend = (
        await deps.db.query<{ campaignId: number; date: string; spend: number }>(SPEND_SQL, [
          organizationId,
          period.from,
          period.to,
        ])
      )
        .filter((s) => ids.has(s.campaignId))
        .map((s) => ({ ...s, spend: Number(s.spend) }));
      const pacing = budgetPacing({ from: period.from, to: period.to, campaigns: wanted, changes, spend });
      const projection = ahead ? projectAhead(askedPeriod, pacing, wanted, changes) : undefined;
      const covered = wanted.filter((c) => pacing.campaigns.some((p) => p.id === c.id));
      const round2 = (x: number) => Math.round(x * 100) / 100;
      const totalSpend = round2(pacing.campaigns.reduce((s, c) => s + c.spend, 0));
      const totalBudget = pacing.campaigns.some((c) => c.budget === null)
        ? null
        : round2(pacing.campaigns.reduce((s, c) => s + (c.budget ?? 0), 0));
      return ok({
        analysis: "pacing",
        ...base,
        campaigns: covered,
        counts: countsOf(covered),
        totals: {
          spend: totalSpend,
          budget: totalBudget,
          pacing: totalBudget ? totalSpend / totalBudget : null,
          campaignsOverOnSomeDay: pacing.campaigns.filter((c) => c.daysOverBudget > 0).length,
          campaignsOverForPeriod: pacing.campaigns.filter(
            (c) => c.pacing !== null && c.spend > (c.budget ?? 0) + 0.005,
          ).length,
        },
        period,
        ...(period.to !== askedPeriod.to ? { askedPeriod } : {}),
        pacing,
        ...(projection ? { projection } : {}),
        provenance: {
          tool: "campaigns",
          definitions: { budget: PACING_DEFINITION },
          timeRange: period,
          dataFreshness: { spendThrough: dataEnd },
          sql: [CAMPAIGNS_SQL, SPEND_SQL, "planned_changes (listPlannedChanges)"],
        },
      });
    });
}

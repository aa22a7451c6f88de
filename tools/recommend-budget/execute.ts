import { fitResponseCurve } from "../../core/budget/fit.ts";
import { type MarginalAtCurrent, marginalAtCurrent } from "../../core/budget/marginal-at-current.ts";
import { optimizeBudget } from "../../core/budget/optimize.ts";
import type { ChannelHistory } from "../../core/budget/prepare.ts";
import type { BudgetReport } from "../../core/budget/report.ts";
import type { BudgetOptimizeRequestInput } from "../../core/budget/schemas.ts";
import { type WhatIfReturn, whatIfReturn } from "../../core/budget/what-if-return.ts";
import { DEFAULT_GROSS_MARGIN } from "../../core/recommend/profit.ts";
import {
  type BudgetLevel,
  readChannelHistory,
  recentHistoryRange,
  withSpend,
} from "../../db/analytics/channel-history.ts";
import { readIncrementalityInputs } from "../../db/analytics/incrementality-inputs.ts";
import { readGrossMargin } from "../../db/repositories/recommendations.ts";
import { daysBetween } from "../../semantic/query/dates.ts";
import { resolveTimeRange } from "../../semantic/query/time-range.ts";
import { fail, ok, type ToolResult } from "../result.ts";
import type { ToolDeps } from "../shared/deps.ts";
import { runTool } from "../shared/run-tool.ts";
import { type BudgetChange, MAX_CHANGE_PERCENT, recommendBudgetInput } from "./definition.ts";
import { moveSides, type ResolvedMove, resolveMove } from "./move.ts";

/** Days of history the response curves are fitted to. */
export const HISTORY_DAYS = 180;

/** A what-if change resolved to spend over the planning period. */
export interface ResolvedChange {
  member: string;
  currentSpend: number;
  newSpend: number;
}

/** What recommend_budget returns: the optimizer's report plus the inputs it was built from. */
export interface RecommendBudgetData {
  mode: "optimize" | "what_if";
  level: BudgetLevel;
  objective: "profit" | "revenue" | "orders";
  /** The organization's gross margin used for profit figures; null for the orders objective. */
  grossMargin: number | null;
  /** True when the margin equals the default (50%), i.e. the organization has likely not set its own. */
  grossMarginIsDefault: boolean;
  /** True when the margin is the one the question stated ("assume 45% margin"), not the stored one. */
  grossMarginAssumed: boolean;
  /** The margin in percent, as answers state it (e.g. 50). */
  grossMarginPercent: number | null;
  /** What-if mode: what the changed dollars return. */
  whatIf: WhatIfReturn | null;
  /**
   * Each changed member's next-dollar return at its current spend (fix8c); in optimize mode every
   * fitted member's (its step is then the recommended spend, not a what-if's).
   */
  atCurrent: MarginalAtCurrent[];
  period: { from: string; to: string; timeZone: string; days: number };
  totalBudget: number;
  changes: ResolvedChange[];
  report: BudgetReport;
  /** How far, in percent, any member could move from its current spend (optimize mode); null for what-ifs. */
  maxChangePercent: number | null;
  /** A move between two members (fix6d: tools/recommend-budget/move.ts), else null. */
  move: ResolvedMove | null;
  /** Campaign names by id (campaign level only). */
  labels: Record<string, string>;
  provenance: Record<string, unknown>;
}

/** Default per-member bound around current spend as a fraction (the optimizer's default, +/-30%). */
const DEFAULT_BOUND = 0.3;

const cents = (x: number) => Math.round(x * 100) / 100 + 0;

/** Spend in the last `days` days (scaled from the mean when the history is shorter), as the core counts it. */
function currentSpend(h: ChannelHistory, days: number): number {
  const tail = h.days.slice(-days);
  const sum = tail.reduce((a, d) => a + d.spend, 0);
  return tail.length === days ? sum : (sum / tail.length) * days;
}

function resolveChanges(
  changes: readonly BudgetChange[],
  history: readonly ChannelHistory[],
  days: number,
  currency: string,
): { changes: ResolvedChange[]; move: ResolvedMove | null } | ToolResult<never> {
  const money = (x: number) =>
    new Intl.NumberFormat("en-US", { style: "currency", currency }).format(cents(x));
  const out: ResolvedChange[] = [];
  const sides = moveSides(changes);
  const lonely = changes.findIndex((c) => c.receives);
  if (!sides && lonely >= 0)
    return fail(
      "bad_input",
      `changes.${lonely}.receives: a receiving change needs one change that gives money up`,
    );
  let move: ResolvedMove | null = null;
  for (const [i, c] of changes.entries()) {
    const key = String(c.value);
    const h = history.find((x) => x.channel === key);
    if (!h) {
      return fail(
        "unknown_value",
        `changes.${i}.value: '${key}' had no ${c.dimension} spend in the last ${HISTORY_DAYS} days`,
        history.map((x) => x.channel),
      );
    }
    const fit = fitResponseCurve(key, h.days);
    if (fit.status === "refused") {
      return fail("insufficient_data", `changes.${i}.value: no response curve for '${key}': ${fit.reason}`);
    }
    const current = currentSpend(h, days);
    let next =
      c.changePercent !== undefined ? current * (1 + c.changePercent / 100) : current + (c.changeAmount ?? 0);
    if (sides) {
      // A move: the source gives up what was asked (all it spends at most), the other gets that.
      const source = changes[sides.from]!;
      const sourceKey = String(source.value);
      const sourceHistory = history.find((x) => x.channel === sourceKey);
      const sourceSpend = sourceHistory ? currentSpend(sourceHistory, days) : 0;
      const m = resolveMove(source, sourceSpend);
      next = i === sides.from ? sourceSpend - m.given : current + m.given;
      move = {
        from: sourceKey,
        to: String(changes[sides.to]!.value),
        amount: cents(m.given),
        percentOfSource: m.percentOfSource,
        askedAmount: m.askedAmount,
      };
    }
    if (next < 0) {
      return fail(
        "bad_input",
        `changes.${i}.${c.changePercent !== undefined ? "changePercent" : "changeAmount"}: that would take ${key} below zero: it spent ${money(current)} over the last ${days} days, so it can give up at most that much`,
      );
    }
    out.push({ member: key, currentSpend: cents(current), newSpend: cents(next) });
  }
  return { changes: out, move };
}

/**
 * recommend_budget: fit response curves to the last 180 days per channel, platform or campaign
 * (incremental revenue or orders per channel when the data allow, see core/budget/incremental-curves.ts;
 * otherwise attributed revenue or orders per member), then either optimize the split of `totalBudget` over
 * the planning period (locked channels kept) or, with `changes`, predict the effect of moving only
 * the named members while every other one keeps its current spend.
 */
export function createRecommendBudget(deps: ToolDeps) {
  return (args: unknown): Promise<ToolResult<RecommendBudgetData>> =>
    runTool(recommendBudgetInput, args, async (input) => {
      const dims = [...new Set(input.changes.map((c) => c.dimension))];
      if (dims.length > 1) return fail("bad_input", "changes: name one dimension in all changes");
      const level: BudgetLevel = dims[0] ?? input.level;
      const period = resolveTimeRange(input.period, deps.now, deps.tenant.timeZone);
      const days = daysBetween(period.from, period.to) + 1;
      if (days > 366) return fail("bad_input", "period: a planning period is at most 366 days");
      const range = await recentHistoryRange(deps, HISTORY_DAYS);
      const outcome = input.objective === "orders" ? "orders" : "revenue";
      const read = await readChannelHistory(deps, { ...range, level, outcome });
      // Profit needs a margin; a margin on orders means nothing, so orders get none.
      const grossMargin =
        outcome === "revenue"
          ? (input.grossMargin ?? (await readGrossMargin(deps.db, deps.tenant.organizationId)))
          : null;
      const grossMarginAssumed = grossMargin !== null && input.grossMargin !== undefined;
      const marginOptions = grossMargin === null ? {} : { grossMargin };
      const history = withSpend(read.history);
      if (history.length === 0) {
        return fail("insufficient_data", `no ${level} had spend from ${range.from} to ${range.to}`);
      }
      const notes: string[] = [];
      let request: BudgetOptimizeRequestInput;
      let changes: ResolvedChange[] = [];
      let maxChangePercent: number | null = null;
      let move: ResolvedMove | null = null;
      if (input.changes.length > 0) {
        const resolved = resolveChanges(input.changes, history, days, deps.tenant.currency);
        if (!("changes" in resolved)) return resolved;
        changes = resolved.changes;
        move = resolved.move;
        const changed = new Map(changes.map((c) => [c.member, c.newSpend]));
        const totalBudget = history.reduce(
          (a, h) => a + (changed.get(h.channel) ?? currentSpend(h, days)),
          0,
        );
        if (
          input.totalBudget !== undefined ||
          input.totalBudgetChangePercent !== undefined ||
          input.extraBudget !== undefined
        )
          notes.push("totalBudget is ignored for what-if changes.");
        notes.push("What-if: only the changed members move; every other one keeps its current spend.");
        request = {
          totalBudget,
          periodDays: days,
          ...marginOptions,
          constraints: {
            bounds: Object.fromEntries(changes.map((c) => [c.member, { min: c.newSpend, max: c.newSpend }])),
            locked: history.map((h) => h.channel).filter((k) => !changed.has(k)),
          },
        };
      } else {
        const current = history.reduce((a, h) => a + currentSpend(h, days), 0);
        const totalBudget =
          input.totalBudget ??
          (input.totalBudgetChangePercent !== undefined
            ? current * (1 + input.totalBudgetChangePercent / 100)
            : input.extraBudget !== undefined
              ? current + input.extraBudget
              : current);
        if (totalBudget <= 0)
          return fail(
            "bad_input",
            `${input.totalBudgetChangePercent !== undefined ? "totalBudgetChangePercent" : "extraBudget"}: that would take the budget to zero or below`,
          );
        if (input.totalBudgetChangePercent !== undefined)
          notes.push(
            `totalBudget is the current spend over ${days} days changed by ${input.totalBudgetChangePercent}%.`,
          );
        else if (input.extraBudget !== undefined)
          notes.push(`totalBudget is the current spend over ${days} days plus the extra budget.`);
        else if (input.totalBudget === undefined)
          notes.push(`totalBudget is the current spend over ${days} days.`);
        // A bound the user set is kept as given: if it cannot reach the budget, the optimizer says so.
        // The default bounds (+/-30% of current spend) cannot reach a budget far from current
        // spend; widen them just enough, so "split $50k" gets a split rather than an error.
        const asked = input.maxChangePercent === undefined ? undefined : input.maxChangePercent / 100;
        const move = current > 0 ? Math.abs(totalBudget / current - 1) : 0;
        const bound =
          asked ??
          Math.min(
            MAX_CHANGE_PERCENT / 100,
            move > DEFAULT_BOUND ? Math.ceil((move + DEFAULT_BOUND) * 100) / 100 : DEFAULT_BOUND,
          );
        if (asked !== undefined) {
          notes.push(
            `Each channel may move up to ${input.maxChangePercent}% from its current spend, as asked.`,
          );
        } else if (bound > DEFAULT_BOUND) {
          notes.push(
            `Bounds widened to +/-${Math.round(bound * 100)}% of current spend to reach the requested budget.`,
          );
        }
        maxChangePercent = Math.round(bound * 10_000) / 100;
        request = {
          totalBudget,
          periodDays: days,
          scenario: input.objective === "profit" ? "max_profit" : "max_revenue",
          ...marginOptions,
          constraints: { locked: input.lockedChannels, defaultBoundPct: bound },
        };
        if (input.objective === "profit")
          notes.push(
            "Objective: gross profit (gross margin x incremental revenue - spend); dollars whose marginal return is below break-even are left unspent.",
          );
      }
      // The incremental model needs sessions and credit per member, which exist per channel only.
      const incrementality =
        level === "channel" ? (await readIncrementalityInputs(deps, { ...range, outcome })).input : undefined;
      if (!incrementality)
        notes.push(`Curves at ${level} level fit attributed outcome (the incremental model is per channel).`);
      const report = optimizeBudget(request, history, { incrementality });
      if (input.objective === "orders") {
        notes.push(
          report.responseModel.method === "incremental"
            ? "Revenue fields of the report are orders the spend causes, scaled as responseModel.incremental.calibration says (objective: orders)."
            : "Revenue fields of the report are attributed conversions (objective: orders).",
        );
      }
      const grossMarginIsDefault =
        !grossMarginAssumed && grossMargin !== null && Math.abs(grossMargin - DEFAULT_GROSS_MARGIN) < 1e-12;
      if (grossMargin !== null)
        notes.push(
          `Gross margin ${Math.round(grossMargin * 1000) / 10}% (${grossMarginAssumed ? "as stated in the question, for this answer only; the organization's setting is unchanged" : grossMarginIsDefault ? "the default until the organization sets its own" : "the organization's setting"}, PATCH /api/v1/organization): a dollar of spend breaks even when it brings ${(1 / grossMargin).toFixed(2)} dollars of revenue.`,
        );
      return ok({
        mode: changes.length > 0 ? "what_if" : "optimize",
        level,
        objective: input.objective,
        grossMargin,
        grossMarginIsDefault,
        grossMarginAssumed,
        grossMarginPercent: grossMargin === null ? null : Math.round(grossMargin * 1000) / 10,
        whatIf:
          changes.length > 0
            ? whatIfReturn(
                report,
                changes.map((c) => c.member),
              )
            : null,
        // leftB: with no member named, every fitted member's next dollar ("marginal roas at current levels").
        atCurrent: marginalAtCurrent(
          report,
          changes.length ? changes.map((c) => c.member) : report.channels.map((c) => c.channel),
          grossMargin,
        ),
        period: { from: period.from, to: period.to, timeZone: period.timeZone, days },
        totalBudget: cents(Number(request.totalBudget)),
        changes,
        report,
        maxChangePercent,
        move,
        labels: read.labels,
        provenance: {
          definitions: read.provenance.definitions,
          history: read.range,
          historyDays: HISTORY_DAYS,
          outcomeMetric: read.outcomeMetric,
          attributionModel: read.attributionModel,
          attribution: read.provenance.attribution,
          dataFreshness: read.provenance.dataFreshness,
          model:
            report.responseModel.method === "incremental"
              ? "incremental response curves per channel (adstock + saturation, exposure-corrected attribution credit, demand control)"
              : "response curves of attributed outcome fitted per member (adstock + saturation), chosen by holdout error",
          assumptions: [...notes, ...report.notes],
        },
      });
    });
}

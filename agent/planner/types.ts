/**
 * The local planner's public types: its context, the plan it returns, and the semantic frame it
 * builds in between (the frame is what follow-up questions are merged into).
 */

import type { ModelName } from "../../core/attribution/types.ts";
import type { Catalog } from "../../semantic/catalog/types.ts";
import type { Grain } from "../../semantic/query/types.ts";
import type { ToolName } from "../../tools/index.ts";
import type { JOURNEY_ANALYSES } from "../../tools/journeys/definition.ts";
import type { AdviceIntent } from "./advice-intent.ts";
import type { AutomationDraft, AutomationRequester } from "./automation-intent.ts";
import type { CampaignsAsk } from "./campaigns-intent.ts";
import type { KnownAutomation } from "./manage-automation-intent.ts";

/** Dimensions whose values the planner can recognise by name. */
export type ValueDimension =
  | "channel"
  | "platform"
  | "campaign"
  | "objective"
  | "email_campaign"
  | "source_medium";

/** One value of a dimension as the database knows it, with the words marketers use for it. */
export interface DimensionValue {
  dimension: ValueDimension;
  /** Key or id as filters need it, e.g. "paid_social" or "1042". */
  value: string;
  /** Display name, e.g. "BF24 - Sitewide - Prospecting". */
  label: string;
  /** Other names, e.g. ["facebook", "instagram"] for meta_ads. */
  aliases: string[];
  /**
   * Campaigns only: the first and last day it had ad spend (org-local ISO dates), when the caller
   * read them; a promotion's window ("the BF25 window") runs over its campaigns' flights.
   */
  flight?: { from: string; to: string } | undefined;
}

/** Everything the planner knows besides the question. The organization is never part of it. */
export interface PlannerContext {
  /** The current instant; all relative dates resolve from it. */
  now: Date;
  /** The organization's IANA time zone, e.g. "America/New_York". */
  timeZone: string;
  /** The organization's validated catalog (standard plus custom metrics). */
  catalog: Catalog;
  /** Names of channels, platforms, campaigns and other values, from the database. */
  dimensionValues: readonly DimensionValue[];
  /** The previous turn's plan in this thread, for follow-ups ("and last quarter?"). */
  previous?: Plan | undefined;
  /**
   * The user's own organization's display name (from authentication, optional). Only used so a
   * question naming it ("Acme's revenue") is not mistaken for one about another organization.
   */
  organizationName?: string | undefined;
  /**
   * The last date the organization has data for (org-local ISO date), when the caller knows it;
   * "the last 30 days of the data" ends there. Without it such phrases end at the last complete month.
   */
  dataEnd?: string | undefined;
  /**
   * The first date the organization has data for (org-local ISO date), when the caller knows it:
   * "all time" and "since we started" run from there to `dataEnd`.
   */
  dataStart?: string | undefined;
  /**
   * Days the organization's tracking was lost (sessions and orders down while spend held), found in
   * its data: "the outage", "when tracking broke" read as them (incident-days.ts).
   */
  trackingLossDays?: readonly string[] | undefined;
  /** The option id the user picked from the previous clarification, used verbatim. */
  clarificationId?: string | undefined;
  /** The previous turn's question in this thread ("send me this every Monday" saves it). */
  previousQuestion?: string | undefined;
  /** Who asks (role, surface, Slack channel, e-mail), for schedules and alerts they ask to create. */
  requester?: AutomationRequester | undefined;
  /** The organization's schedules and alert rules, read only for "delete schedule 3"-like questions. */
  automations?: readonly KnownAutomation[] | undefined;
}

/** What the user wants done. */
export type Intent =
  | "query"
  | "trend"
  | "rank"
  | "compare"
  | "explain"
  | "attribution"
  | "budget"
  | "anomalies"
  | "journeys"
  | "brief"
  | "recommend"
  | "funnel"
  | "cohorts"
  | "profitability"
  | "define"
  | "search"
  | "list_values"
  | "automation"
  | "campaigns";

/** What a journeys question asks for (the journeys tool's analyses). */
export type JourneyAnalysis = (typeof JOURNEY_ANALYSES)[number];

/** An inclusive org-local date range with how the user said it. */
export interface Period {
  from: string;
  to: string;
  /** Calendar unit when the range is exactly one week, month, quarter or year. */
  unit?: "day" | "week" | "month" | "quarter" | "year" | undefined;
  /** The words it came from, e.g. "last month"; "default" when the user named no period. */
  label: string;
}

/** How the baseline of a comparison was asked for. */
export type CompareMode = "previous_period" | "previous_year" | "explicit";

/** A dimension filter in MetricQuery form. */
export interface FrameFilter {
  field: string;
  op: "in" | "not_in";
  values: Array<string | number>;
}

/** A threshold on a metric's rows ("only campaigns that spent at least $1k"), applied after aggregation. */
export interface MetricFloor {
  field: string;
  op: "gt" | "gte" | "lt" | "lte";
  value: number;
}

/** A what-if change to the budget. */
export interface FrameBudgetChange {
  dimension: "channel" | "platform" | "campaign";
  value: string | number;
  changePercent?: number;
  changeAmount?: number;
  /** fix6d: the receiving side of a move with no amount ("move money from display to social"). */
  receives?: true;
}

/** The parsed meaning of a question: the state follow-ups merge into and calls are assembled from. */
export interface Frame {
  intent: Intent;
  metrics: string[];
  dimensions: string[];
  filters: FrameFilter[];
  /** Targets the question stated ("our target CPA is $45"; agent/planner/stated-target.ts). */
  statedTargets?: Array<{ metric: string; target: number }> | undefined;
  /** Ratios of two metrics asked by name, computed by the tool (agent/planner/asked-ratio.ts). */
  ratios?: Array<{ numerator: string; denominator: string; per?: 100 | 1000 }> | undefined;
  /** Thresholds on the rows' metrics the question stated (agent/planner/metric-floor.ts). */
  floors?: MetricFloor[] | undefined;
  period: Period;
  compare?: { mode: CompareMode; period: Period } | undefined;
  grain?: Grain | undefined;
  order?: { field: string; direction: "asc" | "desc" } | undefined;
  limit?: number | undefined;
  models?: ModelName[] | undefined;
  level?: "channel" | "campaign" | "platform" | undefined;
  budget?:
    | {
        totalBudget?: number | undefined;
        /** "20% more budget": the total as a change of current spend. */
        totalBudgetChangePercent?: number | undefined;
        /** "an extra 5k": the total as current spend plus this amount. */
        extraBudget?: number | undefined;
        /** Per-channel bound in percent of current spend ("move money freely": 1000). */
        maxChangePercent?: number | undefined;
        level: "channel" | "platform";
        locked: string[];
        changes: FrameBudgetChange[];
        /** Gross profit unless the user asked for revenue (agent/planner/budget-objective.ts). */
        objective?: "profit" | "revenue" | undefined;
        /** "assume 45% margin": the margin for this answer only (agent/planner/budget-margin.ts). */
        grossMargin?: number | undefined;
        /** fix14f: the amounts were given per day and are these days' worth (budget-per-day.ts). */
        perDayDays?: number | undefined;
        /** fix15f: the amounts were given per week and are these days' worth (budget-per-day.ts). */
        perWeekDays?: number | undefined;
      }
    | undefined;
  /** Dimensions whose empty member ("(none)": revenue with no campaign) is left out of a ranking. */
  excludeNone?: string[] | undefined;
  /** detect_anomalies sensitivity, when the user asked for one. */
  sensitivity?: "low" | "medium" | "high" | undefined;
  /** anomalies: "dig into the biggest one" after a scan (fix8f); "loss": what an incident cost (leftD). */
  anomalyFocus?: "biggest" | "loss" | undefined;
  /** journeys: the analysis, and the customer for "customer". */
  journey?:
    | {
        analysis: JourneyAnalysis;
        customerId?: number | undefined;
        /** customer (leftD): picked from the period's orders instead of named (customer-pick.ts). */
        pick?: "largest_order" | "most_orders" | "most_revenue" | "first_order" | "last_order" | undefined;
        collapseRepeats?: boolean | undefined;
        /** first_last: the path's first and last channel the question names (path-ends.ts). */
        firstChannel?: string | undefined;
        lastChannel?: string | undefined;
        /** path_length (fix8e): new customers' orders beside returning customers'. */
        byCustomerType?: boolean | undefined;
        /** top_paths: only journeys whose first touch is on these platforms or channels (fix8f). */
        firstTouch?: string[] | undefined;
        /** fix13d: only new customers' (first purchases) or returning customers' orders. */
        customerType?: "new" | "returning" | undefined;
        /** fix14c first_last: the channel touched before the last one ("affiliate closes after paid search"). */
        earlierChannel?: string | undefined;
        /** fix14c top_paths: only journeys with a touch on these channels at any step. */
        anyTouch?: string[] | undefined;
      }
    | undefined;
  /** brief and recommend: what the question asks for (agent/planner/advice-intent.ts). */
  advice?: AdviceIntent | undefined;
  /** profitability: the analysis asked for (agent/planner/profitability-intent.ts). */
  profitability?: "overspend" | "channel_profit" | "contribution_margin" | "break_even" | undefined;
  /** fix10a: a gross margin stated for this profitability answer only ("what if margin is 45%"). */
  profitMargin?: number | undefined;
  /** profitability (fix8e): contribution for each week or month ("profit after ads by month"). */
  profitGrain?: "week" | "month" | undefined;
  /** campaigns (fix6a): the campaign list or spend against budget (campaigns-intent.ts). */
  campaigns?: CampaignsAsk | undefined;
  /** funnel: whether each channel's funnel is wanted too. */
  funnel?: { byChannel: boolean; why?: boolean | undefined } | undefined;
  /** cohorts: the grouping and, when named, the LTV horizon in days. */
  cohort?:
    | {
        groupBy: "first_touch_channel" | "first_order_month";
        ltvDays?: 30 | 60 | 90 | 180 | 365 | undefined;
        /** fix9a: "repeat": the LTV table asked as a repeat rate (its chart shows the repeat rate). */
        show?:
          | "repeat"
          | "retention"
          | "payback"
          | "frequency"
          | "repeat_gap"
          | "order_value"
          | "second_order"
          | "lapsed"
          | "ltv_to_cac"
          | undefined;
        /** fix20f: a short window's customers against the period's other customers. */
        window?: { from: string; to: string } | undefined;
        /** show "lapsed" (fix13d): the user's no-order window in days. */
        lapsedDays?: number | undefined;
        /** show "frequency": customers with at least this many orders in the period. */
        minOrders?: number | undefined;
        /** show "order_value" (left16b): how orders are grouped and the percentiles asked. */
        orderValueBy?: "none" | "month" | "week" | "customer_type" | "channel" | undefined;
        percentiles?: number[] | undefined;
        /** fix14d: show "order_value" with a level on single orders ("orders over $200"). */
        orderValueLevel?: { op: "gt" | "gte" | "lt" | "lte"; value: number } | undefined;
      }
    | undefined;
  /** query_metrics: also each metric's average per day ("average daily spend", daily-average.ts). */
  average?: "per_day" | "per_week" | "per_month" | undefined;
  /** query_metrics: also each metric's spread over the series ("standard deviation", spread-ask.ts). */
  spread?: true | undefined;
  /** One line the answer leads with when the planner answered a nearby question (period-settle.ts). */
  note?: string | undefined;
  /**
   * s16: named groups set side by side ("east coast vs west coast"), one total each: one
   * query_metrics call per group, its filters added to the frame's (region-groups.ts).
   * lead22: a group with its own period is one of several stretches named side by side ("bf25,
   * holiday25 and summer26"), answered over its own dates (period-groups.ts).
   */
  groups?: { label: string; filters: FrameFilter[]; period?: Period | undefined }[] | undefined;
  /** search_catalog words, list_dimension_values dimension. */
  searchText?: string | undefined;
  listDimension?: string | undefined;
}

/** One tool call, with arguments that parse under the tool's input schema. */
/**
 * A second step planned from what the first call finds ("the worst channel, then its campaigns"):
 * calls whose string args hold "{{found}}" (the top row's `field` value), "{{found:to}}" (the end
 * of the week or month that value starts, by `grain`), run after the first call's rows arrive.
 */
export interface FoundStep {
  field: string;
  grain?: "week" | "month" | "day" | undefined;
  /** fix14e: the found row is the one whose `metric` moved most in `direction` (a comparison's rows). */
  pick?: { metric: string; direction: "up" | "down" | "any" } | undefined;
  calls: PlannedCall[];
}

export interface PlannedCall {
  /** A registry tool, or `create_automation`, which only the planner calls (after a confirmation). */
  name: ToolName | "create_automation" | "manage_automation" | "list_automations";
  args: Record<string, unknown>;
}

/** A clarification option; `id` encodes the resolution, e.g. "metric:orders". */
export interface ClarifyOption {
  id: string;
  label: string;
}

/** The planner's answer. */
export type Plan =
  | {
      kind: "tool_calls";
      intent: Intent;
      calls: PlannedCall[];
      frame: Frame;
      /** Sentences the answer leads with: what part of the question the data cannot speak to. */
      notes?: string[] | undefined;
      /** fix13e: a second step about the first call's top row, run once its rows arrive (found-step.ts). */
      then?: FoundStep | undefined;
    }
  | {
      kind: "clarify";
      question: string;
      options: ClarifyOption[];
      originalQuestion: string;
      /** A schedule or alert rule awaiting confirmation (agent/planner/automation-intent.ts). */
      automation?: AutomationDraft | undefined;
    }
  | { kind: "decline"; message: string };

/**
 * THE INTENT REGISTRY. The recognise stage tries these in order and takes the first that matches;
 * the check stage then runs the checks that apply at that position (checks.ts), and the frame
 * stage calls the entry's `plan`. Order matters: an earlier entry wins ("email click rate" is
 * email before it is a funnel step; a journeys question is answered before its metric words
 * "conversion", "touchpoints" are read as attribution).
 *
 * To add an intent: write `<name>-intent.ts` beside the planner (its phrasings as data, a reader,
 * a frame), add one line here where it should win, and rows to the phrasing table.
 */

import { asksReshape } from "../../answer/answer-length.ts";
import { asksForTableView } from "../../answer/table-view.ts";
import { adLevelPart, oneCampaignFrame } from "../ad-level-nearest.ts";
import { readAddPeriodFollowUp } from "../add-period-follow-up.ts";
import { readAdviceIntent } from "../advice-intent.ts";
import { answerTalk } from "../answer-talk-intent.ts";
import { aboutAssistant } from "../assistant-intent.ts";
import { scheduleChange } from "../automation-change.ts";
import { planAutomation } from "../automation-intent.ts";
import { baselineFollowUp } from "../baseline-follow-up.ts";
import { benchmarkPart } from "../benchmark-nearest.ts";
import { breakOutRow } from "../break-out-row-intent.ts";
import { LOOSE_WHAT_IF } from "../budget-loose.ts";
import { metricCap, metricCapPlan } from "../budget-metric-cap.ts";
import { readCampaignBreakEven, readCampaignLosses } from "../campaign-break-even-intent.ts";
import { readGroupVsRest } from "../campaign-members-intent.ts";
import { readCampaignPick } from "../campaign-pick-intent.ts";
import { readCampaignSpendCheck } from "../campaign-spend-check.ts";
import { campaignWindows } from "../campaign-windows.ts";
import {
  campaignsFrame,
  readCampaignChange,
  readCampaignList,
  readCampaignPacing,
  withoutCampaignNames,
} from "../campaigns-intent.ts";
import { withChangePremise } from "../change-premise.ts";
import { channelOverlapPlan } from "../channel-overlap.ts";
import { asksChannelSum, channelSumBase, channelSumPlan } from "../channel-sum-intent.ts";
import { cohortFrame, readCohortIntent } from "../cohort-intent.ts";
import { comparisonBasisPlan } from "../comparison-basis-intent.ts";
import { costMultiplePlan } from "../cost-multiple-intent.ts";
import {
  asksCreativeFatigue,
  asksEmailFatigue,
  creativeFatigueFrame,
  EMAIL_FATIGUE_NOTE,
  emailFatigueFrame,
  FATIGUE_NOTE,
} from "../creative-fatigue-intent.ts";
import { asksDataFreshness, freshnessNote, RECENT_DAYS_QUESTION } from "../data-freshness-intent.ts";
import { asksDataTrust, dataTrustFrame, dataTrustNote } from "../data-trust-intent.ts";
import {
  asksDayDiagnosis,
  asksSubjectEvent,
  dayDiagnosisFrame,
  subjectEventFrame,
} from "../day-diagnosis-intent.ts";
import { readDefineAndValue } from "../define-and-value-intent.ts";
import { directionVersusPlan } from "../direction-versus-intent.ts";
import { asksEmailCadence, EMAIL_CADENCE_NOTE, emailCadenceFrame } from "../email-cadence-intent.ts";
import { planEmailAnswer, readEmailAnswer } from "../email-intent.ts";
import { emailKindRevenuePlan, readEmailKindRevenue } from "../email-kind-revenue.ts";
import { asksEmailPerSend, emailPerSendPlan } from "../email-per-send-intent.ts";
import { excludedDaysPlan } from "../excluded-days-intent.ts";
import { asksFirstTouchShare, firstTouchShareFrame } from "../first-touch-share-intent.ts";
import { asksWhatToFlag, FLAG_NOTE, flagFrame } from "../flag-follow-up-intent.ts";
import { readFlatBudgetForecast } from "../flat-budget-forecast.ts";
import { mergeFollowUp } from "../follow-up.ts";
import { narrowedRows } from "../follow-up-narrow.ts";
import { turnFollowUp } from "../follow-up-turns.ts";
import { readForecastActual } from "../forecast-actual-intent.ts";
import { readForecastEstimate } from "../forecast-estimate.ts";
import { defaultPeriod, frameFor } from "../frame.ts";
import { FUNNEL_STEP_METRICS, funnelBaseline, funnelFollowUp } from "../funnel-compare.ts";
import { readFunnelIntent } from "../funnel-intent.ts";
import { goodValuePlan } from "../good-value-nearest.ts";
import { asksGrowthDirection, growthDirectionFrame } from "../growth-direction-intent.ts";
import { holdoutPlatformNote, readHoldout } from "../holdout-intent.ts";
import { asksIncidentCost, incidentCostFrame, trackingLossNote } from "../incident-cost-intent.ts";
import { dropCostFrame, readDropCost, readIncidentWhy } from "../incident-why-intent.ts";
import { asksIncrementality } from "../incrementality-intent.ts";
import { journeyFirstTouchSplit } from "../journey-first-touch-split.ts";
import { journeyFrame, readJourneyIntent } from "../journey-intent.ts";
import { lapsedFollowUp } from "../lapsed-follow-up.ts";
import { lifecycleCountFrame, readLifecycleCount } from "../lifecycle-count-intent.ts";
import { asksLookbackWhatIf, lookbackFrame } from "../lookback-intent.ts";
import { asksCampaignRaise, asksMarginalReturn, marginalReturnFrame } from "../marginal-return.ts";
import { metricMethodPlan } from "../metric-method-intent.ts";
import { metricVerdictPlan } from "../metric-verdict-intent.ts";
import { monthEdgePlan } from "../month-edge-days-intent.ts";
import { asksNamedStepRates } from "../named-step-rates.ts";
import { nextStepFollowUp } from "../next-step-follow-up.ts";
import { oneNumberPlan } from "../one-number-intent.ts";
import { orderFrequencyFrame, readOrderFrequency } from "../order-frequency-intent.ts";
import { orderValueFrame, readOrderValueDistribution } from "../order-value-distribution-intent.ts";
import { overallProfitPlan, readOverallProfit } from "../overall-profit-intent.ts";
import { asksForOverview, planOverview } from "../overview-intent.ts";
import { pauseHistoryPlan, readPauseHistory } from "../pause-history-intent.ts";
import { pauseThresholdPlan, readPauseThreshold } from "../pause-threshold-intent.ts";
import { paybackFollowUp } from "../payback-follow-up.ts";
import { settlePeriods } from "../period-settle.ts";
import { periodSharePlan } from "../period-share-intent.ts";
import { planFromHistory } from "../plan-from-history.ts";
import { readPlannedList } from "../planned-list-intent.ts";
import { asksPlatformGap, platformGapFrame } from "../platform-gap-intent.ts";
import { previousAnswerAsk } from "../previous-answer-asks.ts";
import { previousAskTurn } from "../previous-ask-turns.ts";
import { profitabilityFrame, readProfitabilityIntent } from "../profitability-intent.ts";
import { quotedFigurePlan } from "../quoted-figure.ts";
import { rankPremisePlan } from "../rank-premise-intent.ts";
import { recommendPeriod } from "../recommend-period.ts";
import { regionGroupFollowUp } from "../region-groups.ts";
import { readReportAndWhatIf, reportAndWhatIfPlan } from "../report-and-what-if-intent.ts";
import { restOfPeriodPlan } from "../rest-of-period-intent.ts";
import { revenueMatchBudgetPlan } from "../revenue-match-budget-intent.ts";
import { rowFollowUp } from "../row-follow-ups.ts";
import { rowMetricFollowUp } from "../row-metric-follow-up.ts";
import { readRunRate } from "../run-rate-intent.ts";
import { runRateByPeriod, runRateSplit } from "../run-rate-split.ts";
import { asksRunawayDay, runawayDayFrame } from "../runaway-day-intent.ts";
import { sendAndAdsPlan, sharedNameCampaigns } from "../send-and-ads-intent.ts";
import { readSendRevenue, sendRevenuePlan } from "../send-revenue.ts";
import { readSendVsTypical, sendVsTypicalPlan } from "../send-vs-typical.ts";
import { seriesWhyPlan } from "../series-why-intent.ts";
import { planSetTarget, readSetTarget } from "../set-target-intent.ts";
import { showWorkingPlan } from "../show-working-intent.ts";
import { asksStoppedWorking, stoppedWorkingFrame } from "../stopped-working-intent.ts";
import { subsetTotal } from "../subset-total.ts";
import { readSummaryTable, summaryTableFrame } from "../summary-table-intent.ts";
import {
  asksTargetsAgain,
  asksTargetsStatus,
  TARGETS_AGAIN_NOTE,
  targetsAfter,
  targetsFrame,
  targetsPerMember,
  withTargetsPeriod,
} from "../targets-intent.ts";
import { termDefinitionPlan } from "../term-definition-intent.ts";
import { readTestsWorked, testsWorkedPlan } from "../tests-worked-intent.ts";
import { CONTEXT_NOTES, contextFollowUpFrame, readContextFollowUp } from "../thread-context-intent.ts";
import { threadFollowUp } from "../thread-follow-ups.ts";
import { readTouchThenClose, touchThenCloseFrame } from "../touch-then-close-intent.ts";
import { trendDriverFrame } from "../trend-driver-follow-up.ts";
import { twoStepAsk } from "../two-step-asks.ts";
import type { Frame } from "../types.ts";
import { asksInfluencer } from "../unavailable-market.ts";
import { unavailablePart, unavailablePartPlan } from "../unavailable-part-intent.ts";
import { untrackedData } from "../untracked-data-intent.ts";
import { usStatePlan } from "../us-state-intent.ts";
import { weekPartPlan } from "../week-part-intent.ts";
import { toolPlan } from "./assemble-stage.ts";
import { searchFrame } from "./catalog-search.ts";
import { clarify } from "./clarifications.ts";
import { defined, type IntentEntry, intent } from "./intent-entry.ts";
import { metricIntentOf, metricQuestionFrame } from "./metric-question.ts";
import { incrementalityPlan, outsideCausePlan, withNotes } from "./noted-plans.ts";
import type { Reading } from "./types.ts";

/** Every intent, first match wins. */
/** A cohort reading's frame (cohorts, repeat gaps), with the organization's promotion windows. */
function planCohorts(r: Reading, cohort: NonNullable<ReturnType<typeof readCohortIntent>>): Frame {
  return cohortFrame(
    frameFor("cohorts", r.p, r.ctx.catalog),
    r.p,
    cohort,
    campaignWindows(r.ctx.dimensionValues),
  );
}

export const INTENTS: readonly IntentEntry[] = [
  // "email me a weekly report every Monday", "alert me if CPA goes above $50", "pause the monday
  // report": a schedule or rule to confirm (or one to change), before its words read as off topic,
  // the brief or a metric. Injection and tenant claims are still declined (the entry does not
  // match them).
  intent({
    name: "automation",
    matches: (r) =>
      !r.p.signals.decline || r.p.signals.decline === "off_topic"
        ? planAutomation(r.question, r.p, r.ctx)
        : undefined,
    plan: (_r, plan) => plan,
  }),
  // fix16f: "make it go out at 8am" after a schedule was asked for: the request again with the new time.
  intent({
    name: "automation-change",
    matches: (r) => {
      const changed = scheduleChange(r.question, r.ctx);
      const plan = changed ? r.replan(changed, { ...r.ctx, previous: undefined }) : undefined;
      // Still no destination: the new time and day said back before it is asked again.
      if (plan?.kind === "decline" && changed) {
        const probe = r.replan(`${changed} at name@example.com`, { ...r.ctx, previous: undefined });
        const when =
          probe.kind === "clarify" && probe.automation?.kind === "schedule" ? probe.automation.when : "";
        return when ? { ...plan, message: `Noted: ${when}. ${plan.message}` } : plan;
      }
      return plan && plan.kind !== "tool_calls" ? plan : undefined;
    },
    plan: (_r, plan) => plan,
  }),
  // fix4c: "set a target ROAS of 2.5": how to store it (set-target-intent.ts), not the current ROAS.
  // fix6d: with a metric and a value, the current figure against it follows the how-to.
  intent({
    name: "set-target",
    matches: (r) => readSetTarget(r.p),
    plan: (r, req) =>
      planSetTarget(
        req,
        (q) => r.replan(q, r.ctx),
        (d, v) => r.ctx.dimensionValues.find((x) => x.dimension === d && x.value === v)?.label,
      ),
  }),
  // fix17a: a figure quoted to be checked, with how it is made asked beside it ("our dashboard says
  // ROAS 4.2, how's that calculated and do you get the same?"): ours against it, never the data sources.
  intent({ name: "quoted-figure-first", matches: quotedFigurePlan, plan: (_r, plan) => plan }),
  // fix17a: "how are we tracking against them" after "what are our targets": the targets again.
  intent({
    name: "targets-again",
    matches: (r) =>
      asksTargetsAgain(r.p, r.ctx.previousQuestion)
        ? withNotes(
            toolPlan(
              withTargetsPeriod(
                targetsPerMember(settlePeriods(targetsFrame(r.p, r.ctx.catalog), r.p, r.question)),
                r.p,
                r.previous,
              ),
            ),
            [TARGETS_AGAIN_NOTE],
          )
        : undefined,
    plan: (_r, plan) => plan,
  }),
  // fix21c: "compared to what exactly?" after two periods set side by side: that comparison again
  // (before about-assistant: "what are you comparing it to"), its two periods named.
  intent({ name: "comparison-basis", matches: comparisonBasisPlan, plan: (_r, plan) => plan }),
  // fix13a: "what can I ask you", "where are these numbers from", "are you hooked up to shopify".
  intent({ name: "about-assistant", matches: aboutAssistant, plan: (_r, plan) => plan }),
  // "did the heatwave in july boost sales": the rest of the question answered, with a note that
  // the cause is not in the data (never the metric alone, read as a verdict on the cause).
  intent({
    name: "outside-cause",
    // A broken page or outage of our own is in the data (incident-cost below), not an outside cause.
    matches: (r) => (asksIncidentCost(r.p) ? undefined : outsideCausePlan(r)),
    plan: (_r, plan) => plan,
  }),
  // fix12b: "orders in the final week of each month": month by month over only those days.
  intent({
    name: "month-edge-days",
    matches: (r) => monthEdgePlan(r.question, r.ctx, r.replan),
    plan: (_r, plan) => plan,
  }),
  // fix13f: "what % of annual orders landed in q4": the part over the whole, not two periods compared.
  intent({
    name: "period-share",
    matches: (r) => periodSharePlan(r.p.text, r.p.today, r.ctx, r.replan),
    plan: (_r, plan) => plan,
  }),
  // fix13f: "do saturdays and sundays convert better than mon-fri": the two sides per day, not 7 weekdays.
  intent({
    name: "week-part",
    matches: (r) => weekPartPlan(r.p.text, r.ctx, r.replan),
    plan: (_r, plan) => plan,
  }),
  // fix12b: "monthly sales leaving out the black friday stretch": the stretch dated and left out of every query.
  intent({
    name: "excluded-days",
    matches: (r) => excludedDaysPlan(r.question, r.ctx, r.p.today, r.replan),
    plan: (_r, plan) => plan,
  }),
  // fix20b: "how did black friday do vs the rest of november": the stretch beside the rest of its month, per day.
  intent({
    name: "rest-of-period",
    matches: (r) => restOfPeriodPlan(r.question, r.ctx, r.replan),
    plan: (_r, plan) => plan,
  }),
  // fix4c: influencers, ad reach, a named competitor beside our figure: that part declined in a note, the nearest figure given.
  intent({
    name: "unavailable-part",
    matches: (r) => {
      const part = unavailablePart(r.question, r.ctx.organizationName, r.ctx.dimensionValues, r.p.today);
      return part ? unavailablePartPlan(part, r.ctx, r.replan) : undefined;
    },
    plan: (_r, plan) => plan,
  }),
  // left16a: "how do our cpcs compare to competitors": no market data; our own figure by channel, its trend.
  intent({
    name: "benchmark-nearest",
    matches: (r) => {
      const part = benchmarkPart(r.p, r.question, r.ctx.catalog);
      return part ? unavailablePartPlan(part, r.ctx, r.replan) : undefined;
    },
    plan: (_r, plan) => plan,
  }),
  // fix12d: "what's a healthy cpc for search": no benchmark here; every channel's rate vs the period before.
  intent({
    name: "good-value-nearest",
    matches: (r) => goodValuePlan(r.p, r.ctx, r.replan),
    plan: (_r, plan) => plan,
  }),
  // left16c: "affiliate buyers who also came direct": journeys between the two channels, both ways.
  intent({
    name: "channel-overlap",
    matches: (r) => channelOverlapPlan(r.question, r.ctx, r.replan),
    plan: (_r, plan) => plan,
  }),
  // fix20f: after lapsed customers, "what did those people spend with us" is their order history,
  // not untracked costs (people's time) nor ad spend.
  intent({ name: "lapsed-follow-up", matches: lapsedFollowUp, plan: (_r, plan) => plan }),
  // fix5b: rankings, refunds, shipping, stock, reviews: "not tracked" first, then the nearest figure.
  intent({
    name: "untracked-data",
    matches: (r) => {
      const part = untrackedData(r.question, r.p.today, r.ctx.dimensionValues);
      return part ? unavailablePartPlan(part, r.ctx, r.replan) : undefined;
    },
    plan: (_r, plan) => plan,
  }),
  // fix5b: "revenue in california vs texas": those states side by side; spend-based metrics have no state.
  intent({
    name: "us-state",
    matches: (r) => usStatePlan(r.question, r.ctx, r.replan, r.ownWords()),
    plan: (_r, plan) => plan,
  }),
  // fix7c: "how current is the data": the last day of data, then the recent days of every source.
  intent({
    name: "data-freshness",
    matches: (r) => {
      if (!asksDataFreshness(r.p.text)) return undefined;
      const recent = r.replan(RECENT_DAYS_QUESTION, r.ctx);
      return recent.kind === "tool_calls"
        ? withNotes(recent, [freshnessNote(r.ctx.dataEnd, r.p.today, r.ctx.trackingLossDays)])
        : undefined;
    },
    plan: (_r, plan) => plan,
  }),
  // fix21b: "is the march 17 data usable", "can I trust march", "any gaps in our data": the days
  // tracking was lost, what to do with them, and the orders and sessions scan around them.
  intent({
    name: "data-trust",
    matches: (r) => (asksDataTrust(r.p, r.question) ? true : undefined),
    plan: (r) => {
      const lossDays = r.ctx.trackingLossDays ?? [];
      return withNotes(toolPlan(dataTrustFrame(r.p, r.ctx.catalog, lossDays)), [
        dataTrustNote(r.p, lossDays),
      ]);
    },
  }),
  // fix19f: "send more emails?", "should we email more often": sends, revenue per send and the
  // unsubscribe rate by month, with a note on reading them (email-cadence-intent.ts).
  intent({
    name: "email-cadence",
    matches: (r) => (asksEmailCadence(r.p.text) ? true : undefined),
    plan: (r) => withNotes(toolPlan(emailCadenceFrame(r.p, r.ctx.catalog)), [EMAIL_CADENCE_NOTE]),
  }),
  // fix12c: "any ad fatigue on the retargeting campaign": its weekly CTR, before the breakdown
  // checks read "creative" as a breakdown to clarify (creative-fatigue-intent.ts).
  intent({
    name: "creative-fatigue",
    matches: (r) => (asksCreativeFatigue(r.p.text) ? true : undefined),
    plan: (r) =>
      asksEmailFatigue(r.p)
        ? withNotes(toolPlan(emailFatigueFrame(r.p, r.ctx.catalog, r.ctx.dimensionValues)), [
            EMAIL_FATIGUE_NOTE,
          ])
        : withNotes(toolPlan(creativeFatigueFrame(r.p, r.ctx.catalog)), [FATIGUE_NOTE]),
  }),
  // fix16f: "which ads make us money", "keywords in brand search": no ad-level data; the campaigns
  // (or the one campaign named) instead, with a note, not a catalog of breakdowns to pick from.
  intent({
    name: "ad-level-nearest",
    matches: (r) => {
      const part = adLevelPart(r.p.text, r.ownWords());
      if (!part) return undefined;
      const planned = unavailablePartPlan(part, r.ctx, r.replan);
      // Only a ranking or figures of campaigns stand in; advice on ads ("which ads should I turn
      // off") keeps its own reading.
      const ranked =
        planned?.kind === "tool_calls" && planned.calls[0]?.name === "query_metrics" ? planned : undefined;
      const one = ranked && oneCampaignFrame(ranked, part, r.ctx.dimensionValues);
      return one ? withNotes(toolPlan(one.frame), [one.note]) : ranked;
    },
    plan: (_r, plan) => plan,
  }),
  // fix8a: "make it shorter", "tl;dr": the previous answer's calls again (finalize shortens it).
  // fix18b: "in 2 sentences pls", "as bullets for my boss": the same, in the length or form asked.
  intent({
    name: "shorter",
    matches: (r) =>
      r.ctx.previous?.kind === "tool_calls" && asksReshape(r.question) ? r.ctx.previous : undefined,
    plan: (_r, plan) => plan,
  }),
  // lead18: "as a table", "csv please", "can I export that": the previous answer's calls again
  // (finalize writes its rows out as a table, present/text-table.ts); a new metric, breakdown or
  // period in the turn makes it a new question instead.
  intent({
    name: "table-view",
    matches: (r) =>
      r.ctx.previous?.kind === "tool_calls" &&
      asksForTableView(r.question) &&
      !r.p.metrics.length &&
      !r.p.time.period &&
      !r.p.dims.dimensions.length &&
      !r.p.dims.filters.length
        ? r.ctx.previous
        : undefined,
    plan: (_r, plan) => plan,
  }),
  // fix15a: "explain like i'm 5", "how sure are you", "what should i do about it", "and the second
  // thing?", "what drove it" after the top week: the previous answer talked about (answer-talk-intent.ts);
  // before metric-verdict, so "why was that week so bad" asks what drove the week found.
  intent({ name: "answer-talk", matches: answerTalk, plan: (_r, plan) => plan }),
  // fix20d: "why was it highest in that month?", "what drove the dip in march" after a date series:
  // its highest (or lowest, or the named) bucket against the one before (series-why-intent.ts).
  intent({ name: "series-why", matches: seriesWhyPlan, plan: (_r, plan) => plan }),
  // lead19: "is that good?", "is our cac ok", "should we be worried about display roas": the figure
  // against break-even and the period before, with a verdict (metric-verdict-intent.ts).
  intent({ name: "metric-verdict", matches: metricVerdictPlan, plan: (_r, plan) => plan }),
  // fix18c: "what's the one number that matters most", then "why that one?": MER and the reason.
  intent({ name: "one-number", matches: oneNumberPlan, plan: (_r, plan) => plan }),
  // fix14e: "why is display our best roas channel": the ranking that checks the premise, then the why.
  intent({ name: "rank-premise", matches: rankPremisePlan, plan: (_r, plan) => plan }),
  // fix11a: "find the weakest channel, then how it moved vs q2": the first ask, then the second about it.
  intent({ name: "two-step", matches: twoStepAsk, plan: (_r, plan) => plan }),
  // fix13b: "the dashboard says 1,417 orders in october, right?", "you said 1.4 before": the figure checked.
  intent({ name: "quoted-figure", matches: quotedFigurePlan, plan: (_r, plan) => plan }),
  // fix18b: "and how many of those converted?" after sessions: the next funnel step beside them.
  intent({
    name: "next-step-follow-up",
    matches: (r) => nextStepFollowUp(r.p, r.ctx.previous),
    plan: (_r, frame) => frame,
  }),
  // fix18b: "compared to what?" after a trend or a figure: the same figures against the period before.
  intent({
    name: "baseline-follow-up",
    matches: (r) => baselineFollowUp(r.p.text, r.ctx.previous),
    plan: (_r, frame) => frame,
  }),
  // fix15b: "which of those is below break-even", "and if we doubled it instead": the previous rows asked of.
  intent({ name: "row-follow-up", matches: rowFollowUp, plan: (_r, plan) => plan }),
  // fix16d: "by channel" after a run-rate estimate: each channel projected the same way.
  intent({
    name: "run-rate-split",
    matches: (r) => runRateSplit(r.p, r.ctx.previous, r.ctx.dimensionValues),
    plan: (_r, plan) => plan,
  }),
  // fix17b: "now weekly" after a run-rate estimate: each week (or month) projected the same way.
  intent({
    name: "run-rate-by-period",
    matches: (r) => runRateByPeriod(r.p, r.ctx.previous),
    plan: (_r, plan) => plan,
  }),
  // fix16d: "by channel of first touch" after touches before buying: the journeys split by first channel.
  intent({
    name: "journey-first-touch-split",
    matches: (r) => journeyFirstTouchSplit(r.p, r.question, r.ctx.previous, r.ctx.dimensionValues),
    plan: (_r, plan) => plan,
  }),
  // fix16d: "which of those two brought more orders", "how many sends was that": the same rows, the figure added.
  intent({
    name: "row-metric-follow-up",
    matches: (r) => rowMetricFollowUp(r.p, r.question, r.ctx.previous, r.ctx.catalog),
    plan: (_r, frame) => frame,
  }),
  // fix17b: "and how long to earn that back?" after a CAC answer: the CAC payback (payback-follow-up.ts).
  intent({ name: "payback-follow-up", matches: paybackFollowUp, plan: (_r, plan) => plan }),
  // fix11a: "how did you get that", "GA4 says more, why", "what changed for the worst one": about the previous answer.
  intent({ name: "previous-answer", matches: previousAnswerAsk, plan: (_r, plan) => plan }),
  // lead23: "how did you calculate cac" asked first: the figure with its inputs and the division said.
  intent({ name: "show-working", matches: showWorkingPlan, plan: (_r, plan) => plan }),
  // fix14a: "add august too" after two months side by side: the months, month by month.
  intent({ name: "add-period", matches: readAddPeriodFollowUp, plan: (_r, plan) => plan }),
  // fix17c: "which campaign is driving it?" after a series: its change, first bucket to latest, by campaign.
  intent({
    name: "trend-driver",
    matches: (r) => trendDriverFrame(r.p, r.previous),
    plan: (_r, frame) => frame,
  }),
  // fix21a: "add the lookalike campaign as its own row" after prospecting vs retargeting: that
  // campaign out of its kind's total, as a total row of its own (break-out-row-intent.ts).
  intent({ name: "break-out-row", matches: breakOutRow, plan: (_r, frame) => frame }),
  // "add cpa", "as a chart", "what if we had $10k": the previous answer changed (thread-follow-ups.ts).
  intent({
    name: "thread-follow-up",
    matches: (r) => threadFollowUp(r.p, r.ctx.previous, r.ctx.catalog),
    plan: (r, frame) => settlePeriods(frame, r.p, r.question),
  }),
  // fix9a: "drop the newsletter", "only the conversions-objective ones", "why?" after an overview,
  // "which one do I trust" after two models: the previous answer asked of (follow-up-turns.ts).
  // fix14d: "how much did those spend combined" after a list: the same rows, their total (subset-total.ts).
  intent({
    name: "subset-total",
    matches: (r) => subsetTotal(r.p, r.ctx.previous, r.ctx.previousQuestion, r.ctx.catalog),
    plan: (_r, frame) => frame,
  }),
  // fix18a: "just the ones that dropped", "only journeys that started on tiktok", "break non-brand
  // out by campaign": the previous rows narrowed or split (follow-up-narrow.ts).
  intent({
    name: "narrowed-rows",
    matches: (r) =>
      r.ctx.previous?.kind === "tool_calls"
        ? narrowedRows(r.p, r.ctx.previous.frame, r.question, r.ctx.dimensionValues, r.ctx.catalog)
        : undefined,
    plan: (_r, frame) => frame,
  }),
  intent({
    name: "turn-follow-up",
    matches: (r) => turnFollowUp(r.p, r.ctx.previous, r.ctx.dimensionValues, r.ctx.catalog),
    // The previous answer's periods were settled when it was planned; the frame's note stays.
    plan: (_r, frame) => frame,
  }),
  // fix10a: "not revenue, orders", "add last year's october too" (before the data): the previous ask redone.
  intent({ name: "previous-ask", matches: previousAskTurn, plan: (_r, plan) => plan }),
  // fix4c: "why is one so much worse?", "dig into the biggest one": what the last answer showed.
  intent({
    name: "context-follow-up",
    matches: (r) => readContextFollowUp(r.p, r.ctx.previous),
    plan: (r, f) => {
      const frame = settlePeriods(contextFollowUpFrame(f, r.ctx.catalog), r.p, r.question);
      return withNotes(toolPlan(frame), CONTEXT_NOTES[f.kind]);
    },
  }),
  // fix12d: "grow campaign A or campaign B": the two campaigns judged side by side, not a channel plan.
  intent({ name: "campaign-pick", matches: readCampaignPick, plan: (_r, plan) => plan }),
  // fix14f: "if tiktok cpa doubled at the same spend, how many orders go": the arithmetic on its figures.
  intent({ name: "cost-multiple", matches: (r) => costMultiplePlan(r.p), plan: (_r, plan) => plan }),
  // fix14f: "what would november look like at october's budgets": revenue, orders, spend at its pace.
  // fix21c: "how much should we set aside for black friday to make last year's revenue": last
  // time's spend and return as the baseline (revenue-match-budget-intent.ts).
  intent({ name: "revenue-match-budget", matches: revenueMatchBudgetPlan, plan: (_r, plan) => plan }),
  intent({
    name: "flat-budget-forecast",
    matches: (r) => readFlatBudgetForecast(r.question, r.p),
    plan: (_r, plan) => plan,
  }),
  // fix20c: "forecast vs actual for september, how far off": the run rate checked on that month.
  intent({
    name: "forecast-actual",
    matches: (r) => readForecastActual(r.question, r.p),
    plan: (_r, plan) => plan,
  }),
  // left16b: "if we keep october's pace what will q4 sales be": a run-rate projection past the data.
  intent({ name: "run-rate", matches: (r) => readRunRate(r.question, r.p), plan: (_r, plan) => plan }),
  // fix13e: "what will revenue be in november": an estimate at the latest month's pace, basis said.
  intent({
    name: "forecast-estimate",
    matches: (r) => readForecastEstimate(r.question, r.p, r.ctx.dimensionValues),
    plan: (_r, plan) => plan,
  }),
  // fix6d: "+15% on affiliate, what comes back": a signed change on a channel is a what-if first.
  intent({
    name: "loose-what-if",
    matches: (r) =>
      r.p.budget.changes.length && LOOSE_WHAT_IF.some((re) => re.test(r.p.text)) ? true : undefined,
    plan: (r) => metricQuestionFrame(r, "budget"),
  }),
  // fix17d: "do people who click an email end up buying through direct": journeys with one channel
  // touched and another closing, before the email words read as email clicks.
  intent({
    name: "touch-then-close",
    matches: (r) => readTouchThenClose(r.p.text, r.ctx.dimensionValues),
    plan: (r, found) => touchThenCloseFrame(r.p, r.ctx.catalog, found),
  }),
  // fix10c: "how much did the summer sale email make": email revenue the week from the send.
  intent({ name: "send-revenue", matches: readSendRevenue, plan: (_r, found) => sendRevenuePlan(found) }),
  // "unsubscribes from the black friday email" naming more than one send: which one.
  intent({
    name: "email-send",
    matches: (r) => {
      const send = r.emailSend;
      return send?.kind === "choose" ? send : undefined;
    },
    plan: (r, send) => clarify(send.question, send.options, r.question),
  }),
  // fix20e: "how did the holiday gift guide campaigns do": the send and the ad campaigns sharing its name.
  intent({ name: "send-and-ads", matches: sharedNameCampaigns, plan: sendAndAdsPlan }),
  // fix7e: "did unsubs spike on the labor day email": the promo send against the other sends.
  intent({ name: "send-vs-typical", matches: readSendVsTypical, plan: sendVsTypicalPlan }),
  // fix14a: "revenue per send, newsletter vs promos": the program's, then clicks per send by kind.
  intent({ name: "email-kind-revenue", matches: readEmailKindRevenue, plan: emailKindRevenuePlan }),
  // ROI of email, revenue by email campaign: what the email data can say.
  intent({
    name: "email",
    matches: (r) => readEmailAnswer(r.p, r.ctx.catalog),
    plan: (r, answer) => planEmailAnswer(answer, r.p, r.ctx.catalog, r.ctx.dimensionValues),
  }),
  // fix13c: "what's a holdout?": the term defined, then the data's example of it.
  intent({ name: "term-definition", matches: termDefinitionPlan, plan: (_r, plan) => plan }),
  // fix21f: "how is roas calculated, on which model?": the definition, then the model and window.
  intent({ name: "metric-method", matches: metricMethodPlan, plan: (_r, plan) => plan }),
  // fix20e: "which tests did we run this year and which worked": the list, then the holdouts' results.
  intent({ name: "tests-worked", matches: (r) => readTestsWorked(r.p), plan: testsWorkedPlan }),
  // fix8b: "what experiments did we run this year": the recorded planned changes, listed.
  intent({
    name: "planned-list",
    matches: (r) => readPlannedList(r.p),
    plan: (r, ask) => campaignsFrame(r.p, ask, r.ctx.catalog),
  }),
  // fix7b: "did the affiliate holdout move total sales": the recorded holdout week (dates from the
  // planned changes) against comparable weeks, before the pause history that needs dates.
  intent({
    name: "holdout",
    matches: (r) => readHoldout(r.p, r.previous),
    plan: (r, ask) => {
      const frame = campaignsFrame(r.p, ask, r.ctx.catalog);
      // fix21d: a platform read as its channel says so first.
      const note = holdoutPlatformNote(r.p);
      return note ? { ...frame, note } : frame;
    },
  }),
  // fix4a: "when we paused paid search in late sept, how much did revenue drop": history, not a forecast.
  intent({
    name: "pause-history",
    matches: (r) => readPauseHistory(r.p, r.ctx.dimensionValues),
    plan: (r, pause) => pauseHistoryPlan(pause, r.p),
  }),
  // fix8e: "how long until a customer buys again": first to second order (cohorts), not touch to order.
  intent({
    name: "repeat-gap",
    matches: (r) =>
      readCohortIntent(r.p.text)?.show === "repeat_gap" ? readCohortIntent(r.p.text) : undefined,
    plan: planCohorts,
  }),
  // left16b: "median order value by month", "p25/p75 aov new vs returning": single orders' percentiles.
  intent({
    name: "order-value-distribution",
    matches: (r) => readOrderValueDistribution(r.question, r.p),
    plan: (r, a) => orderValueFrame(frameFor("cohorts", r.p, r.ctx.catalog), r.p, a),
  }),
  // fix10c: "what if the lookback were 14 days": the current window and time to convert instead.
  intent({
    name: "lookback-what-if",
    matches: (r) => (asksLookbackWhatIf(r.p.text) ? true : undefined),
    plan: (r) =>
      lookbackFrame(
        frameFor("journeys", r.p, r.ctx.catalog),
        r.p,
        defaultPeriod("trend", r.p.today, r.p.dataEnd),
      ),
  }),
  // fix17d: "which channel usually kicks off the journey": orders by first-touch channel, not assists.
  intent({
    name: "first-touch-share",
    matches: (r) => (asksFirstTouchShare(r.p) ? true : undefined),
    plan: (r) => firstTouchShareFrame(r.p, r.ctx.catalog),
  }),
  intent({
    name: "journeys",
    // fix12a: "how fast are orders climbing, mom" is a metric's series (series-steps-intent.ts), not time to buy.
    // fix17f: "did our influencers help sales": the creator campaigns (unavailable-part), not assists.
    matches: (r) =>
      r.emailMetrics || r.p.time.seriesGrain || asksInfluencer(r.question)
        ? undefined
        : readJourneyIntent(r.p.text, r.ctx.dimensionValues),
    plan: (r, journey) =>
      journeyFrame(frameFor("journeys", r.p, r.ctx.catalog), r.p, journey, r.ctx.dimensionValues),
  }),
  // fix10c: "why doesn't channel revenue sum to the total": channel credit and the order total.
  intent({
    name: "channel-sum",
    matches: (r) => (asksChannelSum(r.p.text) ? true : undefined),
    plan: (r) => channelSumPlan(r.p, r.question, channelSumBase(r.p, r.ctx.catalog)),
  }),
  // fix5a: "Meta claims more sales than we tracked": reported vs tracked, gap and ratio (platform-gap-intent.ts).
  intent({
    name: "platform-gap",
    matches: (r) => (asksPlatformGap(r.p.text) ? true : undefined),
    plan: (r) => settlePeriods(platformGapFrame(r.p, r.ctx.catalog, r.ctx.dimensionValues), r.p, r.question),
  }),
  // fix6a: "what happened to X after we raised its budget in july": X before and after the change.
  intent({
    name: "campaign-change",
    matches: (r) => readCampaignChange(r.p, r.question, r.ctx.dataEnd),
    plan: (r, ask) => withChangePremise(campaignsFrame(r.p, ask, r.ctx.catalog), r.question),
  }),
  // fix6a: "are we pacing to budget", "any campaign over its daily budget": spend against the budget it had.
  // leftD: "how many orders did the broken page in august cost": the rate break and lost orders,
  // before the breakdown checks (pacing on) read "landing page" as a breakdown to clarify.
  intent({
    name: "incident-cost",
    matches: (r) => (asksIncidentCost(r.p) ? true : undefined),
    plan: (r) => {
      const frame = incidentCostFrame(r.p, r.ctx.catalog, r.question, r.ctx.trackingLossDays);
      // fix19e: "the tracking outage" named with no date: which days it was read as, said first.
      const note = trackingLossNote(r.p, r.ctx.trackingLossDays);
      return note ? withNotes(toolPlan(frame), [note]) : frame;
    },
  }),
  // fix18e: "paid social conversions tanked in august, why?": the fallen metric explained, not a
  // series; then "how much revenue did that cost us": the incident-cost scan over that drop.
  intent({
    name: "incident-why",
    matches: (r) => readIncidentWhy(r.p),
    plan: (r, metric) =>
      metricQuestionFrame({ ...r, p: { ...r.p, metrics: [metric], metricAmbiguity: undefined } }, "explain"),
  }),
  intent({
    name: "drop-cost",
    matches: (r) => readDropCost(r.p, r.previous, r.ctx.previousQuestion),
    plan: (r, previous) => dropCostFrame(r.p, previous, r.ctx.catalog, r.question),
  }),
  intent({
    name: "pacing",
    matches: (r) => readCampaignPacing(r.p),
    plan: (r, ask) => campaignsFrame(r.p, ask, r.ctx.catalog, r.ctx.dataEnd),
  }),
  // fix8b: "what did the spend spike on X in may cost": the day found by the anomaly scan, its excess.
  intent({
    name: "runaway-day",
    matches: (r) => (asksRunawayDay(r.p) ? true : undefined),
    plan: (r) => runawayDayFrame(r.p, r.ctx.catalog, r.question),
  }),
  // fix6a: "list our campaigns with their daily budget", "which campaigns are awareness ones": the campaign table.
  intent({
    name: "campaign-list",
    matches: (r) => readCampaignList(r.p),
    plan: (r, ask) => campaignsFrame(r.p, ask, r.ctx.catalog),
  }),
  // "is facebook incremental": where spend runs past its return, and how a holdout week measures it.
  intent({
    name: "incrementality",
    matches: (r) => (asksIncrementality(r.p.text) ? true : undefined),
    plan: (r) => incrementalityPlan(r),
  }),
  // fix8b: "too much on brand search": overspending asked of campaigns (campaign-spend-check.ts).
  // fix14a: "did the summer26 campaigns break even": their ROAS against break-even.
  intent({ name: "campaign-break-even", matches: readCampaignBreakEven, plan: (_r, plan) => plan }),
  // fix17a: "which campaigns are losing money", "at 40% margin which campaigns go underwater":
  // every campaign's ROAS against break-even at that margin, those below it named.
  intent({ name: "campaign-losses", matches: readCampaignLosses, plan: (_r, plan) => plan }),
  intent({ name: "campaign-spend-check", matches: readCampaignSpendCheck, plan: (_r, plan) => plan }),
  // left16a: "are we profitable", "is paid search profitable at a 40% margin": the business's
  // contribution and break-even, or each channel's profit with the named one first.
  intent({
    name: "overall-profit",
    matches: (r) => readOverallProfit(r.p),
    plan: (r, ask) => overallProfitPlan(r.p, r.ctx.catalog, ask),
  }),
  // "are we overspending on any channel": money made after the gross margin, before advice words
  // ("unprofitable") send it to recommendations.
  intent({
    name: "profitability",
    matches: (r) => readProfitabilityIntent(r.p.text, r.question),
    plan: (r, profitability) =>
      profitabilityFrame(frameFor("profitability", r.p, r.ctx.catalog), r.p, profitability),
  }),
  // fix6d: "a plan for next month that keeps cac under $60": the split, the limit not applied, the figure.
  intent({
    name: "budget-metric-cap",
    matches: (r) => (r.p.signals.budget ? metricCap(r.p.text) : undefined),
    plan: metricCapPlan,
  }),
  // fix6d: "tiktok's monthly spend and roas this year and what an extra 20% would return": both parts.
  intent({ name: "report-and-what-if", matches: (r) => readReportAndWhatIf(r), plan: reportAndWhatIfPlan }),
  intent({
    name: "marginal-return",
    // fix18c: "should we raise the budget on <campaign>": that campaign's next dollar.
    matches: (r) => (asksMarginalReturn(r.p.text) || asksCampaignRaise(r.p) ? true : undefined),
    plan: (r) => defined(marginalReturnFrame(r.p, r.ctx.catalog)),
  }),
  // fix5c: "weekly summary of spend, revenue and ROAS by channel": that table, not the brief.
  intent({
    name: "summary-table",
    matches: (r) => readSummaryTable(r.p),
    plan: (r, s) => summaryTableFrame(r.p, s, r.ctx.catalog, r.question),
  }),
  // fix6d: "which campaigns should i pause? anything under 1x roas": the rule's rows, then the advice.
  intent({ name: "pause-threshold", matches: (r) => readPauseThreshold(r), plan: pauseThresholdPlan }),
  intent({
    name: "advice",
    // "any tracking problems last week" names a period: the anomaly detector over it answers that;
    // with no period ("is our tracking working?") the tracking recommendations do.
    matches: (r) => {
      const advice = readAdviceIntent(r.p.text);
      const trackingInPeriod = advice?.tool === "recommend" && advice.focus === "tracking" && r.p.time.period;
      return trackingInPeriod ? undefined : advice;
    },
    plan: (r, advice) => {
      const period =
        advice.tool === "recommend" ? recommendPeriod(r.p.time.period, r.p.text, r.p.today) : undefined;
      return {
        ...frameFor(advice.tool, r.p, r.ctx.catalog),
        advice: period ? { ...advice, period } : advice,
      };
    },
  }),
  intent({
    name: "funnel",
    // "checkouts started by week": one funnel step's series is that metric's trend, not the funnel.
    // fix6c: "atc rate and checkout completion rate by channel": those rates as metrics.
    // fix6a: "cpa for retargeting cart abandoners": the campaign's name is not the funnel's cart.
    matches: (r) =>
      (r.p.trend.trend && r.p.metrics.some((m) => FUNNEL_STEP_METRICS.has(m))) || asksNamedStepRates(r.p)
        ? undefined
        : readFunnelIntent(withoutCampaignNames(r.p, r.ctx.dimensionValues) ?? r.p.text),
    plan: (r, funnel) => {
      const frame = { ...frameFor("funnel", r.p, r.ctx.catalog), funnel };
      return { ...frame, compare: funnelBaseline(r.p, frame) };
    },
  }),
  intent({
    name: "funnel-follow-up",
    matches: (r) => funnelFollowUp(r.p, r.previous),
    plan: (_r, frame) => frame,
  }),
  // fix13d: "customers whose 2nd order was in q3", "churned = no order in 180 days": lifecycle counts.
  intent({
    name: "lifecycle-count",
    matches: (r) => readLifecycleCount(r.question, r.p),
    plan: (r, a) => lifecycleCountFrame(frameFor("cohorts", r.p, r.ctx.catalog), r.p, a),
  }),
  // fix6c: "customers with 3+ orders this year", "one-time buyers": orders per customer in a period.
  intent({
    name: "order-frequency",
    matches: (r) => readOrderFrequency(r.question, r.p),
    plan: (r, a) => orderFrequencyFrame(frameFor("cohorts", r.p, r.ctx.catalog), r.p, a),
  }),
  intent({
    name: "cohorts",
    matches: (r) => readCohortIntent(r.p.text),
    plan: planCohorts,
  }),
  // fix4a: "are we on track vs our targets": the targets against actuals (query_metrics carries the checks).
  intent({
    name: "targets-status",
    matches: (r) => (asksTargetsStatus(r.p) ? true : undefined),
    plan: (r) => targetsAfter(settlePeriods(targetsFrame(r.p, r.ctx.catalog), r.p, r.question), r),
  }),
  // fix7b: "what went on on june 9": that day's outcomes and spend against their normal, with drivers.
  intent({
    name: "day-diagnosis",
    matches: (r) => (asksDayDiagnosis(r.p) ? true : undefined),
    plan: (r) => dayDiagnosisFrame(r.p, r.ctx.catalog, r.question),
  }),
  // fix18d: "what happened with advantage+ in mid may": the anomaly scan for what was named.
  intent({
    name: "subject-event",
    matches: (r) => (asksSubjectEvent(r.p) ? true : undefined),
    plan: (r) => subjectEventFrame(r.p, r.ctx.catalog, r.question),
  }),
  intent({
    name: "overview",
    matches: (r) => (asksForOverview(r.p) ? true : undefined),
    plan: (r) => planOverview(r.p, r.ctx.catalog),
  }),
  // fix17c: "did paid social stop working?": its weekly series and direction, after the overview
  // so the scope checks decline a platform the data lacks (stopped-working-intent.ts).
  intent({
    name: "stopped-working",
    // A single day ("tanked on april 2, what happened") is that day's diagnosis, not a series.
    matches: (r) =>
      asksStoppedWorking(r.p.text) && !(r.p.time.period && r.p.time.period.from === r.p.time.period.to)
        ? true
        : undefined,
    plan: (r) => toolPlan(stoppedWorkingFrame(r.p, r.ctx.catalog, r.previous)),
  }),
  // fix21f: "is organic traffic growing? last 3 months vs the 3 before": the two periods compared.
  intent({ name: "direction-versus", matches: directionVersusPlan, plan: (_r, plan) => plan }),
  // fix18d: "is organic traffic growing?": its weekly series, whose reading states the direction.
  intent({
    name: "growth-direction",
    matches: (r) => (asksGrowthDirection(r.p) ? true : undefined),
    plan: (r) =>
      toolPlan(settlePeriods(growthDirectionFrame(r.p, r.ctx.catalog, r.question), r.p, r.question)),
  }),
  // fix19b: "how did it do per send" after an email answer: the program's revenue per send, each email's rates.
  intent({
    name: "email-per-send",
    matches: (r) => (asksEmailPerSend(r) ? true : undefined),
    plan: (r) => emailPerSendPlan(r),
  }),
  // fix19b: "what are the 3 things I should flag" after a week's numbers: the biggest movers.
  intent({
    name: "flag-follow-up",
    matches: (r) =>
      asksWhatToFlag(r.p, r.previous)
        ? withNotes(toolPlan(flagFrame(r.p, r.previous, r.ctx.catalog)), [FLAG_NOTE])
        : undefined,
    plan: (_r, plan) => plan,
  }),
  // "and last quarter?", "only Google": the previous turn's frame with this turn's changes.
  intent({
    name: "follow-up",
    matches: (r) => (r.followUp ? r.previous : undefined),
    plan: (r, previous) =>
      // fix19b: "just the west coast ones": a part of the US is its states.
      regionGroupFollowUp(
        settlePeriods(
          mergeFollowUp(previous, r.p, r.ctx.catalog, r.ctx.previousQuestion, r.question),
          r.p,
          r.question,
        ),
        r.p.text,
        r.ctx.catalog,
      ),
  }),
  // Nothing recognised at all: a catalog search when it reads like a data question (checks.ts
  // declines the rest).
  intent({
    name: "catalog-search",
    matches: (r) => (r.p.recognised ? undefined : true),
    plan: (r) => searchFrame(r),
  }),
  // fix5c: "the Summer26 campaigns vs everything else": the group's totals, then the rest's.
  intent({ name: "group-vs-rest", matches: (r) => readGroupVsRest(r), plan: (_r, plan) => plan }),
  // fix5c: "what's nCAC and what was it in september": the definition, then the value.
  intent({ name: "define-and-value", matches: (r) => readDefineAndValue(r), plan: (_r, plan) => plan }),
  // fix10a: "how much should we spend next black friday": last year's occurrence and a split, not a forecast.
  intent({ name: "plan-from-history", matches: planFromHistory, plan: (_r, plan) => plan }),
  // Everything else: a metric question (query, rank, trend, compare, explain, attribution, ...).
  intent({
    name: "metric",
    matches: (r) => ({ intent: metricIntentOf(r.p) }),
    plan: (r, m) => metricQuestionFrame(r, m.intent),
  }),
];

/** The registry entry named `name`. */
export function intentNamed(name: string): IntentEntry {
  const entry = INTENTS.find((e) => e.name === name);
  if (!entry) throw new Error(`no intent named ${name}`);
  return entry;
}

/** Position of an intent in the registry (checks apply from a position on). */
export function intentIndex(name: string): number {
  const i = INTENTS.findIndex((e) => e.name === name);
  if (i < 0) throw new Error(`no intent named ${name}`);
  return i;
}

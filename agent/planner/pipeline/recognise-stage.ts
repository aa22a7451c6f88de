/**
 * Stage 2, recognise: read the question's metrics, dimensions, filters, time and signals
 * (parse.ts), settle what the vocabulary decides without asking (paid vs organic, a holiday a year
 * apart, a ranking of days, own names; late: email metrics and a named send, paid-vs-organic
 * search, a metric picked from a clarification), then find its intent: the first registry entry
 * that matches (intents.ts).
 */
import { dropFiltersInsideCampaignNames } from "../campaigns-intent.ts";
import { applyChannelGroup } from "../channel-group-intent.ts";
import { applyDaysOverThreshold } from "../days-over-threshold.ts";
import { applyEmailGroup, namedEmailGroup } from "../email-groups.ts";
import { readEmailMetrics } from "../email-intent.ts";
import { leaveFlowsOutOfSends } from "../email-performance.ts";
import { namedEmailSend, namesEmailSend } from "../email-send.ts";
import { isFollowUp } from "../follow-up.ts";
import { sameHolidayLastYear } from "../holiday-yoy.ts";
import { paidRoasForAttributedRoas } from "../honest-roas.ts";
import { applyMovingAverageSeries } from "../moving-average-series.ts";
import { normalize } from "../normalize.ts";
import { parseQuestion } from "../parse.ts";
import { applyPivotLayout } from "../pivot-layout-intent.ts";
import { settleSearchPair } from "../platform-pair.ts";
import { applyPreviousSubject } from "../previous-subject.ts";
import {
  applyCompoundSeries,
  applyRunningTotalSeries,
  applyStepChangeSeries,
} from "../series-steps-intent.ts";
import { applyTimeUnitRanking } from "../time-unit-ranking.ts";
import { unavailableBreakdownWords } from "../unavailable-breakdown.ts";
import { applyZeroRowsAsk } from "../zero-rows.ts";
import { INTENTS } from "./intents.ts";
import { ownValueWords } from "./own-words.ts";
import type { Normalized, Reading, Recognised } from "./types.ts";

/** The question read: parsed, with what its vocabulary settles applied. */
export function readQuestion(n: Normalized): Reading {
  const { question, ctx } = n;
  const p = parseQuestion(question, ctx);
  applyChannelGroup(p); // "paid vs organic": the channel group, not organic search (channel-group-intent.ts)
  const holidayYoy = sameHolidayLastYear(p); // the holiday as it fell last year (holiday-yoy.ts)
  applyPivotLayout(p); // fix12a: "months as rows, channels as columns": both sides are the breakdown (pivot-layout-intent.ts)
  applyTimeUnitRanking(p); // "best day for orders": a date breakdown ranked (time-unit-ranking.ts)
  applyZeroRowsAsk(p); // fix15e: "campaigns that never got an order": every row from fewest, all time (zero-rows.ts)
  applyMovingAverageSeries(p); // fix10b: "7 day rolling avg of orders": the daily series (moving-average-series.ts)
  applyCompoundSeries(p); // fix12a: "cmgr of orders since jan": the series between its ends (series-steps-intent.ts)
  applyStepChangeSeries(p); // fix11b: "mom % for every month": each month's change (series-steps-intent.ts)
  applyRunningTotalSeries(p); // fix11b: "cumulative orders this year": the series and its running total
  applyDaysOverThreshold(p); // fix10b: "which days had roas under 1": the daily series (days-over-threshold.ts)
  dropFiltersInsideCampaignNames(p, ctx.dimensionValues); // fix6a: "the display gift guide" is a name (campaigns-intent.ts)
  paidRoasForAttributedRoas(p); // fix8c: all channels' credit over ad spend is MER, not ROAS (honest-roas.ts)
  // The user's own organization name is context, not an unknown word ("how did Acme do in October").
  const own = new Set(normalize(ctx.organizationName ?? "").split(" "));
  p.unknownWords = p.unknownWords.filter((w) => !own.has(w));
  if (ctx.clarificationId?.startsWith("dimension:")) {
    const settled = unavailableBreakdownWords(p.text);
    p.unknownWords = p.unknownWords.filter((w) => !settled.has(w));
  }
  const previous = ctx.previous?.kind === "tool_calls" ? ctx.previous.frame : undefined;
  applyPreviousSubject(p, previous); // fix20a: "what happened in may with it": the subject before (previous-subject.ts)
  return {
    ...n,
    p,
    previous,
    // Both set by the email-vocabulary settlement below.
    followUp: false,
    emailMetrics: false,
    holidayYoy,
    ownWords: () => ownValueWords(ctx),
  };
}

/**
 * What the vocabulary settles late: applied just before the registry tries the entry named
 * `before`, so the intents above it read the words as parsed (a marginal-return question about
 * "google search" changes the platform it names, not also the paid-search channel).
 */
const LATE_SETTLEMENTS: readonly { name: string; before: string; apply: (r: Reading) => void }[] = [
  {
    // "email clicks", "newsletter CTR": email metrics, not ad metrics; "unsubscribes from the black
    // friday email": that send as a filter (or the sends to choose from). After the thread
    // follow-ups, which read the metrics as asked; whether the question continues the previous
    // turn is read with them.
    name: "email-vocabulary",
    before: "email-send",
    apply: (r) => {
      const sendNamed = namesEmailSend(r.p.text, r.ctx.dimensionValues);
      r.emailMetrics = readEmailMetrics(r.p, r.ctx.catalog, r.previous, sendNamed);
      leaveFlowsOutOfSends(r.p, r.ctx.dimensionValues); // fix13b: a send is not a flow
      r.emailSend = namedEmailSend(r.p, r.ctx.dimensionValues, r.ctx.clarificationId);
      // "the newsletter", "promo emails": that kind of email campaign (email-groups.ts).
      // fix7e: or a turn naming no measure after an answer on email metrics ("and the promo emails?").
      const afterEmail =
        !r.p.metrics.length &&
        !!r.previous?.metrics.length &&
        r.previous.metrics.every((m) => m.startsWith("email_"));
      // leftA: or no measure at all ("how did the promo emails do"): the group's own measures.
      const group =
        r.p.metrics.some((m) => m.startsWith("email_")) || afterEmail || !r.p.metrics.length
          ? namedEmailGroup(r.p, r.ctx.dimensionValues)
          : undefined;
      if (group && !r.emailSend) applyEmailGroup(r.p, group, r.previous);
      r.followUp = isFollowUp(r.p, r.previous, r.question);
    },
  },
  {
    // "google search", "organic google traffic": paid or organic search when the words decide it.
    name: "search-pair",
    before: "follow-up",
    apply: (r) => settleSearchPair(r.p, r.ctx.catalog),
  },
  {
    // The metric picked from a "which metric?" clarification, when the question names none.
    name: "clarified-metric",
    before: "follow-up",
    apply: ({ p, ctx }) => {
      const preferred = ctx.clarificationId?.startsWith("metric:") ? ctx.clarificationId.slice(7) : undefined;
      if (!p.metrics.length && preferred && ctx.catalog.metrics.has(preferred)) p.metrics = [preferred];
    },
  },
];

/**
 * @example recogniseStage(normalized).intent // "funnel" for "show me the conversion funnel"
 */
export function recogniseStage(n: Normalized): Recognised {
  const reading = readQuestion(n);
  for (const entry of INTENTS) {
    for (const s of LATE_SETTLEMENTS) if (s.before === entry.name) s.apply(reading);
    const match = entry.matches(reading);
    if (match !== undefined) return { reading, intent: entry.name, match };
  }
  // The last entry (a metric question) matches every question.
  throw new Error("no intent matched");
}

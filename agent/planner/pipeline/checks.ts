/**
 * The check stage's checks: scope (whose data, what the tools can do) and premises (a metric the
 * question leaves ambiguous, a breakdown the data lacks). Each applies to the intents from a
 * registry position on (intents.ts) or to one intent, and either settles the answer (a decline or
 * a clarification) or reroutes the question to another intent (a catalog search). They run in
 * this order; the first that fires wins.
 */

import { hourUnsupportedMessage } from "../cyclic-breakdown.ts";
import { HEADLINE_METRICS, inCatalog } from "../frame.ts";
import { ownerBeforeMetric } from "../owner-name.ts";
import { parseQuestion } from "../parse.ts";
import {
  competitorRequest,
  forecastRequest,
  missingPlatform,
  offTopicRequest,
  otherOrganization,
  platformActionRequest,
  unknownMetric,
} from "../scope.ts";
import type { Intent, Plan } from "../types.ts";
import { unavailableBreakdown, unavailableBreakdownQuestion } from "../unavailable-breakdown.ts";
import { searchable } from "./catalog-search.ts";
import { breakdownOptions, clarify, metricOptions } from "./clarifications.ts";
import { DECLINES, decline, unknownOwnerMessage } from "./declines.ts";
import { intentIndex } from "./intents.ts";
import { BREAKDOWN_INTENTS, NEEDS_METRIC, REPORTING, SEARCHABLE } from "./metric-question.ts";
import { withNotes } from "./noted-plans.ts";
import { DATA_QUESTION, LOOKS_LIKE_DEFINITION, RANKING_MEASURES } from "./phrasings.ts";
import type { Reading } from "./types.ts";

/** What a check decides: the answer itself, or another intent to answer as. */
export type CheckOutcome = { settled: Plan } | { reroute: string };

/** One check: the intents it applies to and what it decides (undefined: the question passes). */
export interface Check {
  name: string;
  appliesTo: (intent: string) => boolean;
  run: (r: Reading, match: unknown) => CheckOutcome | undefined;
}

/** fix15b: words of a "normal" baseline (time-baseline.ts), read as the baseline rather than as unknown. */
const BASELINE_WORDS = new Set([
  "normal",
  "normally",
  "usual",
  "usually",
  "typical",
  "typically",
  "regular",
  "ordinary",
  "average",
  "baseline",
  "everyday",
]);

/** fix16f: words that rank by size ("biggest channels"), not by how well each did. */
const SIZE_WORDS = /\b(?:biggest|bigest|biggist|largest|larges|main|major|primary|leading|heaviest|key)\b/;
const SIZE_NOTE = "Read as size: ranked by revenue, with ad spend beside it.";

/** Applies to the registry's intents from `name` on. */
const from = (name: string) => (intent: string) => intentIndex(intent) >= intentIndex(name);
/** Applies to one intent. */
const only = (name: string) => (intent: string) => intent === name;

const settle = (plan: Plan): CheckOutcome => ({ settled: plan });
/** The metric question's own intent (intents.ts `metric` entry). */
const metricIntent = (match: unknown) => (match as { intent: Intent }).intent;

/** Every check, in the order they run. */
export const CHECKS: readonly Check[] = [
  {
    name: "declined-request",
    appliesTo: from("thread-follow-up"),
    run: (r) => (r.p.signals.decline ? settle(decline(r.p.signals.decline)) : undefined),
  },
  {
    name: "invalid-date",
    appliesTo: from("thread-follow-up"),
    run: (r) =>
      r.p.time.invalid
        ? settle({ kind: "decline", message: `I can't answer for that date: ${r.p.time.invalid}` })
        : undefined,
  },
  {
    name: "other-organization",
    appliesTo: from("thread-follow-up"),
    run: (r) =>
      otherOrganization(r.question, r.p.unknownWords, r.ctx.organizationName, r.ownWords())
        ? settle(decline("tenant"))
        : undefined,
  },
  {
    // "whats beta bikes revenue": a name the data does not have, in the owner's place.
    name: "unknown-owner",
    appliesTo: from("thread-follow-up"),
    run: (r) => {
      const owner = ownerBeforeMetric(
        r.p.text,
        r.p.unknownWords,
        r.ownWords(),
        (w) => parseQuestion(w, r.ctx).metrics.length > 0,
      );
      return owner ? settle({ kind: "decline", message: unknownOwnerMessage(owner) }) : undefined;
    },
  },
  {
    // "conversion rate on mobile vs desktop": the overall rate would answer a different question.
    name: "unavailable-breakdown",
    appliesTo: from("pacing"),
    run: (r) => {
      if (r.ctx.clarificationId?.startsWith("dimension:")) return undefined;
      const unavailable = unavailableBreakdown(r.p.text, r.ownWords());
      // "what's a tablet" asks what a word means; "whats our conversion rate on mobile" names a metric
      // to split by devices, which no ad format or campaign is named for (fix19c), so the overall
      // figure would answer another question.
      const devices = unavailable?.label === "device" && r.p.metrics.length > 0;
      if (LOOKS_LIKE_DEFINITION.test(r.p.text) && !devices) return undefined;
      return unavailable
        ? settle(
            clarify(unavailableBreakdownQuestion(unavailable), breakdownOptions(r.ctx.catalog), r.question),
          )
        : undefined;
    },
  },
  {
    // "spend by hour": ad spend, sessions and email are daily; only orders have a time of day.
    name: "hour-of-day-unsupported",
    appliesTo: from("pacing"),
    run: (r) => {
      if (!r.p.dims.dimensions.includes("hour_of_day")) return undefined;
      const daily = r.p.metrics
        .map((k) => r.ctx.catalog.metrics.get(k))
        .filter((m) => m && !m.supportedDimensions.includes("hour_of_day"));
      return daily.length
        ? settle({
            kind: "decline",
            message: hourUnsupportedMessage(daily.map((m) => m!.label.toLowerCase())),
          })
        : undefined;
    },
  },
  // Acting on an ad platform or scheduling is not a data question: answering the data part alone
  // ("pause the worst campaign" -> a ranking) would answer a different question.
  {
    name: "platform-action",
    appliesTo: from("overview"),
    run: (r) => (platformActionRequest(r.p.text) ? settle(decline("action")) : undefined),
  },
  {
    name: "off-topic",
    appliesTo: from("overview"),
    run: (r) => (offTopicRequest(r.p.text) ? settle(decline("off_topic")) : undefined),
  },
  {
    name: "competitor",
    appliesTo: from("overview"),
    run: (r) => (competitorRequest(r.p.text, r.ownWords()) ? settle(decline("competitor")) : undefined),
  },
  {
    name: "missing-platform",
    appliesTo: from("overview"),
    run: (r) => {
      const missing = missingPlatform(r.p.text, r.ctx.dimensionValues, r.ctx.organizationName);
      return missing ? settle({ kind: "decline", message: missing }) : undefined;
    },
  },
  {
    name: "value-ambiguity",
    appliesTo: from("follow-up"),
    run: (r) => {
      const a = r.p.dims.ambiguity;
      if (!a) return undefined;
      const options = a.options.map((o) => ({
        id: `value:${o.dimension}:${o.value}`,
        label: `${o.label} (${o.dimension.replace(/_/g, " ")})`,
      }));
      return settle(
        clarify(`"${a.phrase}" could mean more than one thing. Which did you mean?`, options, r.question),
      );
    },
  },
  {
    name: "not-a-data-question",
    appliesTo: only("catalog-search"),
    run: (r) =>
      DATA_QUESTION.test(r.p.text) && searchable(r.p, r.question) ? undefined : settle(decline("off_topic")),
  },
  {
    name: "forecast",
    appliesTo: only("metric"),
    run: (r, m) =>
      REPORTING.has(metricIntent(m)) &&
      !r.followUp &&
      !r.holidayYoy &&
      forecastRequest(r.p.text, r.p.time.period?.from, r.p.today)
        ? settle({ kind: "decline", message: DECLINES.forecast })
        : undefined,
  },
  {
    name: "metric-ambiguity",
    appliesTo: only("metric"),
    run: (r, m) => {
      const intent = metricIntent(m);
      const a = r.p.metricAmbiguity;
      // A definition explains every reading instead (frame.ts, fix7c).
      if (!NEEDS_METRIC.has(intent) || !a || intent === "anomalies" || intent === "define") return undefined;
      const options = metricOptions(r.ctx.catalog, a.keys);
      return settle(
        clarify(
          `By "${a.phrase}" do you mean ${options.map((o) => o.label).join(" or ")}?`,
          options,
          r.question,
        ),
      );
    },
  },
  {
    // "which channel is best" names no measure: ranking by revenue would answer a question the user
    // may not have asked. Campaigns are the exception (judged on ROAS, see frame.ts).
    name: "best-by-what",
    appliesTo: only("metric"),
    run: (r, m) => {
      const { p, ctx } = r;
      if (metricIntent(m) !== "rank" || p.metrics.length || r.followUp || !p.dims.dimensions.length)
        return undefined;
      // fix16f: "biggest channels", "our main platforms": size has an obvious reading, revenue with
      // spend beside it, said in a note; only "best" leaves the measure open.
      if (SIZE_WORDS.test(p.text) && p.ranking?.direction !== "worst") {
        const sized = r.replan(`${r.question} by revenue and spend`, ctx);
        if (sized.kind === "tool_calls") return settle(withNotes(sized, [SIZE_NOTE]));
      }
      if (p.dims.dimensions.includes("campaign")) return undefined;
      // "best weekday for email": email is judged on email engagement, whatever the breakdown.
      const emailAsk = /\b(?:e mails?|emails?|newsletters?)\b/.test(r.question.toLowerCase());
      const measures =
        p.dims.dimensions.includes("email_campaign") || emailAsk
          ? RANKING_MEASURES.email_campaign
          : RANKING_MEASURES.default;
      const options = metricOptions(ctx.catalog, inCatalog(measures, ctx.catalog));
      const by = ctx.catalog.dimensions.get(p.dims.dimensions[0] ?? "")?.label.toLowerCase() ?? "breakdown";
      if (options.length <= 1) return undefined;
      const best = p.ranking?.direction === "worst" ? "Worst" : "Best";
      return settle(clarify(`${best} by what? I can rank each ${by} by any of these.`, options, r.question));
    },
  },
  {
    name: "unknown-metric",
    appliesTo: only("metric"),
    run: (r, m) => {
      const intent = metricIntent(m);
      const unknownNamed = unknownMetric(r.p.unknownWords) && !r.p.dims.dimensions.length;
      const unnamed = !r.p.metrics.length && !r.p.metricAmbiguity;
      return (intent === "define" && unnamed) || (unknownNamed && SEARCHABLE.has(intent))
        ? { reroute: "catalog-search" }
        : undefined;
    },
  },
  {
    name: "which-metric-to-explain",
    appliesTo: only("metric"),
    run: (r, m) =>
      metricIntent(m) === "explain" && !r.p.metrics.length
        ? settle(
            clarify(
              "Which metric should I explain?",
              metricOptions(r.ctx.catalog, inCatalog(HEADLINE_METRICS, r.ctx.catalog)),
              r.question,
            ),
          )
        : undefined,
  },
  {
    // No metric and words nothing recognised: a catalog search when they sound like a metric.
    name: "no-metric",
    appliesTo: only("metric"),
    run: (r, m) => {
      const intent = metricIntent(m);
      // fix15b: "black friday vs a normal week": the baseline's own word ("normal", "typical") was
      // read as a baseline (time-baseline.ts), so it is no unknown word; the default figures answer.
      const normal = /^normal\b/.test(r.p.time.compare?.period?.label ?? "");
      const unknown = r.p.unknownWords.filter((w) => !(normal && BASELINE_WORDS.has(w)));
      if (
        !(intent === "query" || intent === "compare" || intent === "rank" || intent === "trend") ||
        r.p.metrics.length ||
        !unknown.length
      )
        return undefined;
      return searchable(r.p, r.question) ? { reroute: "catalog-search" } : settle(decline("off_topic"));
    },
  },
  {
    name: "unknown-breakdown",
    appliesTo: only("metric"),
    run: (r, m) =>
      r.p.unknownBreakdown && BREAKDOWN_INTENTS.has(metricIntent(m))
        ? settle(
            clarify(
              `I can't break results down by "${r.p.unknownBreakdown}": it is not a dimension in your data. Which breakdown should I use instead?`,
              breakdownOptions(r.ctx.catalog),
              r.question,
            ),
          )
        : undefined,
  },
];

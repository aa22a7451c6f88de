/**
 * leftD: what an incident cost ("did the checkout bug in june lose us sales", "how many orders did
 * the tracking outage cost", "what did the broken page in august do to orders"). The data knows
 * no incident by name, but it shows one: a run of days where a channel's conversion rate broke
 * from the days around it (the rate-break core), or a day whose orders fell far below normal (the
 * day detector). The scan covers the month asked with four weeks either side, so the break has
 * normal days to stand apart from, and its answer gives the orders lost against the rate outside
 * the window, said as an estimate. Before this, "landing page" read as a breakdown to clarify.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { addDays } from "../../semantic/query/dates.ts";
import { campaignPeriod, frameFor } from "./frame.ts";
import { incidentNote } from "./incident-days.ts";
import type { ParsedQuestion } from "./parse.ts";
import { settlePeriods } from "./period-settle.ts";
import type { Frame } from "./types.ts";

/** Something that broke, told as an event (para21: also data said lost, missing or looking wrong). */
const INCIDENT =
  /\b(?:broken|broke|breakage|outage|outages|went down|was down|downtime|bug|bugs|buggy|glitch\w*|crash\w*|(?:tracking|pixel|tag|site|page|checkout) (?:gap|loss|outage|issue|problem|failure|error|break)s?|(?:pixel|tag|tracking|site|checkout|page) (?:broke|died|failed|stopped working)|404s?|(?:conversions?|conversion rates?|cvr|orders|sales|purchases) (?:tanked|crashed|cratered|collapsed|plunged|plummeted|nosedived|nose dived|fell off a cliff|dropped off a cliff|fell apart|died)|(?:lose|lost|losing) (?:the )?(?:tracking|data)|(?:data|tracking|numbers|orders) (?:went|go|gone|goes) missing|missing (?:data|tracking)|(?:data|numbers) (?:looks?|looked|seems?|seemed|is|are|was|were) (?:wrong|off|broken|bad|weird|messed up))\b/;

/** Asking what it cost in orders or sales ("was there a bug" alone is a scan, not a cost). */
const COST =
  /\b(?:cost|costs|set (?:us|me) back|lose|lost|losing|loss|miss|missed|hurt|hit|hits|damage\w*|impact\w*|how (?:many|much)|dent|drag\w*|do to (?:orders|sales|revenue|conversions))\b/;

/** A loss said of a named incident ("lost during the outage", "what the outage cost us"). */
const NAMED_LOSS =
  /\b(?:lose|lost|losing|cost us|costs us|set us back|went missing|go missing|missed|unrecorded)\b/;

/** The rate a broken page or tracking gap moves, and the count a lost day shows. */
const INCIDENT_METRICS = ["conversion_rate", "orders"];
/** Normal days on each side of the month asked, for the break to stand apart from. */
const CONTEXT_DAYS = 28;

/** Whether the question asks what an incident cost, in a past period or with none. */
export function asksIncidentCost(p: ParsedQuestion): boolean {
  const period = p.time.period;
  // fix19e: "orders lost during the outage": the incident named and read as its date.
  if (p.incident && NAMED_LOSS.test(p.text)) return true;
  return Boolean((!period || period.from <= p.today) && INCIDENT.test(p.text) && COST.test(p.text));
}

/**
 * The conversion-rate and orders scan around the period asked (all the data when none), per
 * channel as the rate-break scan does.
 */
export function incidentCostFrame(
  p: ParsedQuestion,
  catalog: Catalog,
  question: string,
  lossDays?: readonly string[],
): Frame {
  const frame = frameFor("anomalies", p, catalog);
  const all = campaignPeriod(p.today, p.dataEnd);
  const named = namedTrackingLoss(p, lossDays);
  const asked = named?.period ?? p.time.period;
  const period = asked
    ? {
        from: addDays(asked.from, -CONTEXT_DAYS) < all.from ? all.from : addDays(asked.from, -CONTEXT_DAYS),
        to: addDays(asked.to, CONTEXT_DAYS) > all.to ? all.to : addDays(asked.to, CONTEXT_DAYS),
        label: `${asked.label ?? "the period asked"} with four weeks either side`,
      }
    : { ...all, label: "all the data (the last 12 months)" };
  return settlePeriods({ ...frame, period, metrics: INCIDENT_METRICS, anomalyFocus: "loss" }, p, question);
}

/** fix19e: which days "the tracking outage" was read as, said first (none when a date was named). */
export function trackingLossNote(p: ParsedQuestion, lossDays?: readonly string[]): string | undefined {
  return namedTrackingLoss(p, lossDays)?.note;
}

/**
 * fix19e: "the tracking outage", "the pixel outage", "when tracking broke", named with no month or
 * with a time word ("orders lost from the tracking outage"): the tracking loss the data shows
 * (its days found by core/anomaly/tracking-loss-days.ts), never the whole year's biggest shortfall,
 * which was a broken landing page in another month. A month the question names is kept.
 */
const TRACKING_LOSS_NAMED =
  /\b(?:(?:tracking|pixel|tag|analytics|data) (?:outage|blackout|loss|gap)s?|(?:the|that|our) (?:big |recent |last )?(?:site |website )?outage|(?:tracking|pixel|tag|analytics)(?: tag)? (?:broke|went down|died|failed|stopped(?: working)?))\b/;

function namedTrackingLoss(
  p: ParsedQuestion,
  lossDays: readonly string[] | undefined,
): { period: { from: string; to: string; label: string }; note?: string } | undefined {
  // "the outage in march": the month read by the time rules (or incident-days.ts's misdating) stands.
  if (p.incident)
    return { period: { from: p.incident.from, to: p.incident.to, label: "the tracking outage" } };
  if (p.time.period || !lossDays?.length || !TRACKING_LOSS_NAMED.test(p.text)) return undefined;
  const days = [...lossDays].sort();
  // The latest run of consecutive days, as incident-days.ts reads "the outage".
  let from = days.at(-1)!;
  for (let i = days.length - 2; i >= 0 && addDays(days[i]!, 1) === from; i--) from = days[i]!;
  const incident = { from, to: days.at(-1)!, count: 1 };
  return {
    period: { from: incident.from, to: incident.to, label: "the tracking outage" },
    note: incidentNote(incident),
  };
}

/**
 * fix18d: "is organic traffic growing?", "are email sales shrinking", "is tiktok spend going up":
 * a direction asked of one thing over time. With no metric read from the verb ("growing" is not
 * in the catalog) the question fell to a catalog search, or to a compare of two 30-day blocks that
 * gave no run of weeks to judge a direction from. The answer is the thing's weekly series over the
 * named period or the last twelve weeks (as a stopped-working question gets), whose reading states
 * the direction; traffic words ask for sessions.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { daysBetween } from "../../semantic/query/dates.ts";
import { monthlySeriesPeriod } from "./frame.ts";
import { judgesGrowthCost } from "./growth-cost-judged.ts";
import type { ParsedQuestion } from "./parse.ts";
import { stoppedWorkingFrame } from "./stopped-working-intent.ts";
import type { Frame } from "./types.ts";

/** A direction verb after "is/are/has ...": growing, shrinking, going up, trending down, flat. */
const DIRECTION = String.raw`(?:growing|grown|shrinking|shrunk|declining|falling|rising|dropping|climbing|increasing|decreasing|improving|worsening|deteriorating|sliding|slipping|creeping (?:up|upwards?|down|higher|lower)|ticking (?:up|down)|heading (?:up|down|higher|lower)|going (?:higher|lower|the wrong way|in the wrong direction)|getting (?:higher|lower|worse|better)|slowing(?: down)?|picking up|going (?:up|down)|gone (?:up|down)|trending (?:up|upwards?|down|downwards?)|getting (?:better|worse|bigger|smaller)|on the (?:rise|way (?:up|down)|decline)|flat|flatlining|plateau(?:ing|ed)?|stagnating|stagnant)`;
const ASKS_DIRECTION = new RegExp(
  String.raw`\b(?:is|are|r|was|were|has|have|s)\b(?: (?!(?:not|it|they|we)\b)[\w+&'-]+){0,6}? (?:(?:still|really|actually|steadily|slowly|even) )?${DIRECTION}\b|\b[\w+&'-]+ ${DIRECTION} (?:or (?:not|no|what|\w+ing)|lately|recently|at all|these days|over time)\b|^(?:[\w+&'-]+ ){1,4}${DIRECTION}\s*$|\b(?:seeing|see|noticing|notice|spotting) (?:a |an |any )?(?:[\w+&'-]+ ){0,4}?(?:declin(?:e|ing)|drop(?:ping)?|ris(?:e|ing)|increas(?:e|ing)|decreas(?:e|ing)|uptick|upward trend|downward trend|climb(?:ing)?)\b`,
);
/** A named comparison, a cause or a ranking: other readers answer these. */
const OTHER_ASK =
  /\b(?:why|what caused|what s causing|reason|which|who|top|fastest|most|how much|how fast|vs|versus|compared|than|yoy|mom|wow|since|from .{1,30} to|forecast|will|if we|budget|plan)\b/;
/** Traffic words: sessions, not revenue. */
const TRAFFIC = /\b(?:traffic|visits?|visitors|sessions?|site visits)\b/;

/**
 * Whether the question asks which way something is going (not why, not which one, not against a
 * named period).
 * @example asksGrowthDirection("is organic traffic growing?") // true
 * @example asksGrowthDirection("why is revenue declining") // false
 */
export function asksGrowthDirection(p: ParsedQuestion): boolean {
  if (p.time.compare) return false;
  const t = p.text.toLowerCase();
  // fix20c: a metric named ("is our cpa climbing", "unsub rate creeping up?") gets its series too:
  // a direction is read from a run of weeks, not from two 30-day blocks or one figure.
  // "is cac climbing as we add more new customers": the growth verdict (growth-cost-judged.ts).
  if (judgesGrowthCost(t, p.metrics)) return false;
  // "has affiliate's share of spend grown? by month": a share over time (share readers).
  if (/\b(?:share|shares|percent(?:age)?|proportion|mix)\b|%/.test(t)) return false;
  return ASKS_DIRECTION.test(t) && !OTHER_ASK.test(t) && !p.ranking && !p.models.length;
}

/** The weekly series of what the question names; traffic words ask for sessions. */
export function growthDirectionFrame(p: ParsedQuestion, catalog: Catalog, question: string): Frame {
  const weekly = stoppedWorkingFrame(p, catalog);
  // fix20c: a named period of half a year or more ("this year") is read month by month.
  const long = p.time.period && !p.trend.grain && daysBetween(weekly.period.from, weekly.period.to) >= 180;
  // "getting better or worse? mer by month": a month grain asked with no period is the last 12 months.
  const byMonth = !p.time.period && (p.trend.grain === "month" || p.trend.grain === "quarter");
  const grained: Frame = byMonth
    ? { ...weekly, period: monthlySeriesPeriod(p.today, p.dataEnd) }
    : long
      ? { ...weekly, grain: "month" }
      : weekly;
  // A period running past the data ("this year" on Nov 1) ends with the data.
  const end = p.dataEnd;
  const frame: Frame =
    end && grained.period.to > end && grained.period.from <= end
      ? { ...grained, period: { ...grained.period, to: end } }
      : grained;
  const named = p.metrics.filter((m) => catalog.metrics.has(m));
  if (named.length || !TRAFFIC.test(question.toLowerCase()) || !catalog.metrics.has("sessions")) return frame;
  return { ...frame, metrics: ["sessions"] };
}

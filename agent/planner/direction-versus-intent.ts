/**
 * fix21f: a direction asked against a named comparison ("is organic traffic growing? last 3 months
 * vs the 3 before", "did referral visits pick up q3 vs q2", "are tiktok orders declining compared
 * with the previous period"): the thing's two periods side by side with the change, whose sign is
 * the verdict. The direction verb is no metric ("growing" fell to a catalog search), and the
 * weekly series the growth-direction reader gives answers a direction with no comparison named.
 * Traffic words ask for sessions, also when a channel's alias took the word ("organic traffic").
 */
import { judgesGrowthCost } from "./growth-cost-judged.ts";
import { asksGrowthDirection } from "./growth-direction-intent.ts";
import { parseQuestion } from "./parse.ts";
import { toolPlan } from "./pipeline/assemble-stage.ts";
import { metricQuestionFrame } from "./pipeline/metric-question.ts";
import type { Reading } from "./pipeline/types.ts";
import type { Plan } from "./types.ts";

/** A direction said in any tense: "growing", "grew", "picked up", "went down", "trending up". */
const DIRECTION = String.raw`(?:grow(?:ing|n|s)?|grew|shrink(?:ing|s)?|shrunk|shrank|declin(?:e|es|ed|ing)|fall(?:ing|en|s)?|fell|ris(?:e|es|ing|en)|rose|drop(?:s|ped|ping)?|climb(?:s|ed|ing)?|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|improv(?:e|es|ed|ing)|worsen(?:s|ed|ing)?|slid(?:e|ing)?|slipp?(?:s|ed|ing)?|pick(?:s|ed|ing)? up|(?:go|goes|going|gone|went|head(?:s|ed|ing)?|trend(?:s|ed|ing)?|tick(?:s|ed|ing)?|creep(?:s|ing)?|crept) (?:up|upwards?|down|downwards?|higher|lower)|slow(?:s|ed|ing)? down|get(?:ting)? (?:better|worse|bigger|smaller)|on the (?:rise|decline|way (?:up|down))|flat|flatlining|stagnat\w*|plateau\w*)`;
/** The direction asked: "is X growing", "has X picked up", "X trending down?", "growing or not". */
const ASKS = new RegExp(
  String.raw`\b(?:is|are|r|was|were|has|have|had|did|does|do|s)\b(?: [\w+&'-]+){0,6}? (?:(?:still|really|actually|even|at all) )?${DIRECTION}\b|^(?:[\w+&'-]+ ){0,4}(?:- )?${DIRECTION}\b|\b${DIRECTION} (?:or (?:not|no|what|\w+ing)|at all)\b|\b${DIRECTION}\s*$`,
);
/** A comparison named in words, when the time reader took none. */
const VERSUS =
  /\b(?:vs|versus|compared|comparing|against|yoy|mom|wow|qoq|(?:year|month|week|quarter) over (?:year|month|week|quarter))\b/;
/** A cause, a ranking, a forecast or a plan: other readers answer these. */
const OTHER_ASK =
  /\b(?:why|what caused|what s causing|reason|which|who|top|fastest|most|least|forecast|will|if we|budget|plan|share|percent(?:age)?|proportion|mix)\b|%/;
/**
 * "compared to the prior 3 months", "vs the previous 90 days" with no period of its own: the last
 * stretch of that length against the one before it.
 */
const VERSUS_PRIOR =
  /\b(?:vs|versus|compared (?:to|with)|against|than) (?:the |a )?(?:prior|previous|preceding|last|past) (\d+|two|three|four|six|twelve) (days|weeks|months|quarters)\b/;

/** Traffic words: sessions. */
const TRAFFIC = /\b(?:traffic|visits?|visitors|site visits)\b/;

/**
 * Whether the question asks which way something went against a comparison it names.
 * @example asksDirectionVersus(parse("is organic traffic growing? last 3 months vs the 3 before")) // true
 * @example asksDirectionVersus(parse("is organic traffic growing")) // false: no comparison named
 */
export function asksDirectionVersus(r: Reading): boolean {
  const p = r.p;
  const t = p.text.toLowerCase();
  if (!(p.time.compare || VERSUS.test(t)) || p.time.compare?.mode === "previous_year") return false;
  if (OTHER_ASK.test(t) || p.ranking || p.models.length || p.dims.dimensions.length) return false;
  if (judgesGrowthCost(t, p.metrics) || asksGrowthDirection(p)) return false;
  return ASKS.test(t);
}

/**
 * The plan: the two periods compared on what the question names (sessions for traffic words).
 * Undefined when the question is not one.
 */
export function directionVersusPlan(r: Reading): Plan | undefined {
  if (!asksDirectionVersus(r)) return undefined;
  const traffic =
    !r.p.metrics.length && TRAFFIC.test(r.question.toLowerCase()) && r.ctx.catalog.metrics.has("sessions");
  const prior = r.p.time.period ? undefined : VERSUS_PRIOR.exec(r.question.toLowerCase());
  const time = prior
    ? parseQuestion(`last ${prior[1]} ${prior[2]} vs the previous period`, r.ctx).time
    : r.p.time;
  const p = { ...r.p, time, metrics: traffic ? ["sessions"] : r.p.metrics };
  return toolPlan(metricQuestionFrame({ ...r, p }, "compare"));
}

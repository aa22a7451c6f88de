/**
 * Overview questions ("how are we doing", "is our marketing working", "give me an overview of last
 * month"): no metric, breakdown or filter named, only "how is it going". They are answered by the
 * overview tool (headline KPIs against the previous period, the channel table and the biggest
 * movers), never by one metric or a catalog search. The phrasings are a table; the period is the
 * question's own, else "weekly/monthly summary" means the last complete week or month, else the
 * default (the last 30 days of data).
 */

import { dayInWords, spanInWords } from "../../lib/months.ts";
import type { Catalog } from "../../semantic/catalog/types.ts";
import { daysBetween } from "../../semantic/query/dates.ts";
import type { OverviewInput } from "../../tools/overview/definition.ts";
import { asksClientUpdate } from "./client-update.ts";
import { frameFor } from "./frame.ts";
import type { ParsedQuestion } from "./parse.ts";
import { settlePeriods } from "./period-settle.ts";
import { lastCompleteUnit } from "./time.ts";
import type { Frame, Plan } from "./types.ts";
import { EXTRA_OVERVIEW, matchesAny } from "./vocabulary-extra.ts";

/**
 * "Is our marketing working": the subject is marketing as a whole, so the metric words the
 * paraphrases read into it ("paying off", "worth it" -> "return on ad spend", "ad spend" -> spend) do
 * not narrow it (the patterns match the paraphrased text).
 */
export const MARKETING_WORKING: readonly RegExp[] = [
  /\b(?:is|are|was|were) (?:our |my |the |all )?(?:(?:this|our|my) )?(?:marketing|ads|advertising|ad spend|paid media|media spend|marketing spend|paid marketing|digital marketing) (?:even |actually |really )?(?:working|paying off|worth it|return on ad spend|effective|profitable|doing (?:well|ok|okay|good|alright))\b/,
  /\b(?:does|did|do) (?:our |my |the )?(?:marketing|advertising|ads|ad spend|paid media) (?:even |actually |really )?(?:work|pay off)\b/,
];

/** Phrasings that ask how things are going overall (beside intent.ts's overview words). */
export const OVERVIEW_PHRASINGS: readonly RegExp[] = [
  ...MARKETING_WORKING,
  /\bhow(?:s| s| is| are| was| were| has| have)? (?:business|things|everything|we|our marketing|marketing|the business|the shop|the store|sales)(?: been)?(?: doing| going| looking| tracking| performing)?(?: overall| in general| lately| so far| recently| rn| right now| atm| at the moment| these days| today| honestly)*$/,
  /\bhow (?:are|were|did|have|is) (?:we|things|it|everything) (?:doing|going|looking|tracking|performing|do|been doing|done|shaping up|shape up|panning out|pan out|holding up|hold up)\b/,
  // A bare "numbers?" / "stats" / "kpis": the headline figures.
  /^(?:the |our |my |any |latest |today )?(?:numbers|stats|statistics|kpis|metrics|figures|results)(?: please| pls)?$/,
  /\b(?:state|health) of (?:the |our )?(?:business|marketing|store|shop)\b/,
  /\b(?:health check|pulse check|executive summary|exec summary|kpi (?:summary|overview|report)|topline|top line (?:numbers|metrics|kpis)|key (?:numbers|metrics|kpis)|big picture|dashboard view|at a glance)\b/,
  /\b(?:overview|summary|recap|snapshot|rundown|round ?up|highlights|scorecard|update)(?: of| for| on)? (?:(?:the |our |my )?(?:business|marketing|performance|results|kpis|numbers|store|shop))\b/,
  /^(?:give me |show me |show |get me |i want |i need |can i get |can you give me )?(?:an? |the |our |my )?(?:quick |short |brief |high level |weekly |monthly |overall |marketing |performance )*(?:overview|summary|recap|snapshot|rundown|round ?up|highlights|scorecard|update|report card)\b/,
  // "is marketing in ok shape", "are things fine", "should i be concerned": reassurance about the
  // whole (a named metric or channel still makes it a narrower question, see asksForOverview).
  /\b(?:(?:is|are|was|were) )?(?:we|things|marketing|our marketing|the business|business|the numbers|our numbers|performance) (?:doing |looking |in )?(?:ok|okay|alright|all right|fine|good|healthy|on track|in (?:good|ok|okay|decent) shape)\b/,
  // fix5d: "the quarter in a nutshell", "tl;dr of september", "the short version of last month".
  /\b(?:in a nutshell|tl ?;? ?dr|the short version|in brief|in short|cliff ?notes|elevator pitch)\b/,
  /\b(?:should|do|must|would) (?:i|we) (?:be )?(?:worried|worry|concerned|nervous|panic|panicking|freak(?:ing)? out)\b/,
  /\b(?:anything|something) (?:i|we) (?:should|need to|ought to) (?:worry|be worried|be concerned|know|panic) about\b/,
];

/**
 * fix7s: how a named period went, read with the period words replaced by "@p" ("how did october
 * go", "how was Q3 vs Q2", "how did last week turn out"): the overview of that period, against the
 * baseline it names if any. A metric named beside it still makes it a metric question.
 */
const PERIOD_OVERVIEW: readonly RegExp[] = [
  /\bhow (?:did|was|were|is|has|have|does|do) (?:the |our |my )?@p (?:go|went|going|gone|look|looking|turn out|turned out|end up|wrap up|stack up|compare|been|treat us|treating us|shape up|shaping up|shaped up|pan out|panned out|panning out|hold up|holding up|held up|land|landed|finish|finished|close out|closed out|come in|came in)\b/,
  /\bhow (?:was|were|s) (?:the |our |my )?@p\b/,
  // para15: "hows november going", "how is the quarter looking": the period so far.
  /\bhow(?:s| s| is) (?:the |our |my )?@p (?:going|looking|shaping up|treating us|holding up|tracking)\b/,
  /\bhow (?:did|do|were|are|have) (?:we|things|you) (?:do|did|go|fare|perform|look|doing|going|faring|performing|looking|done|fared)\b.*@p/,
];

/**
 * fix18e: what changed from one named period to another ("what changed between @p and @p", "what's
 * different in @p vs @p", "@p to @p, what moved"): the headline KPIs against the earlier one with
 * the biggest movers (the drivers), not a KPI table alone.
 */
const CHANGED_BETWEEN: readonly RegExp[] = [
  /\b(?:what|wat|wht)(?: all| exactly| really| else)?(?: has| have| had|s| s| is| was| were| are)?(?: the)?(?: big| biggest| main| key)? (?:changed?|chnaged|changes|happened|moved|movers|shifted|shifts|differ(?:s|ent|ence|ences)?|swung)\b.{0,30}@p\b.{0,25}@p/,
  /@p\b.{0,25}@p\b.{0,20}\b(?:what|wat|wht)(?: has| have|s| s| is| was)? (?:changed?|chnaged|happened|moved|shifted|different|the difference)\b/,
  /\b(?:walk me through|break down|talk me through|take me through|run me through)(?: what changed| the changes?| the differences?)? (?:between|from) @p (?:and|to|vs|versus|compared to) @p\b/,
];

/**
 * Whether the question asks what changed between two periods it names (fix18e).
 * @example asksWhatChanged(parseQuestion("what changed between q2 and q3", ctx)) // true
 */
export function asksWhatChanged(p: ParsedQuestion): boolean {
  // fix20c: "last week vs the week before" (the period before, said) is a pair as well.
  if (!p.time.period || !p.time.compare) return false;
  const marked = withPeriodMarks(p.time.rest);
  return CHANGED_BETWEEN.some((r) => r.test(marked));
}

/** "a quick pulse", "pulse on the business": the headline figures. */
const PULSE = /\b(?:quick |a |the |business |marketing )?pulse\b(?! rate| ads?\b)/;

/** "what moved the most", "biggest movers", "what changed most": the overview's movers section. */
const MOVERS =
  /\b(?:what|which|who|anything)(?: channels?)? (?:moved|changed|shifted|swung|jumped|dropped) (?:the )?most\b|\b(?:biggest|largest|top|main) (?:movers?|changes|swings|shifts)\b/;

const UNIT_SUMMARY =
  /\b(weekly|monthly) (?:overview|summary|recap|snapshot|rundown|round ?up|highlights|scorecard|update|report)\b/;

/** Whether the question asks for an overview and names nothing narrower. */
export function asksForOverview(p: ParsedQuestion): boolean {
  const s = p.signals;
  if (asksClientUpdate(p)) return true;
  // fix18e: "what changed" reads as a scan for anomalies; between two named periods it is the
  // overview of the later against the earlier, unless a metric, breakdown or filter narrows it.
  if (asksWhatChanged(p))
    return !(p.metrics.length || p.metricAmbiguity || p.dims.dimensions.length || p.dims.filters.length);
  // The phrasings are tested with the question's period words taken out too ("how is marketing
  // doing this month" is "how is marketing doing", over this month).
  const bare = p.time.rest.replace(/\|+/g, " ").replace(/\s+/g, " ").trim();
  const said =
    s.overview ||
    matchesAny(EXTRA_OVERVIEW, p.text) ||
    OVERVIEW_PHRASINGS.some((r) => r.test(p.text) || (bare !== p.text && r.test(bare))) ||
    PULSE.test(p.text) ||
    (p.time.period !== undefined && PERIOD_OVERVIEW.some((r) => r.test(withPeriodMarks(p.time.rest))));
  if (!said) return false;
  const wholeMarketing = MARKETING_WORKING.some((r) => r.test(p.text));
  const movers = MOVERS.test(p.text);
  const narrower =
    (!wholeMarketing && (p.metrics.length > 0 || p.metricAmbiguity !== undefined)) ||
    // "which channels moved the most": the overview's movers are channels.
    (p.dims.dimensions.length > 0 && !(movers && p.dims.dimensions.every((d) => d === "channel"))) ||
    p.dims.filters.length > 0 ||
    // "what moved the most": the overview's biggest movers answer it, no ranking of its own.
    (p.ranking !== undefined && !movers) ||
    p.models.length > 0 ||
    p.unknownBreakdown !== undefined ||
    s.explain ||
    s.anomalies ||
    s.budget ||
    s.attribution ||
    s.define ||
    s.contrast ||
    s.catalogHelp ||
    s.listDimension !== undefined ||
    // A baseline with no period of its own ("vs last year" on its own) is a comparison question;
    // a named pair ("October vs September", "Q3 vs Q2") is the overview against that baseline.
    (p.time.compare !== undefined && p.time.compare.mode !== "previous_period" && !p.time.period);
  return !narrower;
}

/** The unmatched text with each masked period as "@p" ("how did ||||||| go" -> "how did @p go"). */
function withPeriodMarks(rest: string): string {
  return rest.replace(/\|+/g, "@p").replace(/\s+/g, " ").trim();
}

/** The overview's baseline when the question names one ("vs September", "vs last year"). */
function baselineOf(c: Frame["compare"]): OverviewInput["compareTo"] {
  if (!c || c.mode === "previous_period") return undefined;
  if (c.mode === "previous_year") return "previous_year";
  return c.period ? { from: c.period.from, to: c.period.to } : undefined;
}

/**
 * fix21d: a named pair whose first period is wholly before the data and whose other has data: the
 * other alone, with the line that says the first has no data (the overview would set $0 against it).
 */
function withoutPeriodBeforeData(
  compared: Frame | undefined,
  dataStart: string | undefined,
): Frame | undefined {
  const other = compared?.compare?.period;
  if (!compared || !other || !dataStart || compared.period.to >= dataStart || other.from < dataStart)
    return undefined;
  const asked = compared.period;
  // "black friday 2024" -> "Black Friday 2024 (November 29, 2024)"; other labels as the dates alone.
  const name = (x: { from: string; to: string; label?: string }) =>
    x.label && /^[a-z ]+\d{4}$/.test(x.label)
      ? `${x.label.replace(/\b[a-z]/g, (c) => c.toUpperCase())} (${spanInWords(x)})`
      : spanInWords(x);
  const days = daysBetween(other.from, other.to) + 1;
  const note =
    `Your data starts ${dayInWords(dataStart)}, so there is no data for ${name(asked)} to compare with: ` +
    `here is ${name(other)} instead, set against the ${days === 1 ? "day" : `${days} days`} just before it.`;
  return {
    ...compared,
    intent: "query",
    period: { ...other, label: other.label || "the period with data" },
    compare: undefined,
    note,
  };
}

/**
 * The overview plan for a question `asksForOverview` accepted. The frame is the headline-metrics
 * query of the same period, so a follow-up ("and by channel?") continues it.
 * @example planOverview(parseQuestion("how are we doing", ctx), catalog) // overview, last 30 days of data
 */
export function planOverview(p: ParsedQuestion, catalog: Catalog): Plan {
  const unit = UNIT_SUMMARY.exec(p.text)?.[1];
  // "ok this month?" on the 1st, before any of the month's data: the latest month with data, said
  // in the answer's first line (period-settle.ts), never an empty overview of one day.
  const named = p.time.period && p.time.compare && p.time.compare.mode !== "previous_period";
  // fix18e: "q2 -> q3, what changed": the later period is the one read against the earlier.
  const later =
    named && asksWhatChanged(p) && p.time.compare!.period && p.time.compare!.period.from > p.time.period!.from
      ? {
          ...p,
          time: {
            ...p.time,
            period: p.time.compare!.period,
            compare: { ...p.time.compare!, period: p.time.period },
          },
        }
      : p;
  const compared = named ? settlePeriods(frameFor("compare", later, catalog), later, p.text) : undefined;
  // fix15f: "this november vs last" before this November's data: last November alone, said.
  // fix21d: "how did black friday 2024 compare to black friday 2025" with data from November 2025:
  // the period with data alone, said, never $0 "down 100%".
  const alone = compared && !compared.compare ? compared : withoutPeriodBeforeData(compared, p.dataStart);
  const frame = alone
    ? { ...frameFor("query", p, catalog), period: alone.period, note: alone.note }
    : settlePeriods(frameFor("query", p, catalog), p, p.text);
  const period =
    !p.time.period && unit ? lastCompleteUnit(unit === "weekly" ? "week" : "month", p.today) : frame.period;
  // The baseline settled as a comparison's would be ("this October vs last": never itself).
  const compareTo = compared && !alone ? baselineOf(compared.compare) : undefined;
  const args = { period: { from: period.from, to: period.to }, ...(compareTo ? { compareTo } : {}) };
  return {
    kind: "tool_calls",
    intent: "query",
    calls: [{ name: "overview", args }],
    frame: { ...frame, period, compare: undefined, grain: undefined },
  };
}

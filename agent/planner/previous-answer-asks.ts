/**
 * fix11a: follow-ups that ask *about* the previous answer, which read alone named nothing the
 * planner knew and were declined as off topic (or answered with a default frame):
 * - "how did you work that out", "walk me through the math": the same figures with the inputs
 *   each ratio divides (ROAS: attributed paid revenue and spend), and the division said;
 * - "GA4 shows 2,300, why is yours lower", "our finance sheet has more, what gives": we cannot see
 *   the other tool, so the same answer again with the plausible causes, said as such, and how our
 *   figure is defined;
 * - "what did that set us back", "how much spend did we burn there" after an anomaly scan of a day
 *   or a stretch: its spend, attributed return and orders against the same days a week before
 *   (a single day) or the stretch before, so the excess shows (the scan answered with a default
 *   period's total spend before);
 * - "which of the two deserves more money", "should either of them get extra budget" after rows of
 *   named channels or platforms: what 10% more on each returns (the fitted response curves), so
 *   the one worth more shows, not the default plan over every channel;
 * - "lay that out as a table with the gap in percent" after two models or two periods side by side:
 *   the same answer again (its presenter lists each row's difference in percent when asked);
 * - "what changed for the weakest one", "how did the top one move" after a ranking (or "what
 *   changed vs september" after a one-row ranking): that member's period against the one before
 *   (or the one named), on the metrics valid at its level.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { addDays } from "../../semantic/query/dates.ts";
import { SOURCES_NOTE } from "../present/sources-note.ts";
import { definedSources, whyTheyDiffer } from "./definition-follow-ups.ts";
import { inCatalog, orderDirection } from "./frame.ts";
import { marginalReturnFrame } from "./marginal-return.ts";
import type { ParsedQuestion } from "./parse.ts";
import { settlePeriods } from "./period-settle.ts";
import { fittedPlan, toolPlan } from "./pipeline/assemble-stage.ts";
import { withNotes } from "./pipeline/noted-plans.ts";
import type { Reading } from "./pipeline/types.ts";
import { baselineOf } from "./time.ts";
import type { FoundStep, Frame, Plan } from "./types.ts";

/** "how did you get that", "show your working", "where does that number come from". */
export const HOW_COMPUTED =
  /\b(?:how (?:did|do|does|would) (?:you|u|ya|it|we) (?:get|got|calculate|compute|estimate|work out|worked out|arrive at|come up with|come to|figure out|figure|reach)|how (?:is|was|are|were) (?:that|this|it|these|those|they) (?:calculated|computed|estimated|worked out|derived|figured|measured)|show (?:me )?(?:your|the) (?:math|maths|working|workings|work|calculation|calc|formula|inputs)|show (?:me )?how (?:you|u) (?:got|get|calculated|worked)|walk me through (?:the|your|that|this|it)|where (?:did|does|do) (?:that|this|these|those) (?:number|numbers|figure|figures|come from)|what (?:went|goes) into (?:that|this|it)|how (?:did|do) (?:you|u) (?:work|figure) (?:that|it|this|those) out)\b/;

/**
 * lead18: "where does that number come from", "where does the 50% come from", "which model is
 * that", "is this the google ads number or ours": where the previous answer's figures come from.
 * fix18b: "what's in that number", "what does it include", "where do you get spend".
 */
const SOURCE_ASK =
  /\bwhere (?:does|did|do|is|are) (?:that|this|these|those|the|it|your|ur)\b[^?]{0,40}?\b(?:come|coming|came|from)\b|\b(?:which|what) (?:attribution )?model (?:is|was|are|were) (?:that|this|it|these|those|used|you using)\b|\b(?:which|what) (?:attribution )?model did (?:you|u|it) use\b|\bwhat (?:data|source|sources) (?:is|are|was|were) (?:that|this|these|those|it) (?:based on|from)\b|\b(?:is|are) (?:that|this|these|those) (?:the )?(?:google|google ads|meta|facebook|tiktok|platform|ads manager|shopify)(?:'s)?(?: number| numbers| figure| figures)? or ours\b|\bwhat(?:'?s| is| goes| went) (?:in|into|inside) (?:that|this|the|it)(?: number| figure| total| one)?$|\bwhat (?:does|do) (?:that|this|the|it) (?:number |figure |total )?(?:include|count|contain|cover)\b|\bwhere (?:do|did|does) (?:you|u|we) (?:get|pull|take|source)\b/;

/** para19: "why 50%?", "what's the 50% based on": a rate the previous answer assumed, asked about. */
const QUOTED_RATE =
  /^(?:why|how come|where(?:'s| is| does)?|what(?:'s| is)|how (?:did|do) (?:you|u) (?:get|pick|choose|come up with|decide on)) (?:is it |was it |do you use |did you use |use |assume |the |that |this |your )?\d+(?:\.\d+)? ?(?:%|percent|pct)(?: (?:gross )?margin)?(?: (?:based on|from|come from|coming from))?$/;

/** Another tool or team named as holding a different figure. */
const OTHER_SOURCE =
  /\b(shopify|woocommerce|bigcommerce|stripe|ga4|ga|google analytics|analytics|meta|facebook|ads manager|business manager|google ads|tiktok|klaviyo|mailchimp|hubspot|salesforce|crm|backend|back end|store admin|admin|finance(?: team)?|accounting|dashboard|looker|spreadsheet|sheet|report|platform)\b/;
/** ...says or shows a figure of its own. */
const SOURCE_SAYS =
  /\b(?:says|say|said|shows|show|showed|showing|reports|reported|reporting|has|had|gives|gave|counts|counted|is at|came in at|lists)\b/;
/** ...and the turn asks why ours is not that. */
const DIFFERS =
  /\b(?:why|how come|what gives|different|differ|differs|difference|discrepanc\w*|mismatch\w*|(?:do ?n[o']?t|does ?n[o']?t|not) match|off|wrong|higher|lower|more|less|fewer|disagree\w*|which (?:one )?is (?:right|correct))\b/;

/** "what changed for the worst one", "how did the top one move", "what happened to the weakest". */
const MEMBER_CHANGE =
  /\b(?:what(?: has|'s|s)? (?:changed|happened|moved|shifted|is different|went wrong)|how (?:did |has )?(?:it|that(?: one)?|this one|the \w+(?: one)?) (?:change|changed|move|moved|shift|shifted|do|done|did)|what(?:'s| is) different)\b/;
/** The member the turn points at, by how it ranked. */
const WORSE = /\b(?:worst|worse|weakest|weaker|bottom|lowest|lower|poorest|poorer|last)\b/;
const BETTER = /\b(?:best|better|strongest|stronger|top|highest|higher|first|leading|winner)\b/;

/** Catalog metrics a formula divides or adds ("paid_attributed_revenue / spend"). */
function formulaInputs(metric: string, catalog: Catalog): string[] {
  const def = catalog.metrics.get(metric)?.definition;
  if (def?.type !== "formula") return [];
  return (def.formula.match(/[a-z_]+/g) ?? []).filter((k) => catalog.metrics.has(k));
}

function labelOf(metric: string, catalog: Catalog): string {
  return catalog.metrics.get(metric)?.label ?? metric;
}

/** Whether the turn names nothing the previous answer did not (no new period, breakdown, filter). */
function pointsBack(p: ParsedQuestion, prev: Frame): boolean {
  return (
    !p.time.period &&
    !p.dims.dimensions.length &&
    !p.dims.filters.length &&
    p.metrics.every((m) => prev.metrics.includes(m))
  );
}

/** Intents whose figures come from metric queries, so their inputs can be shown beside them. */
const METRIC_INTENTS = new Set(["query", "rank", "compare", "trend"]);

/** The previous figures with each ratio's inputs beside them, and the division said. */
function howComputed(r: Reading, prev: Frame, asked = HOW_COMPUTED.test(r.p.text)): Plan | undefined {
  if (!METRIC_INTENTS.has(prev.intent) || !asked || !pointsBack(r.p, prev)) return undefined;
  return withInputsShown(prev, r.ctx.catalog);
}

/**
 * A metric frame's figures with each ratio's inputs beside them, and the division said: "how did
 * you get that" after an answer, and (show-working-intent.ts) "how did you calculate cac" asked first.
 */
export function withInputsShown(prev: Frame, catalog: Catalog, again = true): Plan {
  const lines: string[] = [];
  const inputs: string[] = [];
  for (const m of prev.metrics) {
    const parts = formulaInputs(m, catalog);
    if (!parts.length) continue;
    inputs.push(...parts);
    const def = catalog.metrics.get(m)?.definition;
    const formula = def?.type === "formula" ? def.formula : "";
    const said = formula.replace(/[a-z_]+/g, (k) => (catalog.metrics.has(k) ? labelOf(k, catalog) : k));
    lines.push(`${labelOf(m, catalog)} = ${said}`);
  }
  const frame: Frame = { ...prev, metrics: [...new Set([...prev.metrics, ...inputs])] };
  const how = lines.length
    ? `How the figure is worked out: ${lines.join("; ")}, each over the same period${prev.dimensions.length ? " and rows" : ""}, with the inputs shown beside it.`
    : `These figures are counted and summed straight from the data for the period shown (no division involved); here they are${again ? " again" : ""} with their definitions.`;
  const model = prev.metrics.some((m) => m === "roas" || m.includes("attributed"))
    ? ` Attributed revenue is read under ${prev.models?.length ? "the model named" : "your default attribution model"}.`
    : "";
  return withNotes(fittedPlan(frame, catalog), [how + model]);
}

/**
 * The previous answer again, led by where its figures come from (present/sources-note.ts reads
 * them from the results); a metric answer's ratios also show their inputs (howComputed).
 */
function sourcesAsk(r: Reading, previous: Plan & { kind: "tool_calls" }): Plan | undefined {
  // para19: "how was that calculated" after a plan with no ratio inputs to show (a budget move, a
  // profit table) is where its figures come from, as "where does that number come from" is.
  const asked =
    SOURCE_ASK.test(r.p.text) ||
    QUOTED_RATE.test(r.p.text) ||
    (HOW_COMPUTED.test(r.p.text) && !METRIC_INTENTS.has(previous.frame.intent));
  if (!asked || r.p.time.period || r.p.dims.dimensions.length || r.p.dims.filters.length) return undefined;
  const computed = howComputed(r, previous.frame, true);
  return withNotes(computed ?? previous, [SOURCES_NOTE]);
}

/** The plausible causes of a gap between our figure and another tool's, by what the figure counts. */
function causesFor(prev: Frame, r: Reading, source: string): string[] {
  const tz = r.ctx.timeZone;
  const loss = r.ctx.trackingLossDays?.length
    ? ` (the data shows tracking loss on ${r.ctx.trackingLossDays.join(", ")})`
    : "";
  const commerce = prev.metrics.some((m) =>
    /order|revenue|customer|aov|average_order|conversion_rate/.test(m),
  );
  const platform = prev.metrics.some((m) =>
    /platform_|conversions|spend|click|impression|cpc|ctr|cpm/.test(m),
  );
  const causes: string[] = [];
  if (commerce)
    causes.push(
      `${source} may count orders we never receive: cancelled, test, draft, manual or point-of-sale orders`,
      `orders our tracking missed: ad blockers, consent refusals and tracking outages${loss}`,
    );
  if (prev.metrics.some((m) => m === "roas" || m.includes("attributed")))
    causes.push(
      "attribution: we credit revenue with one model across all channels, while an ad platform claims every conversion inside its own click and view windows, so platforms add up to more",
    );
  if (platform)
    causes.push(
      "an ad platform's own view-through and modelled conversions, which are not orders we can see",
    );
  causes.push(
    `days cut in another time zone (ours are in ${tz})`,
    "a different date range or filter on their side, or figures still being updated there",
  );
  return causes;
}

/** "Shopify says 1,900, why is yours different": the same answer with the possible causes. */
function otherSourceDiffers(r: Reading, previous: Plan & { kind: "tool_calls" }): Plan | undefined {
  const text = r.p.text;
  const source = OTHER_SOURCE.exec(text)?.[1];
  if (!source || !SOURCE_SAYS.test(text) || !DIFFERS.test(text)) return undefined;
  const prev = previous.frame;
  if (!METRIC_INTENTS.has(prev.intent) || !pointsBack(r.p, prev)) return undefined;
  const name = source.length <= 3 ? source.toUpperCase() : source[0]!.toUpperCase() + source.slice(1);
  const defs = prev.metrics
    .slice(0, 2)
    .map(
      (m) =>
        `${labelOf(m, r.ctx.catalog)}: ${(r.ctx.catalog.metrics.get(m)?.description ?? "").split(". ")[0]}`,
    )
    .join("; ");
  const note =
    `I can't see ${name}'s figure, so I can't say which of these explains the gap; they are the usual causes, not findings: ` +
    `${causesFor(prev, r, name).join("; ")}. ` +
    `How ours is counted (${defs}), for the same period as before, is below.`;
  return withNotes(previous, [note]);
}

/** The parts a member's change is read on, valid at its breakdown. */
const CHANGE_METRICS = ["spend", "ctr", "cpa", "roas", "orders", "revenue"];

/** Asking what the incident just shown cost. */
const INCIDENT_COST =
  /\b(?:cost|costs|set (?:us|me) back|wasted?|wasting|burn(?:ed|t)?|blew|blown|excess|overspen[dt]\w*)\b|\b(?:above|over|beyond|more than) (?:the |a |its |our )?(?:normal|usual|typical|baseline|expected)\b/;

/**
 * fix21d: the scan a named spend spike was answered with (runaway-day-intent.ts): it already says
 * the day's spend above its normal day, so "how much did it cost above normal" is that scan again.
 */
const RUNAWAY_SCAN = ["spend", "revenue", "orders"];

/** "how much did that cost us" after an anomaly scan: the period shown against its normal. */
function incidentCost(r: Reading, prev: Frame): Plan | undefined {
  const p = r.p;
  // Orders or revenue lost "that day" are the scan's own loss reading (follow-up.ts), not spend.
  const costs = { ...prev, metrics: ["spend"] };
  if (prev.intent !== "anomalies" || !INCIDENT_COST.test(p.text) || !pointsBack(p, costs)) return undefined;
  if (prev.metrics.join() === RUNAWAY_SCAN.join() && !p.time.period)
    return withNotes(toolPlan(prev), [
      "What the spike cost above normal: the day's ad spend minus its normal day (the median of the days before), as the scan finds it; the revenue and orders beside it are what the extra spend brought.",
    ]);
  const oneDay = prev.period.from === prev.period.to;
  const before = oneDay
    ? {
        from: addDays(prev.period.from, -7),
        to: addDays(prev.period.to, -7),
        label: "the same weekday a week before",
      }
    : baselineOf(prev.period, "previous_period");
  const frame: Frame = {
    intent: "compare",
    metrics: inCatalog(["spend", "paid_attributed_revenue", "roas", "orders"], r.ctx.catalog),
    dimensions: [],
    filters: prev.filters,
    period: prev.period,
    compare: { mode: "explicit", period: before },
  };
  const note =
    `What ${prev.period.label ?? "that period"} cost: its spend, the revenue attributed to paid channels and orders against ${oneDay ? "the same weekday a week before (a normal day)" : "the same number of days just before"}; ` +
    "the spend above that normal is the excess, and the revenue beside it is what it brought back.";
  return withNotes(fittedPlan(frame, r.ctx.catalog), [note]);
}

/** More money asked of the rows shown ("which of those", "either of them", "the two"). */
const MORE_BUDGET =
  /\b(?:more|extra|additional|bigger|increase[ds]?|scale|scaling|double down|top up)\b.*\b(?:budget|money|spend|spending|dollars|investment|cash|funding)\b|\b(?:scale|scale up|double down on|invest more in|put more (?:money )?(?:in|into|behind))\b/;
const THOSE_ROWS = /\b(?:those|these|them|they|either|both|the two|which one|which|one of)\b/;

/** "which of those should get more budget" after named channels or platforms: +10% on each. */
function moreBudgetForRows(r: Reading, prev: Frame): Plan | undefined {
  const p = r.p;
  if (!MORE_BUDGET.test(p.text) || !THOSE_ROWS.test(p.text) || p.dims.filters.length || p.time.period)
    return undefined;
  const named = prev.filters.filter(
    (f) => f.op === "in" && (f.field === "channel" || f.field === "platform") && f.values.length >= 2,
  );
  if (named.length !== 1) return undefined;
  const frame = marginalReturnFrame(
    { ...p, text: "marginal return", dims: { ...p.dims, dimensions: [], filters: named } },
    r.ctx.catalog,
  );
  if (!frame) return undefined;
  const note =
    "Which of them should get more: what 10% more spend on each would bring back next month, from each one's fitted response curve (its return on the next dollars, not its average ROAS). " +
    "The one whose extra dollars return more, and above break-even (2.0x at a 50% gross margin), is the one worth more; if neither clears it, neither should get more.";
  return withNotes(toolPlan(settlePeriods(frame, p, r.question)), [note]);
}

/** A table of the answer, or its difference in percent. */
const TABLE_OR_PERCENT =
  /\b(?:table|tabular|grid|spreadsheet)\b|\b(?:differ\w*|diff|gap|change|delta)\b.*(?:%|\bpercent\w*|\bpct\b)|(?:%|\bpercent\w*|\bpct\b) (?:differ\w*|diff|gap|change|delta)\b/;

/** "as a table with the % gap" after two models (or two periods): the same answer, laid out so. */
function asTable(r: Reading, previous: Plan & { kind: "tool_calls" }): Plan | undefined {
  const prev = previous.frame;
  const pair =
    (prev.intent === "attribution" && (prev.models?.length ?? 0) === 2) || prev.intent === "compare";
  // "per channel" after rows by channel names the rows already shown.
  const sameRows = {
    ...r.p,
    dims: { ...r.p.dims, dimensions: r.p.dims.dimensions.filter((d) => !prev.dimensions.includes(d)) },
  };
  if (!pair || !TABLE_OR_PERCENT.test(r.p.text) || !pointsBack(sameRows, prev) || r.p.time.compare)
    return undefined;
  return previous;
}

/** "what changed for the worst one": that member's period against the one before (or named). */
function memberChange(r: Reading, previous: Plan & { kind: "tool_calls" }): Plan | undefined {
  const prev = previous.frame;
  const p = r.p;
  if (prev.intent !== "rank" || !prev.order || !MEMBER_CHANGE.test(p.text)) return undefined;
  if (p.dims.dimensions.length || p.dims.filters.length) return undefined;
  const { catalog } = r.ctx;
  const field = prev.order.field;
  const asked = WORSE.test(p.text) ? "worst" : BETTER.test(p.text) ? "best" : undefined;
  // Without a word for which one, only a one-row ranking points at its member.
  if (!asked && prev.limit !== 1) return undefined;
  if (asked && orderDirection(asked, field, catalog) !== prev.order.direction) return undefined;
  const baseline = p.time.compare?.period ?? p.time.period ?? baselineOf(prev.period, "previous_period");
  const needed = [...prev.dimensions, ...prev.filters.map((f) => f.field)];
  const valid = inCatalog(CHANGE_METRICS, catalog).filter((k) =>
    needed.every((d) => catalog.metrics.get(k)?.supportedDimensions.includes(d) ?? false),
  );
  const frame: Frame = {
    ...prev,
    intent: "compare",
    metrics: [...new Set([field, ...prev.metrics, ...valid])],
    compare: { mode: "explicit", period: baseline },
    limit: 1,
  };
  const sense = asked ?? (orderDirection("best", field, catalog) === prev.order.direction ? "best" : "worst");
  const during = (prev.period.label ?? "that period").replace(/^(?:in|during|for|over) /, "");
  const against = (baseline.label ?? `${baseline.from} to ${baseline.to}`).replace(
    /^(?:in|during|for|over) /,
    "",
  );
  const note = `The ${sense} by ${labelOf(field, catalog)} in ${during}, against ${against}: what moved.`;
  const later = laterMemberChange(
    r,
    previous,
    frame,
    `The ${sense} by ${labelOf(field, catalog)} in ${during}`,
  );
  return later ?? withNotes(fittedPlan(frame, catalog), [note]);
}

/**
 * fix16b: "what happened to that one this quarter" after the worst campaign of Q3: a period named
 * after the ranked one (or two periods named) is the current side and the ranked period (or the
 * second named) the baseline, as the user framed it. Which member it is comes from the ranking,
 * so the ranking runs first and the member's comparison is its found step (found-step-run.ts):
 * ranking the later period instead would pick another member.
 */
function laterMemberChange(
  r: Reading,
  previous: Plan & { kind: "tool_calls" },
  frame: Frame,
  found: string,
): Plan | undefined {
  const { period, compare } = r.p.time;
  const prev = previous.frame;
  const first = previous.calls[0];
  const dimension = prev.dimensions.length === 1 ? prev.dimensions[0]! : undefined;
  if (!period || !dimension || previous.calls.length !== 1 || first?.name !== "query_metrics")
    return undefined;
  // Only a period after the ranked one is a new current side; an earlier one is its baseline.
  if (period.from <= prev.period.to) return undefined;
  // "then how did it change vs august" names only the baseline: its current side ("last month") is
  // filled in by the time reader, not said, and the ranked period stays the current side.
  if (!period.label || !r.p.text.includes(period.label)) return undefined;
  const baseline = compare?.period ?? prev.period;
  const planned = fittedPlan(
    { ...frame, period, compare: { mode: "explicit", period: baseline } },
    r.ctx.catalog,
  );
  const call = planned.kind === "tool_calls" && planned.calls.length === 1 ? planned.calls[0] : undefined;
  if (call?.name !== "compare_periods") return undefined;
  const { limit: _limit, direction: _direction, ...args } = call.args;
  const filters = [
    ...((args.filters as unknown[]) ?? []),
    { field: dimension, op: "in", values: ["{{found}}"] },
  ];
  const name = (p: { label?: string | undefined; from: string; to: string }) =>
    (p.label ?? `${p.from} to ${p.to}`).replace(/^(?:in|during|for|over) /, "");
  const then: FoundStep = {
    field: dimension,
    calls: [{ name: "compare_periods", args: { ...args, filters } }],
  };
  return {
    ...previous,
    notes: [`${found} first, then that ${dimension} in ${name(period)} against ${name(baseline)}.`],
    then,
  };
}

/**
 * The plan for a turn about the previous answer, or undefined when it is not one (file comment).
 * @example previousAnswerAsk(reading("how did you work that out"))?.kind // "tool_calls"
 */
export function previousAnswerAsk(r: Reading): Plan | undefined {
  const previous = r.ctx.previous;
  if (previous?.kind !== "tool_calls") return undefined;
  const prev = previous.frame;
  return (
    definedSources(r, previous) ??
    whyTheyDiffer(r, previous) ??
    sourcesAsk(r, previous) ??
    howComputed(r, prev) ??
    otherSourceDiffers(r, previous) ??
    incidentCost(r, prev) ??
    moreBudgetForRows(r, prev) ??
    asTable(r, previous) ??
    memberChange(r, previous)
  );
}

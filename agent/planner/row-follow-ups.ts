/**
 * fix15b: follow-ups that ask something new of the rows the previous answer showed, which read
 * alone named nothing the planner could answer (declined as off topic, or answered as the same
 * table again):
 * - "which of those is below break-even", "any of them losing money?" after ROAS (or any paid
 *   figure) by channel, platform or campaign: the same rows with spend, attributed revenue and ROAS,
 *   and break-even ROAS at the organization's margin to hold each against (the verdict names
 *   those below it, present/rows-break-even-verdict.ts).
 * - "and if we doubled it instead", "ok what about halving it", "the opposite?" after a what-if on a
 *   channel, platform or campaign's spend: the same what-if with the new change (the response
 *   curves' expected return and profit, against break-even), not a refusal.
 * - "pause all of them - what would we save per month?", "if we turned those off how much do we
 *   save" after a list (with the threshold that chose its rows): the same rows with their spend,
 *   the revenue credited to them and each one's average per month, summed in the verdict
 *   (present/pause-rows-verdict.ts); never the word "save" searched in the catalog.
 * - "drill into the worst one", "dig into the biggest decliner" after channels (or platforms)
 *   compared over two periods: the one whose lead figure fell most (found from the rows), then its
 *   campaigns over the same two periods, not the same row again.
 */
import { PAUSE_ROWS_NOTE } from "../present/pause-rows-verdict.ts";
import { ROWS_BREAK_EVEN_NOTE } from "../present/rows-break-even-verdict.ts";
import { actOnRowPlan } from "./act-on-row.ts";
import { assembleCalls } from "./assemble.ts";
import { spoken } from "./found-step.ts";
import { toolPlan } from "./pipeline/assemble-stage.ts";
import type { Reading } from "./pipeline/types.ts";
import { profitabilityCall } from "./profitability-intent.ts";
import { rowsOtherPeriodPlan } from "./rows-other-period.ts";
import { statedFloor } from "./subset-total.ts";
import type { FoundStep, Frame, FrameBudgetChange, Plan } from "./types.ts";

/**
 * Break-even asked of rows: "below break even", "losing money", "unprofitable", "in the red".
 * fix21c: "which of those should we repeat / keep / run again", "any worth bringing back": the
 * rows that paid for themselves are the ones to do again.
 */
const BREAK_EVEN_ROWS =
  /\bbreak ?even\b|\bbreakeven\b|\b(?:un ?profitable|not profitable|profitable|losing money|lose money|lost money|making money|make money|in the red|in the black|under ?water|pay(?:ing)? for (?:itself|themselves))\b|\b(?:should|would|could|shall|do|can) (?:we|i|you|u) (?:\w+ )?(?:repeat|rerun|re run|run again|do again|bring back|reuse|replicate|copy|keep|keep running|run (?:it|them|those) again)\b|\bwhich (?:ones? |of (?:those|them|these) )?to (?:repeat|rerun|re run|run again|do again|bring back|keep|reuse)\b|\bworth (?:repeating|rerunning|re running|running again|doing again|bringing back|keeping|reusing|replicating)\b/;
/** The rows shown, pointed at: "which of those", "any of them", "which ones", "what channels". */
const POINTS_AT_ROWS = /\b(?:which|what|any|anything|how many|those|these|them|they|ones|one|none|all)\b/;
/** Breakdowns whose rows have their own spend and attributed revenue. */
const PAID_ROWS = new Set(["channel", "platform", "campaign"]);
/** Intents whose previous rows are metric rows over one period. */
const ROW_INTENTS = new Set(["query", "rank"]);

/** "which of those is below break-even" after rows by channel, platform or campaign. */
function rowsBreakEven(r: Reading, prev: Frame): Plan | undefined {
  const p = r.p;
  // The question as asked too: "losing money" is read as "underperforming" before the text gets here.
  const asked = BREAK_EVEN_ROWS.test(p.text) || BREAK_EVEN_ROWS.test(r.question.toLowerCase());
  if (!ROW_INTENTS.has(prev.intent) || !asked || !POINTS_AT_ROWS.test(p.text)) return undefined;
  const dims = prev.dimensions.filter((d) => d !== "date");
  if (dims.length !== 1 || !PAID_ROWS.has(dims[0]!) || prev.dimensions.includes("date")) return undefined;
  if (p.dims.dimensions.length || p.dims.filters.length || p.time.period) return undefined;
  const frame: Frame = {
    ...prev,
    intent: "query",
    metrics: ["spend", "attributed_revenue", "roas"],
    order: { field: "roas", direction: "asc" },
    limit: undefined,
    floors: undefined,
  };
  return {
    kind: "tool_calls",
    intent: "query",
    // Break-even first, the threshold the rows are held against; the rows are the table.
    calls: [profitabilityCall(frame, "break_even"), ...assembleCalls(frame)],
    frame,
    notes: [ROWS_BREAK_EVEN_NOTE],
  };
}

/** How a turn restates a what-if's change, as a percent of current spend, from the previous one. */
const NEW_CHANGE: readonly [RegExp, (prev: number) => number][] = [
  [/\b(?:quadrupl\w*|4x|x4|four times)\b/, () => 300],
  [/\b(?:tripl\w*|3x|x3|three times)\b/, () => 200],
  [/\b(?:doubl\w*|dbl|2x|x2|twice (?:as much|the (?:spend|budget|money)))\b/, () => 100],
  [/\b(?:halv\w*|half|in half|by 50 ?%)\b/, () => -50],
  [/\b(?:the )?(?:opposite|other way(?: round| around)?|reverse(?:d)?|flip(?:ped)? it)\b/, (prev) => -prev],
  // lead21: "cut it completely", "what about pausing it", "zero it out": the rows switched off.
  [
    /\b(?:paus\w*|turn(?:ed|ing)? (?:it|that|them|those) off|switch(?:ed|ing)? (?:it|that|them) off|kill\w*|shut(?:ting)? (?:it|that|them) (?:off|down)|zero(?:ed|ing)? (?:it|that|them) out|(?:cut|drop|stop)\w* (?:it|that|them|those)? ?(?:completely|entirely|altogether|all the way|to zero|to 0|outright))\b/,
    () => -100,
  ],
];

/** "cut it by 80% instead", "what about raising it 30%": a new percent said with its direction. */
function statedPercent(text: string): number | undefined {
  const m =
    /\b(cut|reduc|lower|drop|trim|slash|decreas|rais|increas|boost|grow|up|add)\w*(?: (?:it|that|them|those|spend|budget))?(?: by)? (\d+(?:\.\d+)?) ?(?:%|percent|pct)/.exec(
      text,
    );
  if (!m) return undefined;
  const down = /^(?:cut|reduc|lower|drop|trim|slash|decreas)/.test(m[1]!);
  return (down ? -1 : 1) * Number(m[2]);
}
/**
 * A what-if turn that says the new change with no channel of its own: "and if we ... instead", or
 * one that points back at the changed rows ("cut it completely").
 */
const RESTATES =
  /\b(?:what if|and if|if we|if i|instead|what about|how about|rather|then|it|that|them|those)\b/;

/** "and if we doubled it instead" after a what-if on one or more rows' spend: the new change. */
function otherWhatIf(r: Reading, prev: Frame): Plan | undefined {
  const p = r.p;
  const changes = prev.budget?.changes ?? [];

  if (prev.intent !== "budget" || !prev.budget || !changes.length || !RESTATES.test(p.text)) return undefined;
  if (p.budget.changes.length || p.dims.filters.length || p.dims.dimensions.length) return undefined;
  const stated = statedPercent(p.text);
  const found = NEW_CHANGE.find(([re]) => re.test(p.text));
  const change = stated !== undefined ? () => stated : found?.[1];
  if (!change) return undefined;
  const next = changes.map((c): FrameBudgetChange => {
    const { changeAmount: _amount, receives: _receives, ...rest } = c;
    return { ...rest, changePercent: change(c.changePercent ?? 0) };
  });
  if (next.some((c) => !c.changePercent)) return undefined;
  return toolPlan({ ...prev, budget: { ...prev.budget, changes: next } });
}

/** Rows switched off: "pause them", "turn those off", "kill all of them", "stop these". */
const PAUSE =
  /\b(?:paus(?:e|ed|es|ing)|turn(?:ed|ing)? (?:them |those |these |it |all |all of them )?off|switch(?:ed|ing)? (?:them |those |these |all )?off|shut(?:ting)? (?:them |those |these )?(?:off|down)|kill(?:ed|ing)?|stop(?:ped|ping)?|cut(?:ting)? (?:them|those|these|all)|drop(?:ped|ping)? (?:them|those|these|all))\b/;
/** ...asked as a saving: "what would we save", "how much do we free up", "savings per month". */
const SAVING =
  /\b(?:save|saves|saved|saving|savings|free up|frees up|freed up|get back|keep in (?:our|the) pocket|less (?:spend|spent)|money back|how much (?:money|spend|budget))\b/;
const ROWS_REFERRED = /\b(?:those|these|them|they|all of them|all|the ones|the lot|em)\b/;
const PER_MONTH = /\b(?:per|a|each|every) ?month\b|\bmonthly\b|\b\/ ?(?:mo|month)\b|\bpm\b/;

/** "pause all of them - what would we save per month?" after a list of rows. */
function pauseRows(r: Reading, prev: Frame): Plan | undefined {
  const p = r.p;
  if (!ROW_INTENTS.has(prev.intent) || !PAUSE.test(p.text) || !SAVING.test(p.text)) return undefined;
  if (!ROWS_REFERRED.test(p.text)) return undefined;
  const dims = prev.dimensions;
  if (dims.length !== 1 || !PAID_ROWS.has(dims[0]!)) return undefined;
  if (p.dims.dimensions.length || p.dims.filters.length || p.time.period) return undefined;
  const floors = prev.floors?.length
    ? prev.floors
    : [statedFloor(r.ctx.previousQuestion, prev.metrics[0])].filter((f) => f !== undefined);
  const frame: Frame = {
    ...prev,
    intent: "query",
    metrics: [...new Set(["spend", "attributed_revenue", ...prev.metrics])],
    floors,
    order: prev.limit ? prev.order : { field: "spend", direction: "desc" },
    ...(PER_MONTH.test(p.text) ? { average: "per_month" as const } : {}),
  };
  return { ...toolPlan(frame), notes: [PAUSE_ROWS_NOTE] } as Plan;
}

/** Asked to look inside a row: "drill into", "dig into", "deep dive", "break down", "zoom in on". */
const DRILL =
  /\b(?:drill(?:ing)? (?:in|into|down)|dig(?:ging)? (?:in|into|deeper)|deep ?dive|zoom (?:in|into)|break(?: it| that)? (?:down|out)|look (?:closer|deeper|inside)|unpack|open up|what(?:'s| is) (?:going on|happening|wrong) (?:in|with)|more detail on|details on)\b/;
/** Which row: the one that did worst, or best. */
const WORST_ROW =
  /\b(?:worst|weakest|biggest (?:drop|decline|loser|faller|fall)|lowest|poorest|bottom|laggard)\b/;
const BEST_ROW = /\b(?:best|strongest|biggest (?:gain|riser|grower|winner)|top|highest|leader)\b/;

/** "drill into the worst one" after channels or platforms compared: its campaigns, compared. */
function drillRow(r: Reading, previous: Plan & { kind: "tool_calls" }): Plan | undefined {
  const prev = previous.frame;
  const call = previous.calls[0];
  if (prev.intent !== "compare" || previous.calls.length !== 1 || call?.name !== "compare_periods")
    return undefined;
  const dimension = prev.dimensions.length === 1 ? prev.dimensions[0]! : undefined;
  if (dimension !== "channel" && dimension !== "platform") return undefined;
  const p = r.p;
  if (!DRILL.test(p.text) || p.dims.filters.length || p.time.period) return undefined;
  const worst = WORST_ROW.test(p.text);
  if (!worst && !BEST_ROW.test(p.text)) return undefined;
  const metric = (call.args.metrics as string[] | undefined)?.[0];
  if (!metric) return undefined;
  const { limit: _limit, direction: _direction, ...args } = call.args;
  const direction = worst ? "down" : "up";
  const then: FoundStep = {
    field: dimension,
    pick: { metric, direction },
    calls: [
      {
        name: "compare_periods",
        args: {
          ...args,
          dimensions: ["campaign"],
          filters: [
            ...((args.filters as unknown[]) ?? []),
            { field: dimension, op: "in", values: ["{{found}}"] },
            { field: "campaign", op: "neq", value: null },
          ],
        },
      },
    ],
  };
  return {
    ...previous,
    calls: [{ ...call, args }],
    then,
    notes: [
      `First the ${dimension} whose ${spoken(r.ctx.catalog, metric)} ${worst ? "fell" : "rose"} most between the two periods, then its campaigns over the same periods, to show where it ${worst ? "fell" : "rose"}.`,
    ],
  };
}

/**
 * The plan for a turn asking something new of the previous answer's rows, else undefined.
 * @example rowFollowUp(reading("which of those is below break-even"))?.calls[0]?.name // "profitability"
 */
export function rowFollowUp(r: Reading): Plan | undefined {
  const previous = r.ctx.previous;
  if (previous?.kind !== "tool_calls") return undefined;
  const prev = previous.frame;
  return (
    rowsBreakEven(r, prev) ??
    otherWhatIf(r, prev) ??
    pauseRows(r, prev) ??
    drillRow(r, previous) ??
    actOnRowPlan(r) ??
    rowsOtherPeriodPlan(r, prev, toolPlan)
  );
}

/**
 * fix14f: "what would november look like if budgets stay where october left them", "rough
 * projection for next month at unchanged spend", "if we hold spend flat, what should december
 * bring": an estimate of a coming period's revenue and orders at today's budgets. Read as a
 * budget question it ran the optimizer (a different question: how to re-split the money); read
 * as a run rate it projected spend only. The answer is three straight-line run rates (revenue,
 * orders, spend) at the latest full month's daily pace, the spend line showing what "same
 * budgets" was taken to mean; the note says it is an estimate, not a model of what budgets buy.
 */
import { addDays } from "../../semantic/query/dates.ts";
import type { ParsedQuestion } from "./parse.ts";
import { withNotes } from "./pipeline/noted-plans.ts";
import { paceOf, runRatePlan, targetOf } from "./run-rate-intent.ts";
import type { Plan } from "./types.ts";

const SPEND = String.raw`(?:budgets?|spend|spending|ad spend|media spend|investment)`;
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const MONTH_OWN = String.raw`(?:[a-z]+'s|last month's|this month's|current|same|existing|today's)`;

/** Budgets held where they are, as a marketer says it. */
const FLAT_BUDGET = new RegExp(
  [
    String.raw`\b(?:same|unchanged|flat|constant|steady|current|existing|identical) (?:level of )?${SPEND}\b`,
    String.raw`\b${MONTH_OWN} (?:level of )?${SPEND} (?:unchanged|flat|as is|again|carried (?:over|forward))\b`,
    String.raw`\b${SPEND} (?:stay|stays|staying|remain|remains|held|kept|hold|holds)(?: (?:at|the same|flat|unchanged|steady|constant|as is|where))?`,
    String.raw`\b${SPEND} (?:is |are )?(?:unchanged|flat|as is|the same)\b`,
    String.raw`\b(?:keep|keeping|hold|holding|run|running|leave|leaving|repeat|repeating|carry|carrying)(?: \w+)? (?:the |our |all )?(?:${MONTH_OWN} )?${SPEND}(?: \w+)? (?:flat|steady|constant|the same|unchanged|as is|as they are|where (?:they|it) (?:are|is)|again|over|forward)\b`,
    String.raw`\b(?:same|identical) ${SPEND} as\b`,
    String.raw`\b(?:keep|keeping|hold|holding|repeat|repeating|match|matching|run|running|at) (?:the |our )?${MONTH}'s (?:level of )?${SPEND}\b`,
  ].join("|"),
);

/** "the same budgets as september", "at september's spend": that month's pace, as the run rate reads it. */
const PACE_MONTH = new RegExp(
  String.raw`\b(?:(?:as|from|at) (?:in |for )?${MONTH}(?:'s)?(?=[ ,.?!]|$)|${MONTH}'s (?:level of )?${SPEND})`,
);

/** Asking what the period comes to, not how to split the money. */
const OUTCOME =
  /\b(?:look like|forecast\w*|project\w*|expect\w*|estimat\w*|predict\w*|bring(?: in)?|land|come in|end up|turn out|what would|what will|what do we get|what should we get|how much (?:would|will|should)|rough (?:\w+ )?(?:number|numbers|idea|guess|sense))\b/;

/** Re-splitting or changing the budget is the optimizer's question. */
const RESPLIT =
  /\b(?:split|reallocat\w*|allocat\w*|redistribut\w*|shift|move|where should|which channels? should|optimi[sz]\w*|best (?:split|mix)|more on|less on|cut|increase|raise)\b/;

/** The sentence that says how "same budgets" was read, naming the month whose pace is carried. */
export function flatBudgetNote(paceLabel: string): string {
  const month = /^[a-z]+$/.test(paceLabel)
    ? paceLabel.charAt(0).toUpperCase() + paceLabel.slice(1)
    : paceLabel;
  return `I read the same budgets as the same daily ad spend as ${month}, with revenue and orders at its daily pace too: a straight-line estimate, not a forecasting model of what the budgets will buy (ask how to split the budget for that).`;
}

/**
 * The estimate's plan, or undefined when the question does not ask what a coming period brings at
 * unchanged budgets.
 * @example readFlatBudgetForecast("rough forecast for november at the same budgets as october", p)?.calls.length // 3
 */
export function readFlatBudgetForecast(question: string, p: ParsedQuestion): Plan | undefined {
  const said = question.toLowerCase().replace(/[’`]/g, "'");
  if (!FLAT_BUDGET.test(said) || !OUTCOME.test(said) || RESPLIT.test(said)) return undefined;
  const month = PACE_MONTH.exec(said);
  const raw = month ? said.replace(month[0], ` ${month[1] ?? month[2]}'s pace`) : said;
  const b = p.budget;
  if (b.changes.length || b.totalBudget || b.extraBudget || b.totalBudgetChangePercent) return undefined;
  if (p.dims.dimensions.length) return undefined;
  const end = p.dataEnd && p.dataEnd < p.today ? p.dataEnd : addDays(p.today, -1);
  const target = targetOf(raw, p.today, end);
  if (!target || target.to <= end) return undefined;
  const pace = paceOf(raw, p.today, end);
  if (pace.to > end) return undefined;
  const plans = (["revenue", "orders", "spend"] as const).map((m) => runRatePlan(m, target, pace, p));
  const first = plans[0]!;
  if (first.kind !== "tool_calls") return undefined;
  const calls = plans.flatMap((x) => (x.kind === "tool_calls" ? x.calls : []));
  return withNotes({ ...first, calls, frame: { ...first.frame, metrics: ["revenue", "orders", "spend"] } }, [
    flatBudgetNote(pace.label),
  ]);
}

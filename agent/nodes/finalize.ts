import type { AIMessage, BaseMessage, ToolMessage } from "@langchain/core/messages";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import type { ComparePeriodsData } from "../../tools/compare-periods/execute.ts";
import type { ExplainChangeData } from "../../tools/explain-change/execute.ts";
import type { ToolResult } from "../../tools/result.ts";
import { shapedText } from "../answer/answer-length.ts";
import { emailNotes } from "../answer/email-notes.ts";
import { formatValue } from "../answer/format.ts";
import { clarificationAnswer } from "../answer/index.ts";
import { premiseCorrection } from "../answer/premise.ts";
import { comparisonPremise, premiseQuestion } from "../answer/premise-compare.ts";
import { restQuestion } from "../answer/rest-ask.ts";
import { restrictedShareQuestion } from "../answer/restricted-share.ts";
import { roundedText } from "../answer/stated-rounding.ts";
import { asksForTableView } from "../answer/table-view.ts";
import { toolFailureSentence } from "../answer/tool-failure.ts";
import { whyOneExplanation } from "../answer/why-one.ts";
import { carriedChart } from "../chart/carried-chart.ts";
import { chartedQuestion } from "../chart/charted-question.ts";
import { honourChartRequest, requestedChart } from "../chart/requested-chart.ts";
import type { AgentAnswer, Clarification } from "../contract.ts";
import { CONTEXT_NOTES, PARTS } from "../planner/thread-context-intent.ts";
import { CAMPAIGN_VERDICT_NOTE, campaignSpendVerdict } from "../present/campaign-spend-verdict.ts";
import { labelledResults, presentGroupTotals } from "../present/group-totals.ts";
import { PRESENTERS, type Presentation, type PresentContext } from "../present/index.ts";
import { judgedNote } from "../present/judged-notes.ts";
import { spec } from "../present/metric-spec.ts";
import { presentRunRateParts, runRatePartsOf } from "../present/run-rate-parts.ts";
import { presentRunRateSplit, runRateMembers } from "../present/run-rate-split.ts";
import { scopedLabel } from "../present/scoped-label.ts";
import { sendVsTypicalNotes, type TypicalCall } from "../present/send-vs-typical-note.ts";
import { textTable } from "../present/text-table.ts";
import { labelResult } from "../present/value-labels.ts";
import type { AgentStateUpdate, AgentStateValue } from "../state.ts";
import { collectGroundNumbers, groundable, verifyAnswer } from "../verify/index.ts";
import { plannerNote } from "./planner-note.ts";

export interface FinalizeDeps {
  present: PresentContext;
  model: AgentAnswer["model"];
  log?: (event: string, data: Record<string, unknown>) => void;
}

interface TurnResult {
  name: string;
  args: Record<string, unknown>;
  result: ToolResult<unknown>;
}

/** The planner's own plan, when it made the last model turn (clarify and decline carry no tool calls). */
function plannerPlan(message: AIMessage | undefined) {
  const stored = (message?.additional_kwargs as Record<string, unknown> | undefined)?.localPlanner;
  if (typeof stored !== "object" || stored === null || !("kind" in stored)) return undefined;
  return stored as {
    kind: string;
    question?: string;
    options?: Clarification["options"];
    message?: string;
    notes?: string[];
  };
}

/** The turn's calls that returned data, with it. */
function succeeded(results: readonly TurnResult[]): TypicalCall[] {
  return results.flatMap((r) => (r.result.ok ? [{ name: r.name, args: r.args, data: r.result.data }] : []));
}

/** Messages of the current turn: everything after the last question. */
function currentTurn(messages: readonly BaseMessage[]) {
  const start = messages.findLastIndex((m) => m.getType() === "human");
  const turn = messages.slice(start + 1);
  const question = start >= 0 ? String(messages[start]!.content) : "";
  // The thread's earlier questions, oldest first: a follow-up may carry their chart request.
  const earlier = messages
    .slice(0, Math.max(start, 0))
    .filter((m) => m.getType() === "human")
    .map((m) => String(m.content));
  const ais = turn.filter((m): m is AIMessage => m.getType() === "ai");
  const calls = ais.flatMap((m) => m.tool_calls ?? []);
  const results: TurnResult[] = turn
    .filter((m): m is ToolMessage => m.getType() === "tool")
    .flatMap((m) => {
      const call = calls.find((c) => c.id === m.tool_call_id);
      const result = m.artifact as ToolResult<unknown> | undefined;
      return call && result ? [{ name: call.name, args: call.args, result }] : [];
    });
  return { question, earlier, ais, calls, results };
}

/** Appended to an answer whose figures could not all be matched to the tools' results. */
export const UNVERIFIED_NOTICE =
  "Note: not every figure in this text could be matched to the data behind it; check them against the table before you rely on them.";

/** A leading zod-style field path, e.g. "metrics.0: " or "changes.1.changeAmount: ". */
const FIELD_PATH = /^[a-z][a-zA-Z]*(?:\.[a-zA-Z0-9]+)*: /;

/** "why did revenue drop?" when it rose: the sentence that says so before the movers. */
function premiseOf(
  question: string,
  results: readonly TurnResult[],
  present: PresentContext,
): string | undefined {
  const explained = results.find((r) => r.name === "explain_change" && r.result.ok);
  // fix13b: "orders dropped in august?" answered with the two months: yes or no first.
  const compared = results.find((r) => r.name === "compare_periods" && r.result.ok);
  if (!explained?.result.ok)
    return compared?.result.ok
      ? comparisonPremise(question, compared.result.data as ComparePeriodsData, present.currency, spec)
      : undefined;
  const data = explained.result.data as ExplainChangeData;
  const first = data.byDimension[0];
  const through = data.provenance.dataFreshness?.adSpendThrough;
  if (through && data.period.from > through) return undefined;
  // fix8d: labelled with the one channel or platform explained ("Email revenue"), amounts formatted
  // as the first line writes them.
  const own = data.definition ?? data.provenance.definitions.find((x) => x.key === data.metric);
  const label = scopedLabel(own?.label ?? data.metric, data.provenance.filters, present.valueLabels);
  const unit = spec(data.metric, label, own?.unit ?? "count", data.definition?.format);
  return premiseCorrection(question, label, first?.current, first?.base, (v) =>
    formatValue(v, unit, present.currency),
  );
}

/** The explanation of the gap between rows set side by side, from the turn's metric rows. */
function whyOneNote(results: readonly TurnResult[], present: PresentContext): string | undefined {
  const r = results.find((x) => x.name === "query_metrics" && x.result.ok);
  if (!r?.result.ok) return undefined;
  const metrics = Array.isArray(r.args.metrics) ? r.args.metrics.map(String) : [];
  const headline = metrics.filter((m) => !PARTS.includes(m));
  const data = r.result.data as MetricResult;
  return whyOneExplanation(
    labelResult(data, present.valueLabels),
    headline.length ? headline : metrics,
    present.currency,
  );
}

/**
 * The finalize node: assemble the answer from the turn's tool results. Model-written text is kept
 * only when every number in it is grounded in those results; otherwise the deterministic template
 * replaces it and the event is logged.
 */
export function createFinalizeNode(deps: FinalizeDeps) {
  return async (state: AgentStateValue): Promise<AgentStateUpdate> => {
    const turn = currentTurn(state.messages);
    const last = turn.ais.at(-1);
    const plan = plannerPlan(last);
    const base = {
      threadId: "",
      toolCalls: turn.calls.map((c) => ({ name: c.name, args: c.args })),
      model: state.fallback
        ? { ...deps.model, kind: "planner" as const, fallback: state.fallback }
        : deps.model,
    };
    const empty = { data: { columns: [], rows: [] }, provenance: [] };

    if (plan?.kind === "clarify" && plan.question && plan.options) {
      const clarification = { question: plan.question, options: plan.options };
      const answer = clarificationAnswer({ kind: "clarification", ...clarification });
      return done({
        ...base,
        ...empty,
        answer,
        clarification,
        verification: { grounded: true, rebuilt: false },
      });
    }
    if (plan?.kind === "decline" && plan.message) {
      return done({
        ...base,
        ...empty,
        answer: plan.message,
        verification: { grounded: true, rebuilt: false },
      });
    }

    const presented: Presentation[] = [];
    const failures: string[] = [];
    // s16: "east coast vs west coast": one query per named group, answered as one table of totals.
    const groups = labelledResults(turn.results);
    // lead22: a run-rate estimate split by channel: one table, the method said once.
    const members = runRateMembers(turn.results);
    for (const r of turn.results) {
      if (groups.length && r.name === "query_metrics" && typeof r.args.label === "string") continue;
      if (members.length && r.name === "project_run_rate" && r.result.ok) continue;
      if (!r.result.ok) {
        // A validation message is never the answer: what cannot be combined, and what can.
        const plain = toolFailureSentence(r.result.error);
        if (plain) {
          failures.push(plain);
          continue;
        }
        // An unsupported breakdown's suggestion is a dimension the metric does have ("date"), not
        // what the user meant: the reason already lists what it supports.
        const s =
          r.result.error.suggestions?.length && r.result.error.code !== "unsupported_combination"
            ? ` Did you mean: ${r.result.error.suggestions.join(", ")}?`
            : "";
        // The field path ("changes.0.changeAmount: ") is for API clients; a marketer reads the reason.
        const reason = r.result.error.message.replace(FIELD_PATH, "");
        failures.push(`${reason}.${s}`.replace(/\.\./g, "."));
        continue;
      }
      const presenter = PRESENTERS[r.name];
      // fix8a: "chart it" draws the previous answer, read with the question it answered.
      // fix10a: "now only paid channels" after a share question keeps reading the share.
      // fix14b: "same for revenue" after "top 10 states and the rest" gives the rest again.
      const question = restQuestion(
        restrictedShareQuestion(chartedQuestion(turn.question, turn.earlier), turn.earlier),
        turn.earlier,
      );
      if (presenter) presented.push(presenter(r.result.data, r.args, { ...deps.present, question }));
    }
    // The group totals lead; the members' rows (campaigns of each group), when asked, stay the table.
    if (groups.length) presented.unshift(presentGroupTotals(groups, deps.present));
    if (members.length) presented.push(presentRunRateSplit(members, deps.present));
    // fix17b: "now weekly" after a run-rate estimate: the weeks' projections as one answer.
    const runRateParts = runRatePartsOf(turn.results);
    if (runRateParts) presented.splice(0, presented.length, presentRunRateParts(runRateParts, deps.present));
    const main = presented.at(-1);
    // "pie chart of spend by channel": the named chart type when the data fits it, else a sentence why.
    const wanted = main ? requestedChart(turn.question) : undefined;
    const named =
      wanted && main ? honourChartRequest(wanted, main.data, main.chart, deps.present.currency) : undefined;
    // "same thing for revenue" after "pie chart of spend by channel": the same kind of chart, when
    // the new data fits it (a carried request that does not fit keeps the default, without a note).
    const carried = main && !wanted ? carriedChart(turn.question, turn.earlier) : undefined;
    const kept =
      carried && main ? honourChartRequest(carried, main.data, main.chart, deps.present.currency) : undefined;
    const honoured = named ?? (kept && !kept.note ? kept : undefined);
    const chart = honoured ? honoured.chart : main?.chart;
    // fix13b: a bare "why?" carries the premise of the question before it.
    const premise = premiseOf(premiseQuestion(turn.question, turn.earlier), turn.results, deps.present);
    // "MTD" on the 1st answered for last month: the line that says so leads (period-settle.ts), then
    // the planner's caveats (a cause the data cannot speak to), before any figure.
    const planLead = presented.length ? plannerNote(turn.ais) : undefined;
    // fix12d: a verdict placeholder in the frame's note is replaced by the verdict (judged-notes.ts).
    const lead = planLead && (judgedNote(planLead, turn.results, deps.present, turn.question) ?? planLead);
    const planned = turn.ais.flatMap((m) => plannerPlan(m)?.notes ?? []);
    // "why is one so much worse?": which figure really differs and the parts behind the gap.
    const notes = planned.flatMap((n) =>
      n === CONTEXT_NOTES.why_one[0]
        ? [whyOneNote(turn.results, deps.present) ?? n]
        : n === CAMPAIGN_VERDICT_NOTE
          ? [campaignSpendVerdict(turn.results) ?? n]
          : [judgedNote(n, turn.results, deps.present, turn.question) ?? n],
    );
    const template = presented.length
      ? [
          ...(lead ? [lead] : []),
          ...notes,
          ...(premise ? [premise] : []),
          ...emailNotes(turn.question, turn.results),
          ...sendVsTypicalNotes(turn.question, succeeded(turn.results), deps.present.currency),
          // fix8a: "in 3 bullets", "make it shorter": the presented lines in the length asked.
          // fix15d: "in thousands" / "to the nearest thousand": money shown in $k.
          ...presented.map((p) =>
            shapedText(roundedText(p.text, turn.question), turn.question, turn.earlier),
          ),
          ...(honoured?.note ? [honoured.note] : []),
          // lead18: "as a table", "csv please": the rows written out, and where the file is.
          ...(main && asksForTableView(turn.question) && !presented.some((p) => p.text.includes("| ---"))
            ? [textTable(main.data, deps.present.currency) ?? ""].filter(Boolean)
            : []),
        ].join("\n\n")
      : failures.length
        ? `I couldn't answer that: ${failures.join(" ")}`
        : "I can answer questions about your marketing data: spend, revenue, ROAS, orders, CAC and more, by channel, campaign or period. Try 'What was ROAS by channel last month?'";

    const grounding = collectGroundNumbers(groundable(turn.results.map((r) => r.result)));
    const modelText = typeof last?.content === "string" ? last.content.trim() : "";
    let answer = template;
    let rebuilt = false;
    if (modelText && !plan) {
      const check = verifyAnswer(modelText, grounding, { question: turn.question });
      if (check.ok) answer = modelText;
      else {
        rebuilt = true;
        deps.log?.("ungrounded answer rebuilt", { ungrounded: check.ungrounded });
      }
    }
    const grounded = verifyAnswer(answer, grounding, { question: turn.question }).ok;
    if (!grounded) {
      deps.log?.("template answer failed grounding", { answer });
      // The reader must not take an unchecked figure on trust: the text says so, not only the flag.
      answer = `${answer}\n\n${UNVERIFIED_NOTICE}`;
    }
    return done({
      ...base,
      answer,
      data: main?.data ?? empty.data,
      ...(chart ? { chart } : {}),
      provenance: presented.map((p) => p.provenance),
      verification: { grounded, rebuilt },
    });
  };
}

function done(answer: AgentAnswer): AgentStateUpdate {
  return { answer };
}

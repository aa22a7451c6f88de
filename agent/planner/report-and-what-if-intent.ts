/**
 * A channel's figures and a what-if on it in one question (fix6d): "show me TikTok's monthly spend,
 * CPA and ROAS this year and what an extra 20% would return", "paid search spend and roas last
 * quarter, and what would 10% more get us". Both parts are answered: the figures over the period
 * named (read in the past, as a report), then the what-if on that one channel or platform for the
 * coming month. Before, the budget words won and the answer was a whole-budget plan over "this
 * year" that gave neither part.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { frameFor } from "./frame.ts";
import { maskModels } from "./models.ts";
import { grainsNamed } from "./modifiers.ts";
import type { ParsedQuestion } from "./parse.ts";
import { toolPlan } from "./pipeline/assemble-stage.ts";
import type { Reading } from "./pipeline/types.ts";
import { extractTime } from "./time.ts";
import type { FrameBudgetChange, Plan } from "./types.ts";

/** "an extra 20%", "another 15 percent", "20% more", "+20%": a relative change with no member next to it. */
const EXTRA_PERCENT =
  /(?:\b(?:an?\s+)?(?:extra|additional|another)\s+(\d+(?:\.\d+)?)\s*(?:%|percent)|\b(\d+(?:\.\d+)?)\s*(?:%|percent)\s+more\b|(?:^|\s)\+(\d+(?:\.\d+)?)\s*%)/;
/** The what-if part asks what the change returns. */
const RETURNS =
  /\b(?:would|will|could|might)\s+(?:return|bring(?: in)?|get(?: us)?|make|yield|generate|do|earn)\b|\bwhat (?:do|would|could) we get\b|\bwhat happens\b|\bwhat (?:would|could|will)\b.{1,30}\b(?:do|return|bring|get us|make)\b/;
/** The report part asks for figures. */
const REPORT = /\b(?:show|give|pull|tell|list|what (?:is|was|were|are)|how (?:much|many))\b/;

/** The single channel or platform the question names, and the change on it. */
interface ReportAndWhatIf {
  change: FrameBudgetChange;
}

/**
 * The question's what-if change, when it asks for a named member's figures and what a change on it returns.
 * @example readReportAndWhatIf(r)?.change // { dimension: "platform", value: "tiktok_ads", changePercent: 20 }
 */
export function readReportAndWhatIf(r: Reading): ReportAndWhatIf | undefined {
  const p = r.p;
  if (!(p.signals.budget || EXTRA_PERCENT.test(p.text)) || !p.metrics.length) return undefined;
  // Figures asked for in words ("show", "what was"), or a period beside a change that names no
  // channel ("cpa by month this year, and what would an extra 10% do"); never a what-if alone
  // ("cut meta by 30% next month, what happens to revenue").
  const loosePart = !p.budget.changes.length && EXTRA_PERCENT.test(p.text);
  if (!(REPORT.test(p.text) || (p.time.period && loosePart)) || !RETURNS.test(p.text)) return undefined;
  const named = p.dims.filters.filter(
    (f) => f.op === "in" && (f.field === "channel" || f.field === "platform") && f.values.length === 1,
  );
  if (named.length !== 1) return undefined;
  const f = named[0]!;
  if (f.op !== "in" || (f.field !== "channel" && f.field !== "platform")) return undefined;
  const value = String(f.values[0]);
  const read = p.budget.changes;
  if (read.length > 1 || (read.length === 1 && read[0]!.value !== value)) return undefined;
  if (read.length === 1) return { change: read[0]! };
  const m = EXTRA_PERCENT.exec(p.text);
  if (!m) return undefined;
  return { change: { dimension: f.field, value, changePercent: Number(m[1] ?? m[2] ?? m[3]) } };
}

function reportFrame(p: ParsedQuestion, catalog: Catalog, today: string, dataEnd?: string) {
  // Budget words read "this year" forward; the figures are a report of the past.
  const past = { ...p, time: extractTime(maskModels(p.text), today, "past", dataEnd) };
  const monthly =
    /\b(?:monthly|month by month|by month|per month|each month|every month)\b/.test(p.text) ||
    grainsNamed(p.text).includes("month");
  const frame = frameFor(monthly ? "trend" : "query", past, catalog);
  return monthly ? { ...frame, grain: "month" as const } : frame;
}

/** Both parts as one plan: the figures, then the what-if (the budget frame's default period). */
export function reportAndWhatIfPlan(r: Reading, req: ReportAndWhatIf): Plan {
  const { p, ctx } = r;
  const report = toolPlan(reportFrame(p, ctx.catalog, p.today, ctx.dataEnd));
  const noPeriod = { ...p, time: { ...p.time, period: undefined } };
  const budget = frameFor("budget", noPeriod, ctx.catalog);
  const whatIf = toolPlan({
    ...budget,
    budget: {
      ...p.budget,
      level: req.change.dimension === "platform" ? "platform" : "channel",
      changes: [req.change],
    },
  });
  if (report.kind !== "tool_calls") return whatIf;
  if (whatIf.kind !== "tool_calls") return report;
  return { ...report, calls: [...report.calls, ...whatIf.calls] };
}

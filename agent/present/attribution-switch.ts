/**
 * fix14c: "which channel gains the most if we go from last click to linear", "who loses credit
 * when we switch to first touch": a switch between two models asks for each member's change and
 * the one that gains (or loses) most, named first. Two credit lists side by side left the reader
 * to subtract. The changes are pair differences of the tool's own credits (grounded as such).
 */
import type { AttributionToolData } from "../../tools/attribution/execute.ts";
import { formatPeriod, formatValue } from "../answer/format.ts";
import { modelsIn } from "../planner/models.ts";
import { normalize } from "../planner/normalize.ts";

type Model = AttributionToolData["models"][number];
type Row = Model["rows"][number];

/** A move between models, or who gains or loses by it. */
const SWITCH =
  /\b(?:switch\w*|mov(?:e|es|ed|ing)|chang\w*|go|goes|going|went|shift\w*|flip\w*|migrat\w*) (?:over )?(?:from|to)\b|\bfrom (?:[a-z]+ ){1,3}(?:to|into) (?:[a-z]+ )?(?:touch|click|model|attribution|linear|decay|based|shaped|markov|shapley|driven)\b|\b(?:instead of)\b/;
const WHO_MOVES =
  /\b(?:gain\w*|win|wins|winner\w*|winning|benefit\w*|lose|loses|losing|loser\w*|lost|drop\w*|biggest (?:change|shift|swing|jump|mover)|most (?:affected|impacted)|changes? (?:the )?most|moves? (?:the )?most|up or down|goes up|go up|goes down|go down|better off|worse off|(?:comes?|came|coming) out (?:ahead|on top|behind|worse|better)|what happens to|how (?:does|do|would|will) (?:[a-z]+ ){0,4}(?:change|shift|move))\b/;
const LOSS_ASKED = /\b(?:lose|loses|losing|loser\w*|lost|drop\w*|go down|goes down|worse off)\b/;

const PROPER: Readonly<Record<string, string>> = {
  markov: "Markov",
  shapley: "Shapley",
  w_shaped: "W-shaped",
};
const modelName = (m: string) => PROPER[m] ?? m.replaceAll("_", " ");

/** Whether the question asks who gains or loses by a switch between models. */
export function asksModelSwitch(question: string | undefined): boolean {
  if (!question) return false;
  const text = normalize(question).toLowerCase();
  return SWITCH.test(text) && WHO_MOVES.test(text) && modelsIn(text).length === 2;
}

/** The model switched from: the one after "from", else the one not after "to", else the first run. */
function baseOf(text: string, models: readonly Model[]): Model {
  const [a, b] = models as [Model, Model];
  const named = modelsIn(text);
  const from = /\bfrom\b(.*)$/.exec(text)?.[1];
  if (from) {
    const first = modelsIn(from)[0];
    if (first === b.model) return b;
    if (first === a.model) return a;
  }
  const to = /\b(?:to|into)\b(.*)$/.exec(text)?.[1];
  if (to && !from && modelsIn(to)[0] === named[0]) return named[0] === a.model ? b : a;
  return a;
}

export interface SwitchRow {
  member: string;
  before: number;
  after: number;
  change: number;
}

export interface ModelSwitch {
  lines: string[];
  rows: SwitchRow[];
  from: string;
  to: string;
}

/**
 * Each member's credit under the model switched from and to, largest gain first, led by the
 * biggest gainer (or loser, when losing was asked); undefined unless two models ran and the
 * question asks who moves.
 */
export function modelSwitch(
  d: AttributionToolData,
  question: string | undefined,
  name: (r: Row) => string,
  currency: string,
): ModelSwitch | undefined {
  if (d.models.length !== 2 || !asksModelSwitch(question)) return undefined;
  const text = normalize(question!).toLowerCase();
  const base = baseOf(text, d.models);
  const target = d.models.find((m) => m !== base)!;
  const after = new Map(target.rows.map((r) => [name(r), r.credit]));
  const members = [...new Set([...base.rows.map(name), ...target.rows.map(name)])];
  const before = new Map(base.rows.map((r) => [name(r), r.credit]));
  const rows = members
    .map((m) => {
      const b = before.get(m) ?? 0;
      const a = after.get(m) ?? 0;
      return { member: m, before: b, after: a, change: a - b };
    })
    .sort((x, y) => y.change - x.change || (x.member < y.member ? -1 : 1));
  if (!rows.length) return undefined;
  const money = (v: number) =>
    d.metric === "revenue"
      ? formatValue(v, { unit: "currency", format: "currency" }, currency)
      : formatValue(v, { unit: "count", format: "decimal" }, currency);
  const signed = (v: number) => `${v >= 0 ? "+" : "-"}${money(Math.abs(v))}`;
  const from = modelName(base.model);
  const to = modelName(target.model);
  const top = rows[0]!;
  const bottom = rows.at(-1)!;
  const when = `For ${formatPeriod({ from: d.period.from, to: d.period.to })}`;
  const what = d.metric === "revenue" ? "credited revenue" : "credited conversions";
  const gain =
    top.change > 0
      ? `${top.member} gains the most: ${money(top.before)} under ${from}, ${money(top.after)} under ${to} (${signed(top.change)}).`
      : `no ${d.level} gains.`;
  const loss =
    bottom.change < 0
      ? `${bottom.member} loses the most: ${money(bottom.before)} under ${from}, ${money(bottom.after)} under ${to} (${signed(bottom.change)}).`
      : "";
  const ordered = LOSS_ASKED.test(text) && loss ? [loss, gain] : [gain, loss];
  const lead = `${when}, switching from ${from} to ${to} (${what}): ${ordered.filter(Boolean).join(" ")}`;
  return {
    from,
    to,
    rows,
    lines: [
      lead,
      `Change per ${d.level}, ${from} to ${to}:`,
      ...rows.map((r) => `- ${r.member}: ${signed(r.change)} (${money(r.before)} to ${money(r.after)})`),
      `Moved credit is a reading of the paths, not proof of what each ${d.level} causes; a holdout test measures that.`,
    ],
  };
}

/**
 * "How far apart are Shapley and first touch on email, and why" (fix8c): the gap between two
 * models' credit for the member(s) asked about, in money and percent, and one sentence on what
 * each model rewards, so the marketer sees why the member gains under one of them. The gap and
 * the percentage are pair derivations of the tool's own credits (agent/verify/ground-numbers.ts).
 */
import type { AttributionToolData } from "../../tools/attribution/execute.ts";
import { modelRewards } from "../answer/attribution-disagreement.ts";
import { formatNumber, formatValue } from "../answer/format.ts";

/** Words asking how far two models are apart, or why they differ. */
const ASKS_GAP =
  /\b(?:disagree\w*|differ\w*|gap|discrepanc\w*|diverg\w*|far apart|how (?:much|far) (?:more|less|apart)|why (?:does|do|is|are)\b.{0,40}\b(?:more|less|higher|lower))\b/i;

/** Above this many members the answer is a table, not a sentence per member. */
const MAX_MEMBERS = 3;

const PROPER: Readonly<Record<string, string>> = {
  markov: "Markov",
  shapley: "Shapley",
  w_shaped: "W-shaped",
};
const modelName = (m: string) => PROPER[m] ?? m.replaceAll("_", " ");
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What a member must do to gain credit over the lower model, by the lower model. */
const GAINS_BY: Readonly<Record<string, string>> = {
  last_touch: "it often sits on converting paths without being their last touch",
  last_non_direct: "it often sits on converting paths without being their last non-direct touch",
  first_touch: "it often sits on converting paths without being the touch that started them",
};

/** Whether the question asks how far two models are apart (or why). */
export function asksModelGap(question: string | undefined): boolean {
  return !!question && ASKS_GAP.test(question);
}

/**
 * "Markov credits Paid Social $1,886.91, $622.05 (49.2%) more than last touch ($1,264.86)." per
 * member, then why; empty unless exactly two models ran, the question asks for their gap, and at
 * most three members are in both.
 */
export function modelGapLines(
  d: AttributionToolData,
  question: string | undefined,
  name: (row: AttributionToolData["models"][number]["rows"][number]) => string,
  currency: string,
): string[] {
  if (d.models.length !== 2 || !asksModelGap(question)) return [];
  const [a, b] = d.models as [AttributionToolData["models"][number], AttributionToolData["models"][number]];
  const other = new Map(b.rows.map((r) => [name(r), r.credit]));
  const pairs = a.rows
    .filter((r) => other.has(name(r)))
    .map((r) => ({ member: name(r), a: r.credit, b: other.get(name(r))! }));
  if (!pairs.length || pairs.length > MAX_MEMBERS) return [];
  const money = (v: number) =>
    d.metric === "revenue"
      ? formatValue(v, { unit: "currency", format: "currency" }, currency)
      : `${formatValue(v, { unit: "count", format: "decimal" }, currency)} conversions`;
  const lines = pairs.map((p) => {
    const [high, low, hi, lo] = p.a >= p.b ? [a.model, b.model, p.a, p.b] : [b.model, a.model, p.b, p.a];
    if (hi === lo)
      return `${capitalize(modelName(a.model))} and ${modelName(b.model)} both credit ${p.member} ${money(hi)}.`;
    const pct = lo > 0 ? ` (${formatNumber(((hi - lo) / lo) * 100, 1)}%)` : "";
    return `${capitalize(modelName(high))} credits ${p.member} ${money(hi)}, ${money(hi - lo)}${pct} more than ${modelName(low)} (${money(lo)}).`;
  });
  const first = pairs[0]!;
  const [high, low] = first.a >= first.b ? [a.model, b.model] : [b.model, a.model];
  const rewards = modelRewards(high, low);
  const gains =
    first.a !== first.b && GAINS_BY[low]
      ? ` ${first.member} gains under ${modelName(high)} because ${GAINS_BY[low]}.`
      : "";
  return [...lines, ...(rewards ? [`Why: ${rewards}${gains}`] : [])];
}

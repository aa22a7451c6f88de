/**
 * Attribution questions with a direction or a question about the setup (#12):
 * - "which channel is most undervalued by last click": the member whose credit rises most from
 *   last touch to the multi-touch models, and separately the one last touch over-credits most;
 * - "what attribution model are you using": the account's default model and lookback window.
 * The figures come from the tool's own result (credits per model, the tenant's settings).
 */
import type { AttributionToolData } from "../../tools/attribution/execute.ts";
import { formatValue } from "../answer/format.ts";

const MODEL_NAMES: Readonly<Record<string, string>> = {
  markov: "Markov",
  shapley: "Shapley",
  w_shaped: "W-shaped",
  data_driven: "data-driven",
};
const modelName = (m: string) => MODEL_NAMES[m] ?? m.replaceAll("_", " ");

/**
 * "what model are you using", "which attribution do you use", "what's the default model"; lead25:
 * "what lookback window do you use", "how long is the attribution window"; lead26: "whats the
 * lookback", "what's the lookback window".
 */
const ASKS_MODEL_IN_USE =
  /\b(?:what|which)\b[^?.]{0,30}\b(?:attribution|model)\b[^?.]{0,30}\b(?:us(?:e|ing)|default|set|applied|based on|run(?:ning)?|behind)\b|\bdefault (?:attribution )?model\b|\b(?:what|whats|what's|which|how long|how many days)\b[^?.]{0,40}\b(?:look ?back(?: (?:window|period))?|(?:attribution|conversion|credit|click) (?:window|period))\b/i;

/** Whether the question asks which model the answers use by default. */
export function asksModelInUse(question: string): boolean {
  return ASKS_MODEL_IN_USE.test(question);
}

/**
 * fix21f: how a figure is worked out: "how is it computed", "how do u calc", "the formula", "methodology",
 * "what goes into", "what's behind".
 */
const METHOD =
  /\bhow\b(?: [\w+&'-]+){0,5}? (?:comput\w*|calculat\w*|calc(?:s|ed|d|ing)?|work(?:ed|s|ing)? (?:it )?out|figur\w* (?:it )?out|deriv\w*|measur\w*|defin\w*|determin\w*|arriv\w* at|get to|come up with|counted)\b|\b(?:formula|formulas|methodology|method|math|maths|calculation|calc|computation|definition)\b|\bwhat (?:goes|went) into\b|\bwhat s (?:behind|in)\b/;

/** The model or window named in a method question. */
const METHOD_SETUP = /\b(?:attribution|model|models|look ?back|window)\b/;

/**
 * Whether the text asks how a figure is computed, or on which model and window it rests.
 * @example asksMetricMethod("roas formula? model? window?") // true
 * @example asksMetricMethod("roas by channel last month") // false
 */
export function asksMetricMethod(text: string): boolean {
  const t = text.toLowerCase().replace(/\bwhats\b/g, "what is");
  return METHOD.test(t) || (METHOD_SETUP.test(t) && asksModelInUse(t));
}

/**
 * "Your answers use the last touch model by default, with a 30-day lookback: ..." from the tool's
 * `defaults`; empty when the question does not ask.
 */
export function modelInUseSentence(d: AttributionToolData, question: string | undefined): string {
  // fix21f: "how is roas computed": one model run, the setup it rests on.
  // Only the how-it-is-computed words: "which model do you use" alone keeps the models shown.
  const method =
    !!question &&
    d.models.length === 1 &&
    METHOD.test(question.toLowerCase().replace(/\bwhats\b/g, "what is"));
  if (!question || !(asksModelInUse(question) || method) || !d.defaults) return "";
  const { model, lookbackDays } = d.defaults;
  const others = d.models.map((m) => m.model).filter((m) => m !== model);
  const shown =
    others.length && !method ? ` Below, as you asked: ${others.map(modelName).join(" and ")}.` : "";
  return `Your answers use the ${modelName(model)} attribution model by default (ROAS, CPA and credit by channel or campaign), over a ${lookbackDays}-day lookback window: touches more than ${lookbackDays} days before an order get no credit.${shown}`;
}

/** "undervalued by last click", "which channel does last touch short-change", "over-credited". */
const UNDER =
  /\b(?:under[- ]?(?:valu|credit|rat|estimat|stat|appreciat)\w*|short[- ]?chang\w*|gets? too little credit|(?:not getting|doesn t get|does not get) (?:enough|its|due) credit|deserves? more credit|robbed|missing credit)\b/i;
const OVER =
  /\b(?:over[- ]?(?:valu|credit|rat|estimat|stat)\w*|gets? too much credit|taking (?:too much )?credit|steal(?:s|ing)? credit|inflated)\b/i;

/** Whether the question asks which member a model under- or over-credits. */
export function asksCreditDirection(question: string): "under" | "over" | undefined {
  if (UNDER.test(question)) return "under";
  if (OVER.test(question)) return "over";
  return undefined;
}

/**
 * "Against last touch, Organic Search gains the most under the other models: $10,624 under last
 * touch, $12,389 under Markov (+$1,765). Last touch over-credits Email the most: ..." Credits are
 * each model's own; the gain is measured to the multi-touch model that moves it most. Empty when
 * the question has no direction, last touch (the baseline) did not run, or no other model did.
 */
export function creditShiftSentence(
  d: AttributionToolData,
  question: string | undefined,
  name: (row: AttributionToolData["models"][number]["rows"][number]) => string,
  currency: string,
): string {
  const direction = question ? asksCreditDirection(question) : undefined;
  if (!direction) return "";
  const baseModel = /\bfirst[- ]?(?:touch|click)\b/i.test(question!) ? "first_touch" : "last_touch";
  const base = d.models.find((m) => m.model === baseModel);
  const others = d.models.filter((m) => m.model !== baseModel);
  if (!base || !others.length) return "";
  const baseCredit = new Map(base.rows.map((r) => [name(r), r.credit]));
  const shifts = others.flatMap((m) =>
    m.rows.map((r) => {
      const before = baseCredit.get(name(r)) ?? 0;
      return { member: name(r), model: m.model, before, after: r.credit, change: r.credit - before };
    }),
  );
  if (!shifts.length) return "";
  const money = (v: number) =>
    d.metric === "revenue"
      ? formatValue(v, { unit: "currency", format: "currency" }, currency)
      : formatValue(v, { unit: "count", format: "decimal" }, currency);
  const baseName0 = modelName(baseModel);
  // fix16e: one member asked about ("is last click over-crediting brand search"): its own verdict.
  const members = new Set([...base.rows.map(name), ...shifts.map((s) => s.member)]);
  if (members.size === 1) {
    const [member] = members;
    const Base = baseName0.charAt(0).toUpperCase() + baseName0.slice(1);
    const verdicts = shifts.map((s) => {
      const said = `${money(s.before)} under ${baseName0}, ${money(s.after)} under ${modelName(s.model)}`;
      if (s.change < 0)
        return `${Base} over-credits ${member} compared with ${modelName(s.model)}: ${said} (${money(-s.change)} more under ${baseName0}).`;
      if (s.change > 0)
        return `${Base} under-credits ${member} compared with ${modelName(s.model)}: ${said} (${money(s.change)} less under ${baseName0}).`;
      return `${Base} and ${modelName(s.model)} credit ${member} the same: ${said}.`;
    });
    return `${verdicts.join(" ")} Credit moved between models is a reading of the paths, not proof of what the ${d.level} causes; a holdout test measures that.`;
  }
  const gain = shifts.reduce((a, b) => (b.change > a.change ? b : a));
  const loss = shifts.reduce((a, b) => (b.change < a.change ? b : a));
  const baseName = modelName(baseModel);
  const describe = (s: (typeof shifts)[number]) =>
    `${money(s.before)} under ${baseName}, ${money(s.after)} under ${modelName(s.model)}`;
  const under =
    gain.change > 0
      ? `Most undervalued by ${baseName}: ${gain.member}, whose credit rises most under the other models (${describe(gain)}).`
      : `No ${d.level} gains credit when moving away from ${baseName}: it undervalues none of them.`;
  const over =
    loss.change < 0 ? `Most over-credited by ${baseName}: ${loss.member} (${describe(loss)}).` : "";
  const lines = direction === "under" ? [under, over] : [over || under, over ? under : ""];
  return `${lines.filter(Boolean).join(" ")} Credit moved between models is a reading of the paths, not proof of what each ${d.level} causes; a holdout test measures that.`;
}

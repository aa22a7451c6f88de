/**
 * fix12c: "which model is kindest to tiktok", "under which model does email get the most credit":
 * the answer is a model, so it is named first, with the one that credits the member least. Ten
 * credit lines alone left the reader to find the highest (and the disagreement sentence named two
 * models, neither always the top one).
 */
import type { AttributionToolData } from "../../tools/attribution/execute.ts";
import { formatValue } from "../answer/format.ts";
import { asksWhichModelFavours } from "../planner/models.ts";
import { normalize } from "../planner/normalize.ts";

type Row = AttributionToolData["models"][number]["rows"][number];

const PROPER: Readonly<Record<string, string>> = {
  markov: "Markov",
  shapley: "Shapley",
  w_shaped: "W-shaped",
};
const modelName = (m: string) => PROPER[m] ?? m.replaceAll("_", " ");

/** Credits within a cent (or a hundredth of an order) are a tie: both models are named. */
const TIE = 0.005;

/** "linear distinct and Shapley": the models whose credit ties `value`. */
function tiedAt(credits: ReadonlyArray<{ model: string; credit: number }>, value: number): string {
  const names = credits.filter((c) => Math.abs(c.credit - value) < TIE).map((c) => modelName(c.model));
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : (names[0] ?? "");
}

/**
 * The sentence naming the model that credits the one member shown most (and least), or "" when
 * the question does not ask it, fewer than three models ran, or the rows hold other members.
 * @example kindestModelSentence(tiktokUnderTenModels, "which model makes tiktok look best", name, "USD")
 * // "TikTok Ads gets the most credit under linear distinct and Shapley ($640.48) and the least under last touch ($264.78)."
 */
export function kindestModelSentence(
  d: AttributionToolData,
  question: string | undefined,
  name: (r: Row) => string,
  currency: string,
): string {
  if (!question || d.models.length < 3 || !asksWhichModelFavours(normalize(question))) return "";
  const members = new Set(d.models.flatMap((m) => m.rows.filter((r) => r.key !== null).map(name)));
  if (members.size !== 1) return "";
  const member = [...members][0]!;
  const credits = d.models.map((m) => ({
    model: m.model,
    credit: m.rows.find((r) => r.key !== null && name(r) === member)?.credit ?? 0,
  }));
  const high = Math.max(...credits.map((c) => c.credit));
  const low = Math.min(...credits.map((c) => c.credit));
  const money = (v: number) =>
    d.metric === "revenue"
      ? formatValue(v, { unit: "currency", format: "currency" }, currency)
      : formatValue(v, { unit: "count", format: "decimal" }, currency);
  const least = high - low < TIE ? "" : ` and the least under ${tiedAt(credits, low)} (${money(low)})`;
  return `${member} gets the most credit under ${tiedAt(credits, high)} (${money(high)})${least}.`;
}

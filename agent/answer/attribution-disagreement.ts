/**
 * When attribution models disagree strongly about a channel (Markov gives display far more than
 * Shapley), a table of credits alone leaves the marketer guessing which to believe. One sentence
 * names the member they disagree on most and says what each of the two models rewards. No figure is
 * repeated: the credits are in the lines above and in the table.
 */

/** What each model rewards, in words a marketer can act on. */
const REWARDS: Readonly<Record<string, string>> = {
  first_touch: "first touch gives all the credit to the touch that started the journey",
  last_touch: "last touch gives all the credit to the final touch before the order",
  last_non_direct: "last non-direct touch gives the credit to the final touch that was not a direct visit",
  linear: "linear splits each order equally across every touch on its path",
  linear_distinct: "linear (distinct) splits each order equally across the distinct channels on its path",
  w_shaped:
    "W-shaped gives most of the credit to the first touch, the lead-creating touch and the last touch",
  time_decay: "time decay gives more credit to touches closer to the order",
  position_based: "position based gives most of the credit to the first and last touches",
  markov:
    "Markov credits a channel by how many conversions would be lost if it were removed from the paths (its removal effect), which rewards channels that many converting paths pass through",
  shapley:
    "Shapley splits each conversion among the channels on its path by their average marginal contribution, which rewards channels that convert well together with others",
};

/** One model's credit per member (channel, campaign or platform label). */
export interface ModelCredits {
  model: string;
  credits: ReadonlyArray<{ name: string; credit: number }>;
}

/** Credit at least this many times another model's is a strong disagreement. */
export const STRONG_DISAGREEMENT = 1.5;
/** Members with less than this share of a model's total credit are noise, not a disagreement. */
const MIN_SHARE = 0.05;

const PROPER: Readonly<Record<string, string>> = {
  markov: "Markov",
  shapley: "Shapley",
  w_shaped: "W-shaped",
};
const modelName = (m: string) => PROPER[m] ?? m.replaceAll("_", " ");
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * "Markov credits ..., while last touch gives ..." for two models, or undefined when either is unknown.
 * @example modelRewards("linear", "last_touch") // "Linear splits each order equally ..., while last touch gives ..."
 */
export function modelRewards(high: string, low: string): string | undefined {
  const why = [high, low].map((m) => REWARDS[m]).filter((r): r is string => r !== undefined);
  return why.length === 2 ? `${capitalize(why[0]!)}, while ${why[1]}.` : undefined;
}

/**
 * The sentence about the strongest disagreement between any two models, or undefined when the
 * models roughly agree (or only one ran).
 * @example disagreementSentence([{ model: "markov", credits: [...] }, { model: "shapley", credits: [...] }])
 */
export function disagreementSentence(models: readonly ModelCredits[]): string | undefined {
  let best: { name: string; high: string; low: string; ratio: number } | undefined;
  for (const a of models)
    for (const b of models) {
      if (a === b) continue;
      const totalA = a.credits.reduce((s, c) => s + Math.max(c.credit, 0), 0);
      if (totalA <= 0) continue;
      for (const ca of a.credits) {
        const cb = b.credits.find((c) => c.name === ca.name);
        if (!cb || cb.credit <= 0 || ca.credit / totalA < MIN_SHARE) continue;
        const ratio = ca.credit / cb.credit;
        if (ratio >= STRONG_DISAGREEMENT && (!best || ratio > best.ratio))
          best = { name: ca.name, high: a.model, low: b.model, ratio };
      }
    }
  if (!best) return undefined;
  const rewards = modelRewards(best.high, best.low);
  const reason = rewards ? ` ${rewards}` : "";
  return `The models disagree most on ${best.name}, which ${modelName(best.high)} credits far more than ${modelName(best.low)}.${reason}`;
}

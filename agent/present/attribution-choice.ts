/**
 * "Which attribution model fits us", "what model would you recommend for attribution" (fix7c): a
 * question of choice, not of the model in use. It was read as "what model are you using" and the
 * answer showed the other models' tables "as you asked", with no guidance. The answer now leads
 * with what each model shown rewards, the model the answers use today, and a reasoned choice that
 * claims no certainty; the side-by-side credits below show where the choice matters.
 */
import type { AttributionToolData } from "../../tools/attribution/execute.ts";

/** "which model should we use", "what model do you recommend", "best / right model for us". */
const ASKS_MODEL_CHOICE =
  /\b(?:(?:which|what) (?:attribution )?model\b[^?.]{0,30}\b(?:should|would|could|ought|do you (?:recommend|suggest)|would you (?:recommend|suggest|pick|choose|use)|is (?:best|right|most accurate|better)|fits?|makes? (?:the most )?sense|to (?:use|pick|choose|trust))|(?:best|right|most accurate|better|recommended|preferred) (?:attribution )?model\b|(?:recommend|suggest|pick|choose) (?:an? |the )?(?:attribution )?model\b|(?:should|shall) (?:we|i) (?:use|switch to|move to|go with|trust|pick|choose) (?:[a-z]+ ){0,3}(?:attribution|model|touch|click|linear|markov|shapley|time decay|position based)\b)/i;

/**
 * fix9a: the same asked of models just set side by side, without the word "model": "which one
 * should I trust", "which of the two is closer to the truth", "can I rely on either".
 */
const ASKS_WHICH_SHOWN =
  /\b(?:which|what) (?:one|of (?:them|the two|these|those|both))\b[^?.]{0,30}\b(?:should|would|could|trust|believe|rely on|go with|use|pick|choose|is (?:best|right|correct|more accurate|better|closer))\b|\b(?:trust|believe|rely on) (?:either|which|one of them)\b/i;

/** Whether the question asks which model to choose (not which one is in use). */
export function asksModelChoice(question: string | undefined): boolean {
  return Boolean(question && (ASKS_MODEL_CHOICE.test(question) || ASKS_WHICH_SHOWN.test(question)));
}

/** What each model rewards, in a marketer's words. */
const REWARDS: Readonly<Record<string, string>> = {
  last_touch:
    "last touch gives all the credit to the final touch before the order, so it rewards channels that close (brand search, retargeting, email) and undervalues those that start journeys",
  first_touch:
    "first touch gives all the credit to the first touch, so it rewards discovery (prospecting, display, social) and ignores what closed the sale",
  last_non_direct:
    "last non-direct is last touch that skips direct visits, so it rewards the channel that brought the buyer back",
  linear:
    "linear splits each order evenly over every touch, so every step of a journey counts the same; a fair, simple middle ground",
  linear_distinct: "linear (distinct) splits each order evenly over the distinct channels touched",
  time_decay: "time decay gives more credit to touches close to the order, a softer last touch",
  position_based:
    "position based gives most credit to the first and last touches and shares the rest, rewarding both openers and closers",
  w_shaped: "W-shaped weights the first touch, the lead-creating touch and the last touch",
  markov:
    "Markov is data-driven: each channel gets the share of orders that would be lost without it (its removal effect), so it rewards channels that genuinely move journeys forward, and needs enough journeys to be stable",
  shapley:
    "Shapley is data-driven: each channel's average contribution over every combination of channels it appears in",
  counterfactual: "counterfactual is data-driven: what each channel adds against paths without it",
};

/**
 * The guidance sentence for a model-choice question; empty when the question does not ask one.
 * @example modelChoiceSentence(data, "which attribution model fits us best") // "There is no single right model..."
 */
export function modelChoiceSentence(d: AttributionToolData, question: string | undefined): string {
  if (!asksModelChoice(question)) return "";
  const shown = d.models.map((m) => REWARDS[m.model]).filter(Boolean);
  const rewards = shown.length ? ` What each rewards: ${shown.join("; ")}.` : "";
  const inUse = d.defaults
    ? ` Your answers use ${d.defaults.model.replaceAll("_", " ")} by default today (a ${d.defaults.lookbackDays}-day lookback).`
    : "";
  return (
    `There is no single right model: each answers a different question.${rewards}${inUse}` +
    " A reasonable choice: judge budget across channels with a multi-touch model (Markov where journeys are plentiful, linear otherwise) and keep last touch for day-to-day tuning of closing campaigns. Where the models below disagree most, a channel's value depends on the model, and only a holdout test shows its true lift."
  );
}

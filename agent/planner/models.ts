/** Attribution model names as marketers say them ("data-driven", "last click", "U-shaped"). */
import { MODEL_NAMES, type ModelName } from "../../core/attribution/types.ts";

const MODEL_PHRASES: ReadonlyArray<{ re: RegExp; models: ModelName[] }> = [
  { re: /\blast non direct(?: click| touch)?\b/, models: ["last_non_direct"] },
  { re: /\bfirst (?:touch|click|interaction)\b/, models: ["first_touch"] },
  { re: /\blast (?:touch|click|interaction)\b/, models: ["last_touch"] },
  { re: /\blinear\b/, models: ["linear"] },
  { re: /\btime decay\b/, models: ["time_decay"] },
  { re: /\b(?:position based|u shaped|u shape|bathtub)\b/, models: ["position_based"] },
  { re: /\bw shaped\b/, models: ["w_shaped"] },
  { re: /\bmarkov(?: chain)?\b/, models: ["markov"] },
  { re: /\bshapley(?: value)?\b/, models: ["shapley"] },
  { re: /\b(?:counterfactual|incrementality)\b/, models: ["counterfactual"] },
  { re: /\b(?:data driven|algorithmic|dda|statistical model)\b/, models: ["markov", "shapley"] },
  {
    re: /\b(?:all|every|each|the different|different) (?:attribution )?models\b/,
    models: ["first_touch", "last_touch", "linear", "time_decay", "position_based", "markov", "shapley"],
  },
  // fix17e: "under every attribution model", "each model", "all the models", "across all 7 models",
  // "model by model": one model word after a word for all of them (read as none, three defaults).
  {
    re: /\b(?:(?:all|every|each) (?:(?:of )?(?:the|our|your|single|available|possible|different|various|\d+) )*(?:attribution |credit )?models?|(?:the )?(?:various|available|possible) (?:attribution )?models|model by model|(?:per|by|for each|across) (?:attribution )?models?)\b/,
    models: ["first_touch", "last_touch", "linear", "time_decay", "position_based", "markov", "shapley"],
  },
];

/**
 * fix17e: a word for every model ("every attribution model", "all the models", "model by model").
 * @example asksEveryModel("email revenue for each model") // true
 */
export function asksEveryModel(text: string): boolean {
  return MODEL_PHRASES.at(-1)!.re.test(text);
}

/** Models compared when a question asks about attribution without naming one. */
export const DEFAULT_MODELS: readonly ModelName[] = ["last_touch", "linear", "markov"];

/**
 * Mask model names so "last click" is not read as the clicks metric or "linear" as anything else.
 * @example maskModels("last click vs linear") // "|||||||||| vs ||||||"
 */
export function maskModels(text: string): string {
  let out = text.replace(/\bfirst (and|vs|versus|or) last (touch|click)\b/g, (m) => "|".repeat(m.length));
  for (const { re } of MODEL_PHRASES) {
    out = out.replace(new RegExp(re.source, "g"), (m) => "|".repeat(m.length));
  }
  return out;
}

/**
 * Models named in a normalized question, in the order named.
 * @example modelsIn("compare first and last touch") // ["first_touch", "last_touch"]
 */
export function modelsIn(text: string): ModelName[] {
  // "first and last touch": the shared noun applies to both.
  const expanded = text.replace(/\bfirst (?:and|vs|versus|or) last (touch|click)\b/g, "first $1 and last $1");
  const found: Array<{ at: number; model: ModelName }> = [];
  let rest = expanded;
  for (const { re, models } of MODEL_PHRASES) {
    const g = new RegExp(re.source, "g");
    for (const m of rest.matchAll(g)) {
      models.forEach((model, i) => {
        found.push({ at: m.index + i / 10, model });
      });
      rest = rest.slice(0, m.index) + "#".repeat(m[0].length) + rest.slice(m.index + m[0].length);
    }
  }
  const named = [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.model))];
  // fix12c: "which model is kindest to display", "under which model does email get the most
  // credit": the answer is a model, so every model that runs on the paths alone is set side by side
  // (three defaults left the one that credits it most out).
  // fix14a: "which model credits tiktok most vs last click", "does it look better under any model
  // than last click": the one named is the baseline, every other model is set beside it.
  if (named.length <= 1 && (WHICH_MODEL_FAVOURS.test(text) || ANY_MODEL.test(text)))
    return [...new Set([...named, ...EVERY_PATH_MODEL])];
  // "which channel does last click undervalue": one model is judged against others, so the
  // multi-touch models are set beside it (the answer names who gains most); one model alone
  // answered a different question.
  if (named.length === 1 && MISVALUED.test(text))
    return [...named, ...(["linear", "markov"] as const).filter((m) => m !== named[0])];
  return named;
}

/** Asks which model credits something most (or least): the models are the answer's members. */
const WHICH_MODEL_FAVOURS =
  /\b(?:which|what) (?:attribution |credit )?model\b.{0,60}\b(?:best|most|highest|biggest|largest|kindest|nicest|favou?r\w*|generous|flatter\w*|strongest|least|worst|lowest|smallest|harshest|fewest)\b|\bunder which (?:attribution )?model\b/;

/** fix14a: "under any model", "with a different attribution model": every model is in question. */
const ANY_MODEL =
  /\b(?:under|with|in|by|on) (?:any|another|a different|other|some other|any other) (?:attribution )?model\b|\bany (?:other )?attribution model\b/;

/**
 * Whether the question asks which model credits something most or least (normalized text).
 * @example asksWhichModelFavours("under which model does email get the most credit") // true
 */
export function asksWhichModelFavours(text: string): boolean {
  return WHICH_MODEL_FAVOURS.test(text);
}

/** Every model that needs nothing but the paths (custom needs weights, counterfactual holdouts). */
const EVERY_PATH_MODEL: readonly ModelName[] = MODEL_NAMES.filter(
  (m) => m !== "custom" && m !== "counterfactual",
);

/** Words that judge one model's credit against the others'. */
const MISVALUED =
  /\b(?:under ?valu\w*|over ?valu\w*|under ?credit\w*|over ?credit\w*|under ?rat\w*|over ?rat\w*|short ?chang\w*|(?:too little|too much|not enough|less|more) credit|(?:hurt|hurts|penali[sz]\w*|favou?r\w*|robs?|robbed|shortchang\w*))\b/;

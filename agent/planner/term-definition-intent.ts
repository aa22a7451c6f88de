/**
 * fix13c: a measurement term asked to be explained ("what's a holdout?", "what does incrementality
 * actually mean", "explain attribution models to me"): the definition first, in plain words, then
 * the data's own example of it (the recorded holdouts read against the weeks around them, the
 * attribution models side by side, each channel's return on its next dollar). Answered with the
 * results alone, the newcomer never learned the word. Metric names ("what is MER") are the
 * catalog's (describe_metric), not this table's.
 */
import { withNotes } from "./pipeline/noted-plans.ts";
import type { Reading } from "./pipeline/types.ts";
import type { Plan } from "./types.ts";

interface Term {
  /** The term's words, as a marketer types them. */
  words: string;
  /** The definition the answer leads with: plain words, no figures. */
  definition: string;
  /** A question whose answer is the data's example of the term. */
  example: string;
}

const HOLDOUT_EXAMPLE = "did the holdouts show anything";

const TERMS: readonly Term[] = [
  {
    words: String.raw`hold-?outs?|hold outs?|holdout (?:tests?|weeks?|groups?)|go-?dark (?:tests?|weeks?)`,
    definition:
      "A holdout is a test where you deliberately switch off (hold out) a channel, a campaign or an audience for a while, or in some regions only, and compare sales with the weeks or places where it kept running. The drop is what that marketing really adds (its incremental effect), which attribution cannot show. Your recorded holdouts, read that way:",
    example: HOLDOUT_EXAMPLE,
  },
  {
    words: String.raw`incrementality|incremental (?:lift|revenue|sales|conversions)|(?:conversion )?lift (?:tests?|studies|study|experiments?)`,
    definition:
      "Incrementality is the part of your sales that happened only because of the marketing: the orders you would not have got without it. It is measured by an experiment, switching a channel off for a while (a holdout) or showing ads to one group and not a comparable one, and comparing; attribution only splits the credit for orders that happened, caused or not. Your recorded holdouts, read that way:",
    example: HOLDOUT_EXAMPLE,
  },
  {
    words: String.raw`attribution(?: models?)?|multi-?touch attribution|last[- ]touch(?: attribution)?|first[- ]touch(?: attribution)?`,
    definition:
      "Attribution splits the credit for each order among the marketing touches the customer had before buying; an attribution model is the rule for the split: last touch gives it all to the final touch, first touch to the first, linear shares it evenly, and a data-driven model such as Markov weighs each touch by how many orders would be lost without it. The same orders under several models:",
    example: "compare attribution models by channel",
  },
  {
    words: String.raw`marginal returns?|diminishing returns|saturation|response curves?`,
    definition:
      "The marginal return (marginal ROAS) is the revenue the next dollar of spend brings, as opposed to the average over every dollar spent. As a channel's spend grows each extra dollar usually brings less (diminishing returns), so a channel can show a healthy average ROAS and still be past the point where more spend pays. Each channel's next dollar now:",
    example: "are we overspending on any channel",
  },
];

/** "what is", "what's", "what does ... mean", "define", "explain", "meaning of", "what do people mean by". */
const ASK = String.raw`^(?:so |ok |okay |sorry,? |quick question,? |dumb question,? )?(?:what(?:'s| s| is| are|s)|what does|what do (?:you|people|they|we|folks) mean by|define|explain|meaning of|definition of|can you explain|could you explain|tell me what|eli5|what exactly is)(?: exactly)?(?: an?| the)?`;
/** The term ends the ask: "?", "mean", "stand for", "in marketing", or the end. */
const END = String.raw`(?:\s+(?:exactly|actually|really))?(?:\s+(?:mean|means|stand for|stands for|refer to|in (?:marketing|advertising|plain english|simple terms|simple words))){0,2}\s*(?:[?.!,;:]|$| (?:and|people|everyone|my|our|the|i|we|like|to me|for me|to us|please)\b)`;

/** The term a definition ask names, if any. */
export function termAsked(text: string): Term | undefined {
  const t = text.trim().toLowerCase();
  return TERMS.find((term) => new RegExp(`${ASK}\\s+(?:${term.words})${END}`).test(t));
}

/** The plan: the example's answer with the definition leading it. */
export function termDefinitionPlan(r: Reading): Plan | undefined {
  const term = termAsked(r.p.text);
  if (!term) return undefined;
  const example = r.replan(term.example, r.ctx);
  return example.kind === "tool_calls" ? withNotes(example, [term.definition]) : undefined;
}

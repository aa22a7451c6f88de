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

/** The words after a model's name: "linear", "linear attribution", "the linear model". */
const MODEL_TAIL = String.raw`(?: (?:attribution|credit|credits|crediting))?(?: (?:models?|method|rule|approach|setting|option))?`;
const LOOKBACK =
  " Only the touches within your account's attribution lookback window before the order count.";

/** fix16a: each attribution model the data computes, as a term of its own. */
const MODEL_TERMS: readonly Term[] = [
  {
    words: String.raw`linear${MODEL_TAIL}`,
    definition: `Linear attribution gives every marketing touch in a customer's journey an equal share of the credit for the order: with four touches before buying, each channel touched gets a quarter.${LOOKBACK} Linear beside last touch, by channel:`,
    example: "compare linear and last touch attribution by channel",
  },
  {
    words: String.raw`(?:last (?:touch|click|interaction))${MODEL_TAIL}`,
    definition: `Last-touch (last-click) attribution gives all the credit for an order to the final marketing touch before the purchase; earlier touches get none.${LOOKBACK} Last touch beside linear, by channel:`,
    example: "compare last touch and linear attribution by channel",
  },
  {
    words: String.raw`(?:first (?:touch|click|interaction))${MODEL_TAIL}`,
    definition: `First-touch attribution gives all the credit for an order to the first marketing touch that brought the customer in; later touches get none.${LOOKBACK} First touch beside last touch, by channel:`,
    example: "compare first touch and last touch attribution by channel",
  },
  {
    words: String.raw`time[- ]?decay${MODEL_TAIL}`,
    definition: `Time-decay attribution shares the credit for an order among all its touches, giving more to the touches closest to the purchase: a touch's weight halves for every week between it and the order.${LOOKBACK} Time decay beside last touch, by channel:`,
    example: "compare time decay and last touch attribution by channel",
  },
  {
    words: String.raw`(?:position[- ]?based|u[- ]?shaped)${MODEL_TAIL}`,
    definition: `Position-based (U-shaped) attribution gives two fifths of an order's credit to the first touch, two fifths to the last, and splits the remaining fifth evenly among the touches in between.${LOOKBACK} Position based beside last touch, by channel:`,
    example: "compare position based and last touch attribution by channel",
  },
  {
    words: String.raw`(?:markov(?: chain)?|data[- ]?driven|algorithmic|dda)${MODEL_TAIL}`,
    definition: `Data-driven attribution here is a Markov model: it learns from every journey, converting or not, how often each channel appears on paths that end in an order, and credits each channel by how many orders would be lost if it were removed from the journeys.${LOOKBACK} Markov beside last touch, by channel:`,
    example: "compare markov and last touch attribution by channel",
  },
  {
    words: String.raw`shapley(?: values?)?${MODEL_TAIL}`,
    definition: `Shapley attribution treats the channels in a journey as a team and gives each its average extra contribution to converting over every order in which the channels could have joined (a game-theory split of the credit).${LOOKBACK} Shapley beside last touch, by channel:`,
    example: "compare shapley and last touch attribution by channel",
  },
];

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
  // fix16a: one attribution model named ("what does linear attribution mean in this tool"): that
  // model's rule first, then it beside last touch (or linear) by channel.
  ...MODEL_TERMS,
  {
    words: String.raw`attribution(?: models?)?|multi-?touch attribution|last[- ]touch(?: attribution)?|first[- ]touch(?: attribution)?`,
    definition:
      "Attribution splits the credit for each order among the marketing touches the customer had before buying; an attribution model is the rule for the split: last touch gives it all to the final touch, first touch to the first, linear shares it evenly, and a data-driven model such as Markov weighs each touch by how many orders would be lost without it. The same orders under several models:",
    example: "compare attribution models by channel",
  },
  // lead26: the words a newcomer meets in the answers ("what's a touchpoint here", "what is a
  // cohort"), each led by its plain meaning before the data's own example of it.
  {
    words: String.raw`touch ?points?|touches`,
    definition:
      "A touchpoint is one recorded marketing contact with a customer before an order: an ad click, an email click, or a visit from organic search, a referral site or typed in directly, each with its channel, platform, campaign, source and medium. Attribution splits each order's credit among the customer's touchpoints in the lookback window. The commonest sequences of touchpoints before an order:",
    example: "what are the top paths to purchase",
  },
  {
    words: String.raw`(?:conversion|customer|purchase|buyer) (?:paths?|journeys?)|paths? to (?:purchase|conversion)`,
    definition:
      'A conversion path (customer journey) is the sequence of channels a customer touched before an order, in the order they happened, within the lookback window: "Paid Social > Email > Direct" is one path. Reading paths shows which channels open journeys and which close them. The commonest paths:',
    example: "what are the top paths to purchase",
  },
  {
    words: String.raw`assisted conversions?|assists?|assist ratio`,
    definition:
      "An assisted conversion is an order where a channel appeared in the customer's path but was not the last touch: it helped without closing. The assist ratio (assisted over last-touch conversions) says whether a channel mostly opens journeys (above 1) or closes them (below 1). Each channel's assists:",
    example: "assisted conversions by channel",
  },
  {
    words: String.raw`cohorts?(?: analysis)?`,
    definition:
      "A cohort is a group of customers who started at the same point, here the month of their first order (or the channel that first brought them in); following each cohort's repeat orders and revenue over the months after shows how customer value builds. Your first-order-month cohorts:",
    example: "repeat rate by first order month",
  },
  {
    words: String.raw`(?:the |a |marketing |sales |conversion |purchase )?funnel(?: steps?| stages?)?`,
    definition:
      "The funnel is the chain of steps from seeing an ad to buying: impressions, clicks, sessions, engaged sessions, add to cart, checkout, order. Each step's conversion rate shows where people drop out. Your funnel over the last 30 days:",
    example: "show me the funnel",
  },
  {
    words: String.raw`marginal returns?|diminishing returns|saturation|response curves?`,
    definition:
      "The marginal return (marginal ROAS) is the revenue the next dollar of spend brings, as opposed to the average over every dollar spent. As a channel's spend grows each extra dollar usually brings less (diminishing returns), so a channel can show a healthy average ROAS and still be past the point where more spend pays. Each channel's next dollar now:",
    example: "are we overspending on any channel",
  },
];

/** "what is", "what's", "what does ... mean", "define", "explain", "meaning of", "what do people mean by". */
const ASK = String.raw`^(?:so |ok |okay |sorry,? |quick question,? |dumb question,? )?(?:what(?:'s| s| is| are|s)|what does|wh?at(?:'s| is| does|s)|what do (?:you|people|they|we|folks) mean by|define|explain|meaning of|definition of|can you explain|could you explain|tell me what|eli5|what exactly is|how (?:does|do) (?:this (?:tool|app|assistant|dashboard|thing)|the (?:tool|app|assistant)|you|it) (?:define|work out|calculate|do|handle)|how is|how do you define|what is meant by|whats? meant by)(?: exactly)?(?: an?| the)?`;
/** The term ends the ask: "?", "mean", "stand for", "in marketing", or the end. */
const END = String.raw`(?:\s+(?:exactly|actually|really))?(?:\s+(?:mean|means|stand for|stands for|refer to|in (?:marketing|advertising|plain english|simple terms|simple words)|(?:in|on|inside|within) (?:this|the|your|our) (?:tool|app|assistant|dashboard|product|system|report|reports|setup|account|bot)|here|in here|defined|calculated|worked out|computed|done|work|works|handled)){0,3}\s*(?:[?.!,;:]|$| (?:and|people|everyone|my|our|the|i|we|like|to me|for me|to us|please|pls|plz|thanks|thx)\b)`;

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

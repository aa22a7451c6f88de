/**
 * lead18: "switching topics — how did email do in october?", "different question: ...": the words
 * that say a new subject starts. They name nothing to report (read as a metric, they sent the ask
 * to the catalog search), and the ask after them stands on its own, not on the previous answer.
 */
const TOPIC_SWITCH =
  /^\s*(?:(?:ok(?:ay)?|so|and|also|anyway|hey)[\s,.!]+)*(?:switching (?:topics?|gears|subjects?)|switch(?:ing)? to (?:a )?(?:new|different|another) (?:topic|subject|question)|change of (?:topic|subject)|changing (?:topics?|the subject|gears|subject)|(?:a )?(?:different|new|separate|unrelated|another|other) (?:topic|question|subject|thing)|unrelated|on (?:a |an )?(?:different|other|another|unrelated|separate) (?:note|topic)|totally different(?: question)?|something else)\b\s*(?:but\s+)?[-\u2013\u2014:,.;!]*\s*/i;

/**
 * The ask without its topic-switch words, and whether there were any.
 * @example readTopicSwitch("switching topics - how did email do in october?")
 * // { question: "how did email do in october?", switched: true }
 */
export function readTopicSwitch(question: string): { question: string; switched: boolean } {
  const m = TOPIC_SWITCH.exec(question);
  if (!m) return { question, switched: false };
  const rest = question.slice(m[0].length).trim();
  // The words alone ("different question") ask nothing yet: leave them to be read as they are.
  return rest.length > 0 ? { question: rest, switched: true } : { question, switched: false };
}

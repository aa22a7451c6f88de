/**
 * "any gaps or broken days in the data", "is our tracking ok", "can we trust the numbers", "data
 * quality check": a health check of the data itself. It was declined as off topic, though the
 * anomaly scan answers it: over sessions, orders and ad spend it names tracking losses (sessions
 * and orders down together while spend held), runaway spend and the days that stood apart, and the
 * recorded planned changes that explain a move. The words are rewritten to that scan, over all the
 * data unless the question names a period.
 */
const DATA_QUALITY = new RegExp(
  [
    String.raw`\b(?:any|are there|were there|find|check for|look for|spot)(?: any)? (?:gaps?|holes?|missing days?|broken days?|bad days?|empty days?|blank days?|outages?)(?: (?:or|and|/) (?:gaps?|holes?|missing days?|broken days?|bad days?|empty days?|outages?))?(?: in (?:the |our )?(?:data|tracking|numbers|reporting))?`,
    String.raw`\b(?:gaps?|holes?|missing days?|broken days?) in (?:the |our )?(?:data|tracking|numbers|reporting)`,
    String.raw`\bdata (?:quality|health|integrity|completeness|hygiene)(?: check| issues?| problems?)?`,
    String.raw`\b(?:is|are|was|were) (?:our |the |my )?(?:data|tracking|pixel|pixels|tags?|analytics|numbers|reporting) (?:ok|okay|fine|healthy|reliable|trustworthy|accurate|complete|right|correct|sound|solid|clean)\b`,
    String.raw`\bcan (?:we|i) (?:trust|rely on) (?:the |our |this )?(?:data|numbers|tracking|reporting)`,
  ].join("|"),
);

/** Words that already ask for the anomaly scan, with its own measures. */
const ANOMALY_ASK = /\b(?:anything|anomal\w*|weird|odd|unusual|look(?:s|ed)? off|spikes?|outliers?)\b/;

/**
 * The question with a data health check rewritten as the anomaly scan of sessions, orders and spend.
 * @example readDataQuality("any gaps or broken days in the data") // "anomalies in sessions, orders and spend all time"
 */
export function readDataQuality(text: string): string {
  const m = DATA_QUALITY.exec(text);
  // An anomaly ask of its own ("is tracking ok? anything look off") keeps its scan's measures.
  if (!m || ANOMALY_ASK.test(text)) return text;
  const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`.replace(/\s+/g, " ").trim();
  return `anomalies in sessions, orders and spend ${rest} all time`.replace(/\s+/g, " ").trim();
}

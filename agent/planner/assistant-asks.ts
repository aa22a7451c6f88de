/**
 * fix13a: questions about the assistant itself rather than about a metric: what it can answer
 * ("what sort of things can I ask you"), where its numbers come from ("what are your data
 * sources", "how did you work that out"), and whether it can see another tool ("are you hooked up
 * to our store platform", "do you have GA4"). Read as metric questions they were declined as off
 * topic or answered with a catalog search for the tool's name ("no metric called shopify").
 * The answers are built from the catalog, the dimension values and the tool registry
 * (assistant-answer.ts); this file only recognises the ask and the outside tool it names.
 */

/** What the question asks about the assistant. */
export type AssistantAsk =
  | { kind: "capabilities" }
  | { kind: "sources" }
  | { kind: "coverage" }
  | { kind: "connection"; tool: OutsideTool };

/** What kind of data an outside tool holds, so the answer can say what we have of that kind. */
export type OutsideToolKind = "store" | "web_analytics" | "crm" | "email" | "ads";

/** Another product a marketer may expect to be connected. */
export interface OutsideTool {
  /** How the answer names it. */
  name: string;
  kind: OutsideToolKind;
}

/** Outside tools by the words marketers use for them (normalized text), as data. */
const OUTSIDE_TOOLS: ReadonlyArray<{ words: RegExp; tool: OutsideTool }> = [
  { words: /\bshopify(?: plus)?\b/, tool: { name: "Shopify", kind: "store" } },
  { words: /\bwoo ?commerce\b/, tool: { name: "WooCommerce", kind: "store" } },
  { words: /\bbig ?commerce\b/, tool: { name: "BigCommerce", kind: "store" } },
  { words: /\bmagento\b/, tool: { name: "Magento", kind: "store" } },
  { words: /\bstripe\b/, tool: { name: "Stripe", kind: "store" } },
  { words: /\bsquarespace\b/, tool: { name: "Squarespace", kind: "store" } },
  {
    words: /\b(?:ga ?4|ga|google analytics(?: 4)?|universal analytics)\b/,
    tool: { name: "Google Analytics", kind: "web_analytics" },
  },
  {
    words: /\b(?:adobe analytics|mixpanel|amplitude|heap|matomo|plausible|hotjar)\b/,
    tool: { name: "your web analytics tool", kind: "web_analytics" },
  },
  { words: /\bhub ?spot\b/, tool: { name: "HubSpot", kind: "crm" } },
  { words: /\bsales ?force\b/, tool: { name: "Salesforce", kind: "crm" } },
  { words: /\b(?:pipedrive|zoho(?: crm)?|crm)\b/, tool: { name: "a CRM", kind: "crm" } },
  { words: /\bklaviyo\b/, tool: { name: "Klaviyo", kind: "email" } },
  {
    words: /\b(?:mail ?chimp|braze|iterable|attentive|omnisend)\b/,
    tool: { name: "your email tool", kind: "email" },
  },
  {
    words:
      /\b(?:google ads|adwords|meta(?: ads)?(?: manager)?|facebook(?: ads)?(?: manager)?|instagram|tik ?tok(?: ads)?|impact(?: radius)?)\b/,
    tool: { name: "your ad accounts", kind: "ads" },
  },
];

/** Asking whether the assistant sees, reads or is connected to something. */
const ACCESS =
  /\b(?:(?:can|could|do|does|will|would) (?:you|u|it|this|the (?:bot|assistant|tool)) (?:see|access|read|pull(?: from| in)?|connect (?:to|with)|talk to|integrate with|sync(?: with)?|look (?:at|into)|get (?:data )?(?:from|into)|plug into|have access to|have|use|know)|(?:are|is) (?:you|u|it|this|the (?:bot|assistant|tool)) (?:connected|linked|hooked up|integrated|plugged in|synced|synched|wired up|talking)(?: (?:to|with|into))?|(?:is|are) (?:our |my |the )?\S+(?: \S+)? (?:connected|linked|hooked up|integrated|plugged in|synced)|(?:access|connection|integration) (?:to|with)|(?:have|got) (?:our |my |the )?\S+(?: \S+)? (?:data|connected|access))\b/;

/** Asking what the assistant can do or knows. */
const CAPABILITIES =
  /\b(?:what (?:can|could) (?:you|u) (?:answer|do|help(?: me| us)? with|tell (?:me|us)(?: about)?|show (?:me|us)|report(?: on)?|analy[sz]e)|what (?:can|could|should) (?:i|we) ask(?: you| about)?|what (?:do|does) (?:you|u|it|this (?:bot|assistant|tool)) (?:know(?: about)?|cover|do|answer)|what (?:kinds?|sorts?|types?) of (?:questions|things|stuff|analys[ie]s|reports|data|info(?:rmation)?) (?:can|could|do|should|may) (?:i|we|you)|what are (?:you|u) (?:able to|capable of|good (?:at|for)|for)|(?:what are |list )?your (?:capabilities|abilities|skills|features|limits|limitations)|how (?:can|could) (?:you|u) help(?: me| us)?|what (?:questions|things) (?:can|could|should|do) (?:i|we) ask|what (?:is|are) (?:you|this (?:bot|assistant|tool|thing))|who are (?:you|u)|what (?:data|info(?:rmation)?) (?:do|does|can) (?:you|u|it) (?:have|see|know|access|use)|(?:quick |short |brief |little )?tour of (?:the |your |our |this )?(?:data|tool|app|assistant|numbers|workspace)|what (?:is|data is|data do we have) (?:in )?(?:here|the data|your data|this data|this workspace)|walk me through (?:the |your |our )?(?:data|what (?:you|u) (?:have|can do)))\b/;

/** Asking where the numbers come from, or how the assistant works them out. */
const SOURCES =
  /\b(?:where (?:do|does|did) (?:your|the|these|this|those|our|my|all the|all your|all these|you get (?:your|the|these|this)) ?(?:numbers?|data|figures?|stats|metrics|results|answers?|info(?:rmation)?|reports?)? ?(?:come from|from|get pulled from|originate)|(?:what|which) (?:are |is )?(?:your |the )?data sources?|(?:what|which) (?:data )?(?:sources?|systems?) (?:can|could) (?:you|u) (?:see|access|read|reach)|(?:what|which) (?:sources?|systems?|data) (?:do|does|are|is) (?:you|u|it|this|these numbers|your numbers) (?:use|using|draw on|pull from|based on|built on|read|reading|connected to)|(?:where|what) (?:is|are) (?:your|the|this|these) (?:data|numbers|figures) (?:from|pulled from|sourced from|based on)|sources? (?:of|for|behind) (?:your|the|these|this) (?:numbers|data|figures|stats|answers?)|how (?:do|did|does) (?:you|u|it|this (?:bot|assistant|tool)) (?:calculate|compute|work out|get|come up with|arrive at|figure out|measure|derive|get to)(?: (?:this|that|these|those|it|them|your numbers|the numbers|these numbers|your figures|your data|the figures|the data|your answers?|the answers?|your results|the results))?(?: exactly)?$|how (?:are|were|is|was) (?:these|those|this|that|your|the) (?:numbers|figures|stats|results|answers?|metrics)? ?(?:calculated|computed|worked out|derived|measured|sourced|produced|made))\b/;

/**
 * lead26: asking what period the data covers ("how far back does the data go", "when does the
 * data start", "what's the date range of the data"): a newcomer's first question, once declined
 * as off topic.
 */
const DATA =
  "(?:the |your |our |this |my )?(?:data|history|numbers|figures|records|dataset|data set|reporting)";
const COVERAGE = new RegExp(
  String.raw`\b(?:how far back (?:does|do|can|did|is|are) ${DATA}|how far back (?:can|do|does) (?:i|we|you|u) (?:go|look|see|query|ask)|(?:date|time) ?(?:range|span|window|frame) (?:of|for|in|covered by) ${DATA}|${DATA} (?:date|time) ?(?:range|span)|what (?:dates|days|months|period|periods|time ?frame|time ?period|time ?range|date ?range|time ?span|range|span) (?:does|do|is|are) ${DATA} (?:cover|span|include|covered)|when (?:does|do|did) ${DATA} (?:start|begin|end|stop|finish|run (?:from|to|until|through))|how much (?:history|data) (?:do|does|have) (?:we|you|u|i) (?:have|got|hold)|${DATA} (?:goes|go|went|runs?|starts?|begins?|ends?) (?:back )?(?:to|from|until|through) when|(?:first|earliest|oldest|latest|last|most recent) (?:date|day|month) (?:of|in|with|covered by) ${DATA}|what period (?:do|does|can) (?:you|u|it|${DATA}) cover)\b`,
);

/**
 * The outside tool the question names, if any.
 * @example outsideTool("can you see our shopify") // { name: "Shopify", kind: "store" }
 */
export function outsideTool(text: string): OutsideTool | undefined {
  return OUTSIDE_TOOLS.find((t) => t.words.test(text))?.tool;
}

/**
 * What the question asks about the assistant itself; undefined for a data question.
 * `text` is the normalized question (normalize.ts).
 * @example assistantAsk("where do your numbers come from") // { kind: "sources" }
 */
export function assistantAsk(text: string): AssistantAsk | undefined {
  const tool = outsideTool(text);
  if (tool && ACCESS.test(text)) return { kind: "connection", tool };
  if (COVERAGE.test(text)) return { kind: "coverage" };
  if (SOURCES.test(text)) return { kind: "sources" };
  if (CAPABILITIES.test(text)) return { kind: "capabilities" };
  return undefined;
}

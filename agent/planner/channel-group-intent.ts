/**
 * Paid vs organic: "what share of revenue is paid vs organic", "split orders into paid and unpaid",
 * "organic share of sessions", "revenue from non-paid channels". The words name the channel group
 * (semantic/catalog/channel-groups.ts: paid from the channel catalog's paid flag, organic, owned,
 * direct), not the organic search channel that "organic" alone is an alias of. A contrast or a
 * share becomes a breakdown by the group (every group with its share of the total); a group named
 * on its own ("non-paid channels") becomes a filter on it.
 */
import { NEGATED_BEFORE } from "./negation.ts";
import type { ParsedQuestion } from "./parse.ts";

/** Words after "paid" / "organic" that name one channel, not the group ("paid search"). */
const CHANNEL_HEAD = "(?! (?:search|social|video|shopping|other|display|affiliate)\\b)";
const PAID = `(?:paid)${CHANNEL_HEAD}`;
const UNPAID = `(?:organic|unpaid|non paid|nonpaid|free|owned)${CHANNEL_HEAD}`;
const JOIN =
  "(?: (?:channels?|media|traffic|marketing|sources?|ads))?(?: (?:vs|versus|or|and|against|compared to|compared with|/))";
/** "paid vs organic", "organic or paid", "paid and unpaid", "paid channels versus organic". */
const CONTRAST = new RegExp(`\\b(?:${PAID}${JOIN} (?:the )?${UNPAID}|${UNPAID}${JOIN} (?:the )?${PAID})\\b`);
/** "organic share of sessions", "share of revenue that is paid", "% of orders from non-paid channels". */
const SHARE_OF_GROUP = new RegExp(
  `(?:\\b(?:${PAID}|${UNPAID}) (?:share|percent|percentage|proportion|portion) of\\b|(?:\\b(?:share|percent|percentage|proportion|portion)|%) of [a-z ]{1,40}?\\b(?:is|was|are|were|from|came from|comes from|come from|coming from|through|via|by|in) (?:the )?(?:${PAID}|${UNPAID})\\b)`,
);
/**
 * An unpaid group named on its own: "non-paid channels", "unpaid media", "organic channels". ("Paid
 * channels" already reads as the paid metrics: paid attributed revenue, ROAS.)
 */
const GROUP_FILTER = new RegExp(
  `\\b(?:(non paid|nonpaid|unpaid)(?: (?:channels?|media|traffic|marketing|sources?))?|(organic|owned)${CHANNEL_HEAD} (?:channels|media|marketing|sources))\\b`,
);
/** Channels "organic", "email" and "direct" name on their own; in a group question they are groups. */
const GROUP_WORD_CHANNELS = new Set(["organic_search", "email", "direct", "sms", "referral"]);

/** What a paid-vs-organic question asks for. */
export type ChannelGroupRequest =
  | { kind: "breakdown" }
  | { kind: "filter"; op: "in" | "not_in"; values: string[] };

/**
 * Read a paid-vs-organic request from normalized text.
 * @example readChannelGroup("what share of revenue is paid vs organic") // { kind: "breakdown" }
 * @example readChannelGroup("revenue from non paid channels") // { kind: "filter", op: "not_in", values: ["paid"] }
 */
export function readChannelGroup(text: string): ChannelGroupRequest | undefined {
  if (CONTRAST.test(text) || SHARE_OF_GROUP.test(text) || /\bchannel group(?:s|ing)?\b/.test(text))
    return { kind: "breakdown" };
  const m = GROUP_FILTER.exec(text);
  // "excluding the paid channels", "all channels but paid media": every group but paid.
  const paid = PAID_GROUP.exec(text);
  if (!m)
    return paid && excluded(text, paid.index)
      ? { kind: "filter", op: "not_in", values: ["paid"] }
      : undefined;
  // "excluding the unpaid channels" keeps the paid ones; "without organic channels" drops organic.
  const negated = excluded(text, m.index);
  if (m[1]) return { kind: "filter", op: negated ? "in" : "not_in", values: ["paid"] };
  return { kind: "filter", op: negated ? "not_in" : "in", values: [m[2]!] };
}

/** The paid group named as a group ("paid channels", "paid media"), not one paid channel. */
const PAID_GROUP = new RegExp(`\\b${PAID} (?:channels?|media|traffic|marketing|sources?|ads)\\b`);

/** Whether an exclusion word ("excluding", "without", "all but") comes right before a group's words. */
function excluded(text: string, at: number): boolean {
  return NEGATED_BEFORE.test(text.slice(0, at));
}

/**
 * Rewrite a parsed question's breakdowns and filters for a paid-vs-organic request (in place):
 * channel filters the group words picked up ("organic" -> organic search) are dropped, and the
 * channel breakdown becomes the channel group.
 */
export function applyChannelGroup(p: ParsedQuestion): void {
  const request = readChannelGroup(p.text);
  if (!request) {
    applyPaidOnly(p);
    return;
  }
  const dims = p.dims;
  dims.filters = dims.filters.filter(
    (f) => f.field !== "channel" || !f.values.every((v) => GROUP_WORD_CHANNELS.has(String(v))),
  );
  if (dims.ambiguity?.options.some((o) => o.dimension === "channel")) dims.ambiguity = undefined;
  dims.dimensions = dims.dimensions.filter((d) => d !== "channel" && d !== "channel_group");
  if (request.kind === "breakdown") {
    dims.dimensions.unshift("channel_group");
    dims.filters = dims.filters.filter((f) => f.field !== "channel_group");
  } else if (!dims.filters.some((f) => f.field === "channel_group")) {
    dims.filters.push({ field: "channel_group", op: request.op, values: request.values });
  }
  p.unknownWords = p.unknownWords.filter((w) => !/^(?:paid|unpaid|non|nonpaid|organic|owned)$/.test(w));
  // "non-paid revenue": "paid revenue" inside it names the group, and the group does the filtering.
  p.metrics = [...new Set(p.metrics.map((m) => (m === "paid_attributed_revenue" ? "revenue" : m)))];
  // "how much comes from non-paid channels": money is revenue, a count is orders.
  if (!p.metrics.length && !p.metricAmbiguity && /\bhow (?:much|many)\b/.test(p.text)) {
    p.metrics = [/\bhow many\b/.test(p.text) ? "orders" : "revenue"];
    p.unknownWords = [];
  }
  if (p.unknownBreakdown && /^(?:paid|unpaid|non paid|organic|owned)\b/.test(p.unknownBreakdown))
    p.unknownBreakdown = undefined;
  p.recognised = true;
}

/**
 * "roas by channel last month, paid only", "cpa by channel for paid channels only", "spend by paid
 * channel": a breakdown kept to the paid channels. Without it the unpaid channels' rows (direct,
 * organic: "no data" for ROAS) stay in and the total is not the paid channels' own.
 */
const PAID_ONLY = new RegExp(
  `\\b(?:${PAID} only|(?:only|just|solely|exclusively) (?:the |our )?${PAID}(?: (?:channels?|media|ones))?|(?:from|via|through) (?:the |our )?${PAID} (?:channels|media)|${PAID} (?:channels?|media|ones) only|(?:by|per|each|every|for each|for every) ${PAID} channels?|(?:for|across|on|of|in|among) (?:the |our |all )?${PAID} (?:channels|media))\\b`,
);
/** Whole-business figures (site and shop) that a paid-only filter narrows to the paid channels' part. */
const BUSINESS = new Set([
  "sessions",
  "users",
  "bounce_rate",
  "engaged_sessions",
  "add_to_carts",
  "checkouts",
  "orders",
  "revenue",
  "new_customers",
  "customers",
  "average_order_value",
  "conversion_rate",
  "revenue_per_session",
]);
/** Breakdowns whose rows a paid-only filter thins out. */
const PAID_ROWS = new Set(["channel", "platform", "campaign", "campaign_objective", "source", "medium"]);

function applyPaidOnly(p: ParsedQuestion): void {
  const m = PAID_ONLY.exec(p.text);
  if (!m) return;
  const dims = p.dims;
  const byPaidChannel = /^(?:by|per|each|every|for each|for every) /.test(m[0]);
  if (byPaidChannel && !dims.dimensions.some((d) => PAID_ROWS.has(d))) dims.dimensions.push("channel");
  // Without a breakdown the filter narrows a whole-business figure ("revenue from just the paid
  // channels"); ad figures (spend, ROAS) are paid already and need none.
  const narrows = dims.dimensions.some((d) => PAID_ROWS.has(d)) || p.metrics.some((x) => BUSINESS.has(x));
  if (!narrows) return;
  if (dims.filters.some((f) => f.field === "channel" || f.field === "channel_group")) return;
  dims.filters.push({ field: "channel_group", op: "in", values: ["paid"] });
  p.unknownWords = p.unknownWords.filter((w) => w !== "paid" && w !== "only");
  if (p.unknownBreakdown && /^paid\b/.test(p.unknownBreakdown)) p.unknownBreakdown = undefined;
  p.metrics = [...new Set(p.metrics.map((m) => (m === "paid_attributed_revenue" ? "revenue" : m)))];
}

/**
 * The channel group: every channel sorted into paid, organic, owned or direct, so "what share of
 * revenue is paid vs organic" is a breakdown the semantic layer can group by. "Paid" is the
 * organization's own channel catalog (`channels.is_paid`), so a custom paid channel counts without
 * a code change; owned media are the channels the brand sends itself (email, SMS); direct is
 * traffic and orders without a known source; every other unpaid channel is organic (organic
 * search and social, referral, organic video and shopping).
 */

/** The groups in the order answers list them. */
export const CHANNEL_GROUPS = ["paid", "organic", "owned", "direct"] as const;
export type ChannelGroup = (typeof CHANNEL_GROUPS)[number];

/** How each group reads in answers, tables and charts. */
export const CHANNEL_GROUP_LABELS: Readonly<Record<ChannelGroup, string>> = {
  paid: "Paid",
  organic: "Organic",
  owned: "Owned (email, SMS)",
  direct: "Direct",
};

/** Unpaid channels the brand sends itself. */
const OWNED_CHANNELS = ["email", "sms"] as const;
/** Channels with no known source. */
const DIRECT_CHANNELS = ["direct", "unassigned"] as const;

/** The definition shown in the catalog and in each answer's receipt. */
export const CHANNEL_GROUP_DEFINITION =
  "paid = channels marked paid in the channel catalog (paid search, paid social, display, affiliate and any other paid channel); owned = email and SMS; direct = direct and unassigned; organic = every other unpaid channel (organic search, organic social, referral)";

const list = (keys: readonly string[]) => keys.map((k) => `'${k}'`).join(", ");

/**
 * The group of a channel column as SQL: the paid flag from the organization's channel catalog
 * (an uncorrelated list PostgreSQL builds once per statement), then the fixed owned and direct keys.
 * @example channelGroupSql("ar.channel") // "CASE WHEN ar.channel IN (SELECT ...) THEN 'paid' ... END"
 */
export function channelGroupSql(column: string): string {
  return [
    "CASE",
    `WHEN ${column} IN (SELECT ch.key FROM channels ch WHERE ch.organization_id = {org} AND ch.is_paid) THEN 'paid'`,
    `WHEN ${column} IN (${list(OWNED_CHANNELS)}) THEN 'owned'`,
    `WHEN ${column} IS NULL OR ${column} IN (${list(DIRECT_CHANNELS)}) THEN 'direct'`,
    "ELSE 'organic' END",
  ].join(" ");
}

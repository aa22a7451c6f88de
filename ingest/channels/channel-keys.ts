/**
 * The channel keys an organization's data can carry. The first eight are the demo's
 * (db/simulator/spec-types.ts `CHANNEL_KEYS`); the others exist because GA4's default channel
 * grouping has groups the demo never needed (organic social, video, shopping, SMS, ...). Keeping one
 * key per GA4 group loses nothing: an organization that wants fewer channels maps them together
 * with its own rules (channel-rules.ts).
 */

/** One channel: its stable key, the label shown to people, and whether it is bought. */
export interface ChannelDefinition {
  key: string;
  label: string;
  isPaid: boolean;
  /** The GA4 default channel group it stands for. */
  ga4Group: string;
}

/** Every channel key, demo keys first (their order is the demo's). */
export const CHANNEL_DEFINITIONS = [
  { key: "paid_search", label: "Paid Search", isPaid: true, ga4Group: "Paid Search" },
  { key: "paid_social", label: "Paid Social", isPaid: true, ga4Group: "Paid Social" },
  { key: "display", label: "Display", isPaid: true, ga4Group: "Display" },
  { key: "email", label: "Email", isPaid: false, ga4Group: "Email" },
  { key: "affiliate", label: "Affiliate", isPaid: true, ga4Group: "Affiliates" },
  { key: "organic_search", label: "Organic Search", isPaid: false, ga4Group: "Organic Search" },
  { key: "referral", label: "Referral", isPaid: false, ga4Group: "Referral" },
  { key: "direct", label: "Direct", isPaid: false, ga4Group: "Direct" },
  // Added for GA4 (not in the demo data):
  { key: "organic_social", label: "Organic Social", isPaid: false, ga4Group: "Organic Social" },
  { key: "organic_video", label: "Organic Video", isPaid: false, ga4Group: "Organic Video" },
  { key: "organic_shopping", label: "Organic Shopping", isPaid: false, ga4Group: "Organic Shopping" },
  { key: "paid_video", label: "Paid Video", isPaid: true, ga4Group: "Paid Video" },
  { key: "paid_shopping", label: "Paid Shopping", isPaid: true, ga4Group: "Paid Shopping" },
  { key: "paid_other", label: "Paid Other", isPaid: true, ga4Group: "Paid Other" },
  { key: "cross_network", label: "Cross-network", isPaid: true, ga4Group: "Cross-network" },
  { key: "audio", label: "Audio", isPaid: false, ga4Group: "Audio" },
  { key: "sms", label: "SMS", isPaid: false, ga4Group: "SMS" },
  {
    key: "mobile_push",
    label: "Mobile Push Notifications",
    isPaid: false,
    ga4Group: "Mobile Push Notifications",
  },
  { key: "unassigned", label: "Unassigned", isPaid: false, ga4Group: "Unassigned" },
] as const satisfies readonly ChannelDefinition[];

export type ChannelKey = (typeof CHANNEL_DEFINITIONS)[number]["key"];

/** Every channel key, for zod enums. */
export const CHANNEL_KEY_LIST = CHANNEL_DEFINITIONS.map((c) => c.key) as [ChannelKey, ...ChannelKey[]];

const BY_KEY = new Map<string, ChannelDefinition>(CHANNEL_DEFINITIONS.map((c) => [c.key, c]));

/** The definition of `key`, or undefined for a key we do not know. */
export function channelDefinition(key: string): ChannelDefinition | undefined {
  return BY_KEY.get(key);
}

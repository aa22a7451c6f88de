/**
 * fix16e: a channel word that qualifies one of several platforms set side by side ("cpm on tiktok
 * vs meta vs google display", "ctr: meta vs google search") narrows that platform only. Read as
 * a filter on the whole question it dropped every other platform (TikTok and Meta have no display).
 * The channel filter becomes that channel plus the channels the other platforms run in, and the
 * breakdown shows platform and channel, so each row says what it covers.
 */
import type { FrameFilter } from "./types.ts";

/** Platform words as said before a channel word ("google display"). */
const PLATFORM_WORDS: ReadonlyArray<[string, RegExp]> = [
  ["google_ads", /\b(?:google|google ads|adwords)$/],
  ["meta_ads", /\b(?:meta|meta ads|facebook|fb|instagram|ig)$/],
  ["tiktok_ads", /\b(?:tiktok|tik tok|tiktok ads)$/],
  ["microsoft_ads", /\b(?:bing|microsoft|microsoft ads)$/],
];

/** Channel words as said after a platform word. */
const CHANNEL_WORDS: ReadonlyArray<[string, RegExp]> = [
  ["display", /^(?:display|gdn|banners?)\b/],
  ["paid_search", /^(?:search|paid search|sem|ppc)\b/],
  ["paid_social", /^(?:social|paid social)\b/],
];

/** The channels a platform's spend runs in, besides a qualified one (the others the question sets beside it). */
export const PLATFORM_CHANNELS: Readonly<Record<string, readonly string[]>> = {
  meta_ads: ["paid_social"],
  tiktok_ads: ["paid_social"],
  microsoft_ads: ["paid_search"],
  google_ads: ["paid_search", "display"],
};

/** The platform a channel word right after it qualifies, and that channel: "google display". */
function qualifiers(text: string): { platform: string; channel: string }[] {
  const found: { platform: string; channel: string }[] = [];
  for (const [channel, re] of CHANNEL_WORDS) {
    const g = new RegExp(`\\b(?=${re.source.slice(1)})`, "g");
    for (const m of text.matchAll(g)) {
      const before = text.slice(0, m.index).trimEnd();
      const platform = PLATFORM_WORDS.find(([, p]) => p.test(before))?.[0];
      if (platform) found.push({ platform, channel });
    }
  }
  return found;
}

/**
 * @example oneSidedChannel("cpm on tiktok vs meta vs google display", [platform in tiktok_ads,meta_ads,google_ads; channel in display], ["platform"])
 * // { filters: [platform in ...; channel in display, paid_social], dimensions: ["platform", "channel"] }
 */
export function oneSidedChannel(
  text: string,
  filters: readonly FrameFilter[],
  dimensions: readonly string[],
): { filters: FrameFilter[]; dimensions: string[] } | undefined {
  const platforms = filters.filter((f) => f.field === "platform" && f.op === "in");
  const channels = filters.filter((f) => f.field === "channel" && f.op === "in");
  if (platforms.length !== 1 || channels.length !== 1 || channels[0]!.values.length !== 1) return undefined;
  const named = platforms[0]!.values.map(String);
  if (named.length < 2) return undefined;
  const channel = String(channels[0]!.values[0]);
  const q = qualifiers(text).filter((x) => x.channel === channel && named.includes(x.platform));
  // Said of one platform only ("google display" beside "tiktok", "meta").
  if (q.length !== 1) return undefined;
  const others = named.filter((p) => p !== q[0]!.platform);
  const runs = others.map((p) => PLATFORM_CHANNELS[p]);
  if (runs.some((r) => !r)) return undefined;
  const values = [...new Set([channel, ...runs.flatMap((r) => r!)])];
  // A platform beside it that also runs the qualified channel only: the filter already fits.
  if (values.length === 1) return undefined;
  return {
    filters: filters.map((f) => (f === channels[0] ? { ...f, values } : f)),
    dimensions: [...new Set([...dimensions, "platform", "channel"])],
  };
}

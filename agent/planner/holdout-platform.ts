/**
 * fix21d: a holdout named with an ad platform ("did the paid social holdout show meta is
 * incremental", "the tiktok holdout in october", "was facebook incremental in the paid social
 * pause test"): holdouts are recorded per channel, so a platform named beside one is read as the
 * channel it runs in (Meta and TikTok run in paid social) and the recorded holdout of that channel
 * answers, with one line saying the channel was paused as a whole. Before, any platform made the
 * holdout reader step aside, and the answer was the modelled overspend table.
 */

import type { ParsedQuestion } from "./parse.ts";
import { PLATFORM_CHANNELS } from "./platform-qualifier.ts";
import type { FrameFilter } from "./types.ts";

const PLATFORM_LABELS: Readonly<Record<string, string>> = {
  meta_ads: "Meta (Facebook and Instagram)",
  tiktok_ads: "TikTok",
  google_ads: "Google Ads",
  microsoft_ads: "Microsoft Ads",
};
const CHANNEL_LABELS: Readonly<Record<string, string>> = {
  paid_social: "Paid Social",
  paid_search: "Paid Search",
  display: "Display",
};
/** A channel word said beside a platform that runs in several ("google ... search"). */
const CHANNEL_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:search|sem|ppc)\b/, "paid_search"],
  [/\b(?:display|gdn|banners?)\b/, "display"],
  [/\bsocial\b/, "paid_social"],
];

export interface HoldoutChannel {
  filters: FrameFilter[];
  note: string;
}

/**
 * The channel a holdout question's platform runs in, with the line that says so; undefined when
 * no platform is named, something else narrows the question, or the platform's channel is unclear.
 * @example holdoutPlatformChannel(parse("did the tiktok holdout in october work"))?.filters // [channel paid_social]
 */
export function holdoutPlatformChannel(p: ParsedQuestion): HoldoutChannel | undefined {
  const platforms = p.dims.filters.filter((f) => f.field === "platform" && f.op === "in");
  if (!platforms.length) return undefined;
  if (p.dims.filters.some((f) => f.field !== "platform" && !(f.field === "channel" && f.op === "in")))
    return undefined;
  const named = p.dims.filters.filter((f) => f.field === "channel").flatMap((f) => f.values.map(String));
  const values = platforms.flatMap((f) => f.values.map(String));
  const runs = values.map((v) => PLATFORM_CHANNELS[v] ?? []);
  if (runs.some((r) => !r.length)) return undefined;
  let channel: string | undefined;
  if (named.length === 1) channel = runs.every((r) => r.includes(named[0]!)) ? named[0] : undefined;
  else if (!named.length) {
    const shared = runs[0]!.filter((c) => runs.every((r) => r.includes(c)));
    channel =
      shared.length === 1
        ? shared[0]
        : CHANNEL_WORDS.find(([re, c]) => shared.includes(c) && re.test(p.text))?.[1];
  }
  if (!channel) return undefined;
  const platformText = values.map((v) => PLATFORM_LABELS[v] ?? v).join(" and ");
  const channelText = CHANNEL_LABELS[channel] ?? channel;
  return {
    filters: [{ field: "channel", op: "in", values: [channel] }],
    note:
      `Holdouts are recorded per channel: ${platformText} runs in ${channelText}, so this is the ` +
      `${channelText} holdout, which paused the whole channel; no holdout measured ${platformText} on its own.`,
  };
}

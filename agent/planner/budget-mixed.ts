/**
 * A what-if that names a channel on one side and an ad platform on the other ("move $5k from
 * display to meta"): the budget tool works at one level, so the platform is read as the channel
 * it runs in (Meta Ads -> paid social), and the answer says so. Without this the tool's own
 * validation text ("name one dimension in all changes") was the answer.
 */
import type { Frame, FrameBudgetChange } from "./types.ts";

/**
 * The channel an ad platform's spend belongs to. Google Ads also runs display and shopping
 * campaigns; its usual home, search, is taken, and the note names the choice.
 */
const PLATFORM_CHANNEL: Readonly<Record<string, string>> = {
  meta_ads: "paid_social",
  tiktok_ads: "paid_social",
  pinterest_ads: "paid_social",
  snapchat_ads: "paid_social",
  linkedin_ads: "paid_social",
  google_ads: "paid_search",
  microsoft_ads: "paid_search",
  bing_ads: "paid_search",
  klaviyo: "email",
};

const LABELS: Readonly<Record<string, string>> = {
  meta_ads: "Meta Ads (Facebook and Instagram)",
  tiktok_ads: "TikTok Ads",
  google_ads: "Google Ads",
  klaviyo: "Klaviyo",
};
const words = (key: string) => key.replace(/_/g, " ");
const label = (key: string) => LABELS[key] ?? words(key);

/**
 * Budget changes on one level: a platform mixed with channels becomes its channel.
 * @example oneLevelChanges(frame with changes display -5000, meta_ads +5000).notes
 * // ["Meta ads is part of the paid social channel, so I planned the move into paid social ..."]
 */
export function oneLevelChanges(frame: Frame): { frame: Frame; notes: string[] } {
  const b = frame.budget;
  if (!b) return { frame, notes: [] };
  const levels = new Set(b.changes.map((c) => c.dimension));
  if (levels.size < 2 || levels.has("campaign") || !levels.has("channel")) return { frame, notes: [] };
  const kept = platformKept(frame);
  if (kept) return kept;
  const notes: string[] = [];
  const changes = b.changes.map((c) => {
    if (c.dimension !== "platform") return c;
    const channel = PLATFORM_CHANNEL[String(c.value)];
    if (!channel) return c;
    notes.push(
      `${label(String(c.value))} runs in the ${words(channel)} channel, and this what-if works one level at a time, so I read it as ${words(channel)} (everything in that channel, not only ${label(String(c.value)).replace(/ \(.*\)$/, "")}).`,
    );
    return { ...c, dimension: "channel" as const, value: channel };
  });
  if (new Set(changes.map((c) => c.dimension)).size > 1) return { frame, notes: [] };
  const filters = frame.filters.map((f) =>
    f.field === "platform"
      ? { ...f, field: "channel", values: f.values.map((v) => PLATFORM_CHANNEL[String(v)] ?? v) }
      : f,
  );
  return { frame: { ...frame, filters, budget: { ...b, level: "channel", changes } }, notes };
}

/**
 * left16c: channels that run on one ad platform here. Google Ads also runs shopping (and display
 * beside search), which the note says.
 */
const CHANNEL_PLATFORM: Readonly<Record<string, string>> = {
  paid_search: "google_ads",
  display: "google_ads",
};

/**
 * "cut tiktok in half and put it into paid search": the platform is where the dollars come from,
 * so its own dollars are the amount; the receiving channel is read as the platform it runs on
 * (paid search -> Google Ads), not the platform as its whole channel (TikTok -> all paid social,
 * which moved Meta's dollars too). Undefined when the shape is other (the channel level then).
 */
function platformKept(frame: Frame): { frame: Frame; notes: string[] } | undefined {
  const b = frame.budget!;
  const size = (c: FrameBudgetChange) => c.changePercent ?? c.changeAmount ?? 0;
  const cuts = b.changes.filter((c) => !c.receives && size(c) < 0);
  const receivers = b.changes.filter((c) => c.receives || size(c) > 0);
  if (cuts.length + receivers.length !== b.changes.length) return undefined;
  if (cuts.length !== 1 || cuts[0]!.dimension !== "platform" || !receivers.length) return undefined;
  if (!receivers.every((c) => c.dimension === "channel" && CHANNEL_PLATFORM[String(c.value)]))
    return undefined;
  const notes = receivers.map((c) => {
    const platform = CHANNEL_PLATFORM[String(c.value)]!;
    const name = words(String(c.value));
    return `${name.charAt(0).toUpperCase()}${name.slice(1)} runs on ${label(platform)}, and this what-if works one level at a time, so I read the money as going to ${label(platform)} (its other campaigns share in it) and kept ${label(String(cuts[0]!.value)).replace(/ \(.*\)$/, "")}'s own dollars as the amount moved.`;
  });
  const changes = b.changes.map((c) =>
    receivers.includes(c) && c.dimension === "channel"
      ? { ...c, dimension: "platform" as const, value: CHANNEL_PLATFORM[String(c.value)]! }
      : c,
  );
  if (new Set(changes.map((c) => c.value)).size < changes.length) return undefined;
  return { frame: { ...frame, budget: { ...b, level: "platform", changes } }, notes };
}

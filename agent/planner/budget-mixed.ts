/**
 * A what-if that names a channel on one side and an ad platform on the other ("move $5k from
 * display to meta"): the budget tool works at one level, so the platform is read as the channel
 * it runs in (Meta Ads -> paid social), and the answer says so. Without this the tool's own
 * validation text ("name one dimension in all changes") was the answer.
 */
import type { Frame } from "./types.ts";

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

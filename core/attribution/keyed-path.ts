/**
 * Turns public `Path`s into the compact `KeyedPath` the models run on: one key per touch, the
 * channel (for last_non_direct) or `channel:campaignId` (campaign level, 0 = no campaign).
 */
import type { KeyedPath, Path, Touch } from "./types.ts";

/** Key of a touch at campaign level: `channel:campaignId`, 0 when it has no campaign. */
export function campaignKey(channel: string, campaignId: number | null | undefined): string {
  return `${channel}:${campaignId ?? 0}`;
}

const channelOf = (t: Touch) => (typeof t === "string" ? t : t.channel);

/**
 * Keyed form of one path; timestamps and milestones are kept only when present.
 * @example toKeyedPath({ touches: ["a", "b"], conversions: 1 }, "channel").keys // ["a", "b"]
 */
export function toKeyedPath(path: Path, level: "channel" | "campaign"): KeyedPath {
  const channels = path.touches.map(channelOf);
  const keys =
    level === "channel"
      ? channels
      : path.touches.map((t) =>
          typeof t === "string" ? campaignKey(t, 0) : campaignKey(t.channel, t.campaignId),
        );
  const objects = path.touches.filter((t) => typeof t !== "string");
  const hasTs = objects.length === path.touches.length && objects.every((t) => t.ts !== undefined);
  const hasMilestones = objects.some((t) => t.milestone !== undefined);
  return {
    keys,
    channels,
    ts: hasTs ? objects.map((t) => t.ts!) : undefined,
    milestones: hasMilestones
      ? path.touches.map((t) => (typeof t === "string" ? undefined : t.milestone))
      : undefined,
    conversionTime: path.conversionTime,
    conversions: path.conversions,
    nulls: path.nulls ?? 0,
    value: path.value ?? 0,
  };
}

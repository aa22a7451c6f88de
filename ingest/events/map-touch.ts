/**
 * The tracking endpoint's single call into channel mapping: swap the implementation here (for the
 * organization's own mapping rules) without touching the writer.
 */
import { type CampaignRef, type MappedTouch, mapTouchChannel, type TouchOrigin } from "./channel.ts";

/** Channel, platform, campaign, source and medium of one tracked touch. */
export function mapTrackedTouch(
  origin: TouchOrigin,
  campaigns: ReadonlyMap<string, CampaignRef>,
): MappedTouch {
  return mapTouchChannel(origin, campaigns);
}

/**
 * The shapes a tracked touch passes through on its way to a touchpoint row. The classification
 * itself is the shared one (ingest/channels/classify.ts, called from map-touch.ts), so a tracked
 * touch, an imported one and a platform export's row land in the same channel.
 */

/** What a touch carries (all optional, as sent or read from the page URL). */
export interface TouchOrigin {
  utmSource?: string;
  utmMedium?: string;
  utmCampaign?: string;
  gclid?: string;
  fbclid?: string;
  ttclid?: string;
  /** The referring page's URL. */
  referrer?: string;
  /** The landing page's URL (a referrer on the same host is internal navigation, not a source). */
  url?: string;
}

/** A known campaign, looked up by its name (case-insensitive) from `utm_campaign`. */
export interface CampaignRef {
  id: number;
  channel: string;
  platform: string;
}

/** The touchpoint columns the analytics read. */
export interface MappedTouch {
  channel: string;
  platform: string | null;
  campaignId: number | null;
  source: string;
  medium: string;
}

/**
 * The marketing origin of an event: UTM tags and click ids as sent, else read from the page URL's
 * query string (`utm_source`, `gclid`, ...), as analytics tags do. Pure.
 */
import type { TouchOrigin } from "./channel.ts";
import type { TrackedEvent } from "./event-schema.ts";

const MAX_TAG = 256;

function queryOf(url: string | undefined): URLSearchParams | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).searchParams;
  } catch {
    return undefined;
  }
}

/**
 * UTM tags, click ids, referrer and URL of one event (explicit fields win over the URL's).
 * @example touchOrigin({ url: "https://shop.example/?utm_source=google&utm_medium=cpc", ... }).utmSource // "google"
 */
export function touchOrigin(e: TrackedEvent): TouchOrigin {
  const q = queryOf(e.url);
  const fromUrl = (name: string) => q?.get(name)?.slice(0, MAX_TAG) || undefined;
  return {
    utmSource: e.utm?.source || fromUrl("utm_source"),
    utmMedium: e.utm?.medium || fromUrl("utm_medium"),
    utmCampaign: e.utm?.campaign || fromUrl("utm_campaign"),
    gclid: e.clickIds?.gclid || fromUrl("gclid"),
    fbclid: e.clickIds?.fbclid || fromUrl("fbclid"),
    ttclid: e.clickIds?.ttclid || fromUrl("ttclid"),
    referrer: e.referrer,
    url: e.url,
  };
}

/** Host without `www.`. */
function host(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return undefined;
  }
}

/**
 * Whether an event is a marketing touch: an explicit touchpoint, or a page view that carries
 * campaign tags, a click id or an outside referrer, or starts a visit. Page views inside a visit
 * (same-site referrer, no tags) are kept as events but are not touches, or every journey would be
 * a list of page loads.
 */
export function isTouch(e: TrackedEvent, o: TouchOrigin): boolean {
  if (e.type === "touchpoint") return true;
  if (e.type !== "page") return false;
  if (e.sessionStart) return true;
  if (o.utmSource || o.utmMedium || o.utmCampaign || o.gclid || o.fbclid || o.ttclid) return true;
  const ref = host(o.referrer);
  return ref !== undefined && ref !== host(o.url);
}

/** A tag stored with the event (only the fields present). */
export function originJson(o: TouchOrigin): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v !== undefined && k !== "url" && k !== "referrer") out[k] = v;
  }
  return Object.keys(out).length ? out : null;
}

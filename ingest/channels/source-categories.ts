/**
 * Source categories GA4 uses in its default channel grouping ("Source matches a list of search /
 * social / video / shopping sites"). Google publishes the full list as a spreadsheet linked from the
 * "[GA4] Default channel group" article; these are its common entries, by brand name (matched
 * against any label of the source host: "google" matches "www.google.co.uk") and by multi-label
 * host (matched exactly or as a suffix: "t.co" matches "t.co" but not "reddit.co").
 */

/** Search engines. */
export const SEARCH_SITES = [
  "google",
  "bing",
  "yahoo",
  "duckduckgo",
  "baidu",
  "yandex",
  "ecosia",
  "naver",
  "seznam",
  "qwant",
  "startpage",
  "ask",
  "aol",
  "sogou",
  "so.com",
  "daum",
  "search.brave.com",
  "msn",
] as const;

/** Social networks. */
export const SOCIAL_SITES = [
  "facebook",
  "fb",
  "instagram",
  "ig",
  "meta",
  "linkedin",
  "lnkd.in",
  "twitter",
  "t.co",
  "x.com",
  "pinterest",
  "reddit",
  "tiktok",
  "snapchat",
  "tumblr",
  "quora",
  "threads.net",
  "vk.com",
  "weibo",
  "whatsapp",
  "messenger",
  "discord",
  "bsky.app",
  "mastodon.social",
] as const;

/** Video sites. */
export const VIDEO_SITES = ["youtube", "youtu.be", "vimeo", "twitch", "dailymotion", "wistia"] as const;

/** Shopping sites. */
export const SHOPPING_SITES = [
  "amazon",
  "ebay",
  "etsy",
  "walmart",
  "alibaba",
  "aliexpress",
  "shopzilla",
] as const;

/**
 * A source as a host: lower case, no scheme, path or port, no leading "www.", "m.", "l." or "lm."
 * (mobile and link-shim hosts of the same site).
 *
 * @example sourceHost("https://L.Facebook.com/x?y") // "facebook.com"
 */
export function sourceHost(source: string): string {
  let s = source.trim().toLowerCase();
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, "");
  s = s.replace(/[/?#].*$/, "").replace(/:\d+$/, "");
  return s.replace(/^(www|m|l|lm|mobile)\./, "");
}

function matcher(list: readonly string[]): (source: string) => boolean {
  const brands = new Set(list.filter((e) => !e.includes(".")));
  const hosts = list.filter((e) => e.includes("."));
  return (source) => {
    const host = sourceHost(source);
    if (host === "") return false;
    if (hosts.some((h) => host === h || host.endsWith(`.${h}`))) return true;
    // A brand is any label but the last (the top-level domain): "google" in "google.de", or the
    // bare utm_source "google" itself.
    const labels = host.split(".");
    const candidates = labels.length === 1 ? labels : labels.slice(0, -1);
    return candidates.some((l) => brands.has(l));
  };
}

/** True when `source` is a search engine in GA4's sense. */
export const isSearchSite = matcher(SEARCH_SITES);
/** True when `source` is a social network in GA4's sense. */
export const isSocialSite = matcher(SOCIAL_SITES);
/** True when `source` is a video site in GA4's sense. */
export const isVideoSite = matcher(VIDEO_SITES);
/** True when `source` is a shopping site in GA4's sense. */
export const isShoppingSite = matcher(SHOPPING_SITES);

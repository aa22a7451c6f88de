/**
 * Bot filtering by user agent: crawlers, monitors, headless browsers and HTTP libraries. Their page
 * views would otherwise land as direct or referral touches and dilute every rate. Pure.
 */
// Crawlers, link previews, monitors and automated browsers. HTTP client libraries (curl, node,
// python-requests) are not listed: a site's own server may send its batches with them.
const BOT_PATTERN =
  /bot\b|bot\/|crawl|spider|slurp|scrap|headless|phantomjs|selenium|puppeteer|playwright|lighthouse|pingdom|uptime|monitor|preview|facebookexternalhit|embedly|bingpreview/i;

/**
 * Whether a user agent belongs to a bot. An event without one is not judged (server-side senders
 * often omit it), so `undefined` is not a bot.
 * @example isBotUserAgent("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)") // true
 * @example isBotUserAgent("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 Safari/605.1.15") // false
 */
export function isBotUserAgent(userAgent: string | undefined): boolean {
  if (userAgent === undefined) return false;
  return BOT_PATTERN.test(userAgent);
}

/**
 * Everyday names for the standard channels and ad platforms, merged with the aliases the database
 * provides. Domain vocabulary, not answers: the database's own labels and aliases always apply too.
 */

/** Extra names per standard channel or platform key. */
export const KNOWN_VALUE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  paid_search: ["sem", "ppc", "search ads", "paid search ads"],
  paid_social: ["social ads", "paid social media", "social advertising"],
  display: ["display ads", "banner ads", "banners", "programmatic"],
  email: ["email marketing", "emails", "e mail", "newsletters", "crm"],
  affiliate: ["affiliates", "affiliate marketing", "partners"],
  organic_search: ["seo", "organic", "organic traffic", "natural search"],
  referral: ["referrals", "referral traffic"],
  direct: ["direct traffic", "type in"],
  google_ads: ["google", "adwords", "google adwords"],
  meta_ads: ["meta", "facebook", "fb", "instagram", "insta", "ig", "facebook ads", "instagram ads"],
  tiktok_ads: ["tiktok", "tik tok", "tiktok ads"],
  klaviyo: ["klaviyo emails"],
};

/**
 * Names derivable from a value key: "google_ads" -> "google ads" and "google"; "paid_social" -> "paid social".
 * @example derivedNames("tiktok_ads") // ["tiktok ads", "tiktok"]
 */
export function derivedNames(value: string): string[] {
  if (!/^[a-z][a-z0-9_]*$/.test(value)) return [];
  const spaced = value.replace(/_/g, " ");
  const out = [spaced];
  if (value.endsWith("_ads")) out.push(value.slice(0, -4).replace(/_/g, " "));
  return out;
}

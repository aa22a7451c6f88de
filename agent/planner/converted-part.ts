/**
 * "how many sessions did we get from organic and how many converted": the second ask is the
 * orders those visits became and the conversion rate (orders / sessions), answered beside the
 * sessions rather than dropped (#12: each part of a question gets an answer).
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import type { Frame } from "./types.ts";

/** A second ask about converting, after traffic: "and how many converted", "and what share bought". */
const CONVERTED_PART =
  /\b(?:and|also|plus|then)\b[^?.]{0,40}?\b(?:how many|how much|what share|what percent(?:age)?|what portion|what fraction|the number that|how often)\b[^?.]{0,25}?\b(?:convert|converted|converting|bought|purchased|ordered|turned into (?:orders|customers|sales))\b/;

/** Traffic metrics whose visits can convert. */
const TRAFFIC = new Set(["sessions", "users"]);

/** Whether the question asks, after traffic, how much of it converted. */
export function asksConvertedPart(text: string): boolean {
  return CONVERTED_PART.test(text);
}

/**
 * The frame with orders and the conversion rate beside its traffic metric, when the question asks
 * how many of those visits converted; unchanged otherwise, or when the catalog cannot split them
 * the way the frame does.
 * @example withConvertedPart(sessionsFrame, "sessions from organic and how many converted", catalog).metrics // ["sessions", "orders", "conversion_rate"]
 */
export function withConvertedPart(frame: Frame, text: string, catalog: Catalog): Frame {
  if (!frame.metrics.some((m) => TRAFFIC.has(m)) || !asksConvertedPart(text)) return frame;
  const needed = [...frame.dimensions.filter((d) => d !== "date"), ...frame.filters.map((f) => f.field)];
  const fits = (k: string) => {
    const m = catalog.metrics.get(k);
    return m !== undefined && needed.every((d) => m.supportedDimensions.includes(d));
  };
  const extra = ["orders", "conversion_rate"].filter((k) => !frame.metrics.includes(k) && fits(k));
  return extra.length ? { ...frame, metrics: [...frame.metrics, ...extra] } : frame;
}

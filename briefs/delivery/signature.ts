/**
 * Webhook signatures. Each delivery carries `X-Timestamp` (Unix seconds) and
 * `X-Signature: sha256=<hex>`, the HMAC-SHA256 of `<timestamp>.<raw body>` under the destination's
 * secret. A receiver recomputes it over the raw bytes it received, compares in constant time, and
 * refuses timestamps older than a few minutes (replays). verifyWebhookSignature is that check.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

/** `sha256=<hex>` over `timestamp.body`. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/**
 * What a receiver does: true when the signature matches and the timestamp is within `toleranceS`.
 * @example verifyWebhookSignature({ secret, body, timestamp: req.headers["x-timestamp"], signature: req.headers["x-signature"], now: new Date() })
 */
export function verifyWebhookSignature(input: {
  secret: string;
  body: string;
  timestamp: string | undefined;
  signature: string | undefined;
  now: Date;
  toleranceS?: number;
}): boolean {
  const ts = Number(input.timestamp);
  if (!input.signature || !Number.isInteger(ts)) return false;
  if (Math.abs(input.now.getTime() / 1000 - ts) > (input.toleranceS ?? 300)) return false;
  const expected = Buffer.from(signWebhook(input.secret, ts, input.body));
  const given = Buffer.from(input.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

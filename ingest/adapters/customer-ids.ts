/**
 * Customer ids for shop orders. Shop exports name the buyer by e-mail, and our customer ids are
 * integers; the id is the first 48 bits of SHA-256 of the lower-cased e-mail, so the same buyer
 * gets the same id in every file and on every machine without a lookup table, and the tracking
 * endpoint can compute it too. 48 bits keep it a safe JavaScript integer; the chance that two of a
 * million buyers share an id is about 1 in 560. Guest orders without an e-mail are their own
 * customer (keyed by order id).
 */
import { createHash } from "node:crypto";

/**
 * The customer id of an e-mail address (or of a guest order).
 *
 * @example customerIdFor("Ann@Example.com", "1001") === customerIdFor("ann@example.com", "1002")
 */
export function customerIdFor(email: string | null, orderId: string): number {
  const key = email ? `email:${email.trim().toLowerCase()}` : `order:${orderId}`;
  const digest = createHash("sha256").update(key).digest();
  return digest.readUIntBE(0, 6);
}

/**
 * The local operator token: a random secret made fresh by each `npm start` on the embedded
 * database, written to `DATA_DIR/service.token` (mode 0600) and kept in memory. It lets the
 * operator's own CLI (`npm run keys`, `npm run ask`) reach the running service without an API key.
 *
 * Security note: the token grants the operator endpoints only: key management (/api/v1/keys) and
 * bulk import (/api/v1/import) for the organization named with `?org=`, and organizations
 * (/api/v1/orgs); it is accepted only over a connection from this machine, it
 * dies with the process, and reading it needs the same file access as reading the database files
 * themselves, so it gives no one more than they already have.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Request } from "express";

export const OPERATOR_TOKEN_PREFIX = "mko_";

/** A fresh operator token (32 random bytes). */
export function createOperatorToken(): string {
  return `${OPERATOR_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

/** Constant-time comparison (of digests, so lengths never leak either). */
export function operatorTokenMatches(expected: string, presented: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(expected), digest(presented));
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * Whether the request's connection comes from this machine: a loopback peer, or a peer address
 * equal to the address it reached (a client on this host calling its own external address).
 * The socket's addresses are used, never a forwarded header.
 */
export function fromThisMachine(req: Request): boolean {
  const peer = req.socket.remoteAddress ?? "";
  return LOOPBACK.test(peer) || (peer !== "" && peer === req.socket.localAddress);
}

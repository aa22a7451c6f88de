/**
 * Browser sessions for the web app. A user pastes an API key once; the server verifies it and sets
 * a cookie that is only a signed reference to that key (key id, organization id, expiry, HMAC), so
 * the key itself never reaches the browser's storage, and revoking the key ends the session at the
 * next request (the auth middleware looks the key up by id on every request).
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Request } from "express";

/** The cookie's name. `__Host-` would need Secure, which a plain-HTTP localhost start cannot set. */
export const SESSION_COOKIE = "mka_session";
/** How long a sign-in lasts. */
export const SESSION_TTL_SECONDS = 12 * 60 * 60;

export interface SessionClaims {
  keyId: number;
  organizationId: number;
  /** Unix seconds. */
  expiresAt: number;
}

/** Signs and verifies session cookies with one secret. */
export interface SessionSigner {
  sign(claims: SessionClaims): string;
  /** The claims of a well-signed, unexpired cookie value; undefined otherwise. */
  verify(value: string, nowSeconds: number): SessionClaims | undefined;
}

/** A signer over `secret` (at least 32 bytes of entropy expected). */
export function createSessionSigner(secret: string): SessionSigner {
  const mac = (payload: string) => createHmac("sha256", secret).update(payload).digest("base64url");
  return {
    sign(c) {
      const payload = `v1.${c.keyId}.${c.organizationId}.${c.expiresAt}`;
      return `${payload}.${mac(payload)}`;
    },
    verify(value, nowSeconds) {
      const m = /^(v1\.(\d{1,15})\.(\d{1,15})\.(\d{1,12}))\.([\w-]{43})$/.exec(value);
      if (!m) return undefined;
      const expected = Buffer.from(mac(m[1]!));
      const got = Buffer.from(m[5]!);
      if (expected.length !== got.length || !timingSafeEqual(expected, got)) return undefined;
      const claims = { keyId: Number(m[2]), organizationId: Number(m[3]), expiresAt: Number(m[4]) };
      return claims.expiresAt > nowSeconds ? claims : undefined;
    },
  };
}

/**
 * The signing secret: SESSION_SECRET when set, else one generated on the first start and kept in
 * DATA_DIR/session-secret (mode 0600), so sessions survive a restart on the same DATA_DIR.
 */
export async function loadSessionSecret(opts: { configured?: string; dataDir: string }): Promise<string> {
  if (opts.configured) return opts.configured;
  const file = path.join(opts.dataDir, "session-secret");
  try {
    const existing = (await readFile(file, "utf8")).trim();
    if (existing.length >= 32) return existing;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  await mkdir(opts.dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return secret;
}

/** One cookie's value from the Cookie header (no dependency for a single name). */
export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/**
 * Whether a cookie-authenticated request that changes state comes from our own pages (CSRF).
 * Browsers send `Sec-Fetch-Site` on every request; older ones at least `Origin` on POSTs, which must
 * then name the host the request reached. A request with neither is not from a browser page.
 */
export function sameOriginRequest(req: Request): boolean {
  const site = req.get("sec-fetch-site");
  if (site) return site === "same-origin" || site === "none";
  const origin = req.get("origin");
  if (!origin) return true;
  try {
    return new URL(origin).host === req.get("host");
  } catch {
    return false;
  }
}

/** Methods that never change state, so they need no CSRF check. */
export const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

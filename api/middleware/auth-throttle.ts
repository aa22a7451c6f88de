import type { RequestHandler } from "express";
import { AppError, isAppError } from "../../lib/errors.ts";

/**
 * Failed authentication throttled per client address: after `limit` wrong keys within a window
 * the address gets 429 with Retry-After until the window ends.
 *
 * Choices: only a presented key that is wrong counts (a missing header is not a guess and costs
 * no lookup); successful requests never count, however many run at once; while an address is
 * throttled every attempt from it waits, a valid key included, because checking keys during the
 * lock-out would let guessing go on at full speed (a 200 among 429s would still reveal a hit).
 * Addresses are `req.ip` (the socket address: `trust proxy` is off, so behind a reverse proxy all
 * clients share the proxy's address).
 */
export class AuthFailureThrottle {
  private readonly failures = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly opts: { limit: number; windowMs: number; now?: () => number; maxTracked?: number },
  ) {}

  /** Seconds until `address` may try again, or 0 when it is not throttled. */
  retryAfterSeconds(address: string): number {
    const entry = this.current(address);
    if (!entry || entry.count < this.opts.limit) return 0;
    return Math.max(1, Math.ceil((entry.resetAt - this.now()) / 1000));
  }

  /** Count one failed attempt from `address`. */
  recordFailure(address: string): void {
    const entry = this.current(address);
    if (entry) {
      entry.count++;
      return;
    }
    if (this.failures.size >= (this.opts.maxTracked ?? 100_000)) this.sweep();
    this.failures.set(address, { count: 1, resetAt: this.now() + this.opts.windowMs });
  }

  private current(address: string) {
    const entry = this.failures.get(address);
    if (entry && entry.resetAt <= this.now()) {
      this.failures.delete(address);
      return undefined;
    }
    return entry;
  }

  /** Forget expired windows; if every window is live (a flood of addresses), forget the oldest half. */
  private sweep(): void {
    const now = this.now();
    for (const [address, entry] of this.failures) if (entry.resetAt <= now) this.failures.delete(address);
    if (this.failures.size < (this.opts.maxTracked ?? 100_000)) return;
    let drop = Math.floor(this.failures.size / 2);
    for (const address of this.failures.keys()) {
      if (drop-- <= 0) break;
      this.failures.delete(address);
    }
  }

  private now(): number {
    return this.opts.now ? this.opts.now() : Date.now();
  }
}

/**
 * Wrap an authentication middleware: refuse a throttled address with 429 and Retry-After before
 * the key is looked at, and count the inner middleware's `auth.unauthorized` for a presented key.
 */
export function throttleFailedAuth(
  throttle: AuthFailureThrottle,
  authenticate: RequestHandler,
): RequestHandler {
  return (req, res, next) => {
    const address = req.ip ?? req.socket.remoteAddress ?? "unknown";
    const wait = throttle.retryAfterSeconds(address);
    if (wait > 0) {
      res.setHeader("Retry-After", String(wait));
      next(
        new AppError("rate_limited", `too many failed authentication attempts; retry after ${wait} s`, {
          details: { retryAfterSeconds: wait },
        }),
      );
      return;
    }
    const presentedKey = req.get("authorization") !== undefined;
    authenticate(req, res, (err?: unknown) => {
      if (presentedKey && isAppError(err) && err.code === "auth.unauthorized")
        throttle.recordFailure(address);
      next(err);
    });
  };
}

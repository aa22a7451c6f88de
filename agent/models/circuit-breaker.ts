/**
 * A circuit breaker for the configured model. A dead or hanging provider would otherwise cost every
 * question the full model timeout before the planner answers; after a few consecutive failures the
 * breaker opens and the planner answers at once for a cool-down period. Then one probe request
 * (half-open) tries the model again: success closes the breaker, failure opens it for another
 * cool-down. Pure state machine: the clock is injected, so tests step time instead of waiting.
 *
 *   closed --(N consecutive failures)--> open --(cool-down over, next request)--> half_open
 *   half_open --(probe succeeds)--> closed;  half_open --(probe fails)--> open
 */

/** The breaker's state, as logs and metrics show it. */
export type CircuitState = "closed" | "open" | "half_open";

/** Options for {@link createCircuitBreaker}. */
export interface CircuitBreakerOptions {
  /** Consecutive failures that open the breaker (default {@link DEFAULT_FAILURE_THRESHOLD}). */
  failureThreshold?: number;
  /** How long the breaker stays open before one probe may try again, in ms (default {@link DEFAULT_COOLDOWN_MS}). */
  cooldownMs?: number;
  /** The clock in ms (default `Date.now`). */
  now?: () => number;
  /** Called on every state change, e.g. to log it and set a gauge. */
  onStateChange?: (change: { from: CircuitState; to: CircuitState; failures: number }) => void;
}

/** Consecutive model failures before the planner answers directly. */
export const DEFAULT_FAILURE_THRESHOLD = 3;
/** How long the planner answers directly before the model is probed again. */
export const DEFAULT_COOLDOWN_MS = 30_000;

/** Permission to call the model once; report how it went exactly once. */
export interface CircuitPermit {
  /** True for the single half-open probe. */
  readonly probe: boolean;
  /** The model answered usefully. */
  success(): void;
  /** The model failed (error, timeout, unusable answer). */
  failure(): void;
  /** Neither: the caller gave up (cancelled request). A probe's slot is freed without a verdict. */
  abandon(): void;
}

/** A circuit breaker; see the module comment. */
export interface CircuitBreaker {
  readonly state: CircuitState;
  /** Consecutive failures so far (reset by a success). */
  readonly failures: number;
  /** A permit to call the model, or undefined when the planner should answer without trying. */
  tryAcquire(): CircuitPermit | undefined;
}

/**
 * Create a breaker.
 * @example
 * const breaker = createCircuitBreaker({ failureThreshold: 3, cooldownMs: 30_000 });
 * const permit = breaker.tryAcquire();
 * if (!permit) return planner.invoke(messages);
 * try { const m = await model.invoke(messages); permit.success(); return m; }
 * catch (e) { permit.failure(); return planner.invoke(messages); }
 */
export function createCircuitBreaker(opts: CircuitBreakerOptions = {}): CircuitBreaker {
  const threshold = opts.failureThreshold ?? DEFAULT_FAILURE_THRESHOLD;
  const cooldownMs = opts.cooldownMs ?? DEFAULT_COOLDOWN_MS;
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(`failureThreshold must be a positive integer, got ${threshold}`);
  }
  if (!Number.isFinite(cooldownMs) || cooldownMs < 0) {
    throw new RangeError(`cooldownMs must be a non-negative number of milliseconds, got ${cooldownMs}`);
  }
  const now = opts.now ?? Date.now;
  let state: CircuitState = "closed";
  let failures = 0;
  let openedAt = 0;
  let probeOut = false;

  const moveTo = (to: CircuitState) => {
    if (to === state) return;
    const from = state;
    state = to;
    opts.onStateChange?.({ from, to, failures });
  };
  const open = () => {
    openedAt = now();
    moveTo("open");
  };

  const permit = (probe: boolean): CircuitPermit => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      if (probe) probeOut = false;
      fn();
    };
    return {
      probe,
      success: () =>
        settle(() => {
          failures = 0;
          moveTo("closed");
        }),
      failure: () =>
        settle(() => {
          failures += 1;
          // A failed probe reopens at once; while closed, only the threshold opens it. A late
          // failure from a call that started before the breaker opened does not restart the cool-down.
          if (probe || (state === "closed" && failures >= threshold)) open();
        }),
      abandon: () =>
        settle(() => {
          // The probe told us nothing: back to open with the cool-down already over, so the next
          // request probes.
          if (probe && state === "half_open") moveTo("open");
        }),
    };
  };

  return {
    get state() {
      return state;
    },
    get failures() {
      return failures;
    },
    tryAcquire() {
      if (state === "closed") return permit(false);
      if (state === "open" && now() - openedAt >= cooldownMs && !probeOut) {
        probeOut = true;
        moveTo("half_open");
        return permit(true);
      }
      return undefined;
    },
  };
}

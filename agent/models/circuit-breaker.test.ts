import { describe, expect, it } from "vitest";
import { type CircuitState, createCircuitBreaker } from "./circuit-breaker.ts";

/** A breaker on a clock the test moves by hand, recording every transition. */
function setup(opts: { failureThreshold?: number; cooldownMs?: number } = {}) {
  let t = 1_000;
  const changes: Array<[CircuitState, CircuitState]> = [];
  const breaker = createCircuitBreaker({
    failureThreshold: 3,
    cooldownMs: 30_000,
    ...opts,
    now: () => t,
    onStateChange: ({ from, to }) => changes.push([from, to]),
  });
  return { breaker, changes, advance: (ms: number) => (t += ms) };
}

describe("createCircuitBreaker", () => {
  it("stays closed below the threshold, and a success resets the count", () => {
    const { breaker, changes } = setup();
    breaker.tryAcquire()!.failure();
    breaker.tryAcquire()!.failure();
    expect(breaker.failures).toBe(2);
    breaker.tryAcquire()!.success();
    expect(breaker.failures).toBe(0);
    breaker.tryAcquire()!.failure();
    breaker.tryAcquire()!.failure();
    expect(breaker.state).toBe("closed");
    expect(changes).toEqual([]);
  });

  it("opens after 3 consecutive failures and refuses permits for the whole cool-down", () => {
    const { breaker, changes, advance } = setup();
    for (let i = 0; i < 3; i++) breaker.tryAcquire()!.failure();
    expect(breaker.state).toBe("open");
    expect(changes).toEqual([["closed", "open"]]);
    expect(breaker.tryAcquire()).toBeUndefined();
    advance(29_999);
    expect(breaker.tryAcquire()).toBeUndefined();
  });

  it("lets exactly one probe through after the cool-down (half-open); others still get the planner", () => {
    const { breaker, changes, advance } = setup();
    for (let i = 0; i < 3; i++) breaker.tryAcquire()!.failure();
    advance(30_000);
    const probe = breaker.tryAcquire();
    expect(probe?.probe).toBe(true);
    expect(breaker.state).toBe("half_open");
    expect(breaker.tryAcquire()).toBeUndefined();
    probe!.success();
    expect(breaker.state).toBe("closed");
    expect(breaker.failures).toBe(0);
    expect(breaker.tryAcquire()?.probe).toBe(false);
    expect(changes).toEqual([
      ["closed", "open"],
      ["open", "half_open"],
      ["half_open", "closed"],
    ]);
  });

  it("reopens for a fresh cool-down when the probe fails", () => {
    const { breaker, changes, advance } = setup();
    for (let i = 0; i < 3; i++) breaker.tryAcquire()!.failure();
    advance(30_000);
    breaker.tryAcquire()!.failure();
    expect(breaker.state).toBe("open");
    advance(29_999);
    expect(breaker.tryAcquire()).toBeUndefined();
    advance(1);
    expect(breaker.tryAcquire()?.probe).toBe(true);
    expect(changes.map(([, to]) => to)).toEqual(["open", "half_open", "open", "half_open"]);
  });

  it("frees an abandoned probe's slot so the next request probes without another cool-down", () => {
    const { breaker, advance } = setup();
    for (let i = 0; i < 3; i++) breaker.tryAcquire()!.failure();
    advance(30_000);
    breaker.tryAcquire()!.abandon();
    expect(breaker.state).toBe("open");
    expect(breaker.tryAcquire()?.probe).toBe(true);
  });

  it("counts a permit's verdict once, and late failures from calls begun before opening do not extend the cool-down", () => {
    const { breaker, advance } = setup();
    const inFlight = [
      breaker.tryAcquire()!,
      breaker.tryAcquire()!,
      breaker.tryAcquire()!,
      breaker.tryAcquire()!,
    ];
    inFlight[0]!.failure();
    inFlight[0]!.failure();
    expect(breaker.failures).toBe(1);
    inFlight[1]!.failure();
    inFlight[2]!.failure();
    expect(breaker.state).toBe("open");
    advance(20_000);
    inFlight[3]!.failure();
    advance(10_000);
    expect(breaker.tryAcquire()?.probe).toBe(true);
  });

  it("refuses a nonsensical configuration", () => {
    expect(() => createCircuitBreaker({ failureThreshold: 0 })).toThrow(/failureThreshold/);
    expect(() => createCircuitBreaker({ cooldownMs: -1 })).toThrow(/cooldownMs/);
  });
});

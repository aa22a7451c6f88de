/**
 * The sampler must tell a loop held by code from a thread that was not running. A thread asleep
 * in Atomics.wait stands in for a process the OS descheduled: the loop is late, but no CPU is used.
 */
import { describe, expect, it } from "vitest";
import { startLoopStallSampler } from "./loop-stalls.ts";

const tick = () => new Promise((r) => setTimeout(r, 20));

/** Run code on this thread until it has used `ms` of its own CPU time. */
function spinCpu(ms: number): void {
  const cpu = () => {
    const u = process.threadCpuUsage ? process.threadCpuUsage() : process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const start = cpu();
  while (cpu() - start < ms) {
    // busy on purpose
  }
}

describe("startLoopStallSampler", () => {
  it("counts a loop held by code as a CPU-busy stall", async () => {
    const sampler = startLoopStallSampler();
    await tick();
    spinCpu(150);
    await tick();
    const { longestBusy, longestWall } = sampler.stop();
    expect(longestWall.wallDelayMs).toBeGreaterThanOrEqual(140);
    expect(longestBusy.busyMs).toBeGreaterThanOrEqual(100);
  });

  it("does not count a thread that was waiting as busy", async () => {
    const sampler = startLoopStallSampler();
    await tick();
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 150);
    await tick();
    const { longestBusy, longestWall } = sampler.stop();
    expect(longestWall.wallDelayMs).toBeGreaterThanOrEqual(140);
    expect(longestBusy.busyMs).toBeLessThan(50);
  });

  it("reports each window's worst stall apart from the whole run's", async () => {
    const sampler = startLoopStallSampler();
    await tick();
    spinCpu(120);
    const first = sampler.takeWindow();
    await tick();
    const second = sampler.takeWindow();
    const total = sampler.stop();
    expect(first.longestBusy.busyMs).toBeGreaterThanOrEqual(80);
    expect(second.longestBusy.busyMs).toBeLessThan(first.longestBusy.busyMs);
    expect(total.longestBusy).toEqual(first.longestBusy);
  });
});

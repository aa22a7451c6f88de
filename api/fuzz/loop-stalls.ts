/**
 * An event-loop stall sampler that tells a blocked loop from a process that was waiting for a CPU.
 *
 * Why: `monitorEventLoopDelay` reports how late a timer fired, in wall-clock time. On a shared
 * machine (2 cores, load average 10-20) the OS often deschedules the process for tens or hundreds
 * of milliseconds; the timer then fires late although the loop had nothing to do. Those figures
 * cannot say whether a request handler held the loop.
 *
 * How: a timer ticks every `intervalMs`. For each tick window it takes the wall time and the CPU
 * time of this thread (`process.threadCpuUsage()`, the main thread only, so libuv and GC helper
 * threads do not count; `process.cpuUsage()` for the whole process where the former is missing).
 * The window's delay is how much later than scheduled the tick came (what monitorEventLoopDelay
 * measures). Its **CPU-busy stall** is that delay times the share of the window the thread spent
 * on a CPU: a stall in which the loop ran code throughout counts in full, a stall in which the
 * process sat descheduled counts close to nothing. The CPU-busy stall is what the same stall
 * would have lasted on an idle machine, so it is the figure to hold to a bound such as 100 ms.
 */

/** Main-thread CPU time in microseconds (user + system). */
const threadCpuMicros: () => number =
  typeof process.threadCpuUsage === "function"
    ? () => {
        const u = process.threadCpuUsage();
        return u.user + u.system;
      }
    : () => {
        const u = process.cpuUsage();
        return u.user + u.system;
      };

/** Which clock the CPU figures come from (printed beside them). */
export const CPU_CLOCK = typeof process.threadCpuUsage === "function" ? "main-thread CPU" : "process CPU";

/** One tick window that came late. */
export interface Stall {
  /** How much later than scheduled the tick fired (wall clock), in ms. */
  wallDelayMs: number;
  /** Thread CPU time used during the whole window, in ms. */
  cpuMs: number;
  /** The CPU-busy part of the delay: `wallDelayMs × cpuMs / windowMs`, in ms. */
  busyMs: number;
}

/** The worst stalls of a period: by wall delay, and by CPU-busy time (often different windows). */
export interface StallSummary {
  /** The window with the longest wall delay (monitorEventLoopDelay's maximum, sampled). */
  longestWall: Stall;
  /** The window with the longest CPU-busy stall: the longest time the loop itself was blocked. */
  longestBusy: Stall;
}

const NONE: Stall = { wallDelayMs: 0, cpuMs: 0, busyMs: 0 };

/** A running sampler: read the maxima since start (`total`) or since the last `takeWindow`. */
export interface LoopStallSampler {
  /** The worst stalls since the last call (or since start), then start a new window. */
  takeWindow(): StallSummary;
  /** Stop sampling and return the worst stalls since start. */
  stop(): StallSummary;
}

function worse(a: StallSummary, s: Stall): StallSummary {
  return {
    longestWall: s.wallDelayMs > a.longestWall.wallDelayMs ? s : a.longestWall,
    longestBusy: s.busyMs > a.longestBusy.busyMs ? s : a.longestBusy,
  };
}

/**
 * Start sampling the event loop every `intervalMs` (default 5 ms). The timer is unref'd, so it
 * never keeps a process alive.
 * @example const s = startLoopStallSampler(); await work(); s.stop().longestBusy.busyMs // < 100
 */
export function startLoopStallSampler(opts: { intervalMs?: number } = {}): LoopStallSampler {
  const interval = opts.intervalMs ?? 5;
  let total: StallSummary = { longestWall: NONE, longestBusy: NONE };
  let window: StallSummary = total;
  let lastWall = performance.now();
  let lastCpu = threadCpuMicros();
  const sample = () => {
    const wall = performance.now();
    const cpu = threadCpuMicros();
    const windowMs = wall - lastWall;
    const cpuMs = Math.max(0, (cpu - lastCpu) / 1000);
    lastWall = wall;
    lastCpu = cpu;
    const wallDelayMs = Math.max(0, windowMs - interval);
    if (wallDelayMs <= 0) return;
    // CPU time can exceed the window by the clocks' granularity; the share is at most 1.
    const share = windowMs > 0 ? Math.min(1, cpuMs / windowMs) : 0;
    const stall = { wallDelayMs, cpuMs, busyMs: wallDelayMs * share };
    total = worse(total, stall);
    window = worse(window, stall);
  };
  const timer = setInterval(sample, interval);
  timer.unref();
  return {
    takeWindow() {
      // The window in progress belongs to whoever was running: close it first.
      sample();
      const out = window;
      window = { longestWall: NONE, longestBusy: NONE };
      return out;
    },
    stop() {
      sample();
      clearInterval(timer);
      return total;
    },
  };
}

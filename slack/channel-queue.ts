/**
 * One answer at a time per Slack channel: a burst of questions in one channel is posted in order
 * and never fans out into parallel chat.postMessage calls that hit Slack's per-channel rate limit
 * (about one message per second). Other channels proceed independently.
 */
export interface ChannelQueue {
  /** Run `job` after the channel's earlier jobs; the returned promise settles with it. */
  run<T>(channel: string, job: () => Promise<T>): Promise<T>;
  /** Resolves when every queued job has settled (tests and shutdown). */
  idle(): Promise<void>;
  /** Jobs queued or running. */
  size(): number;
}

/** A per-channel queue of jobs (in memory: each replica orders its own deliveries). */
export function createChannelQueue(): ChannelQueue {
  const tails = new Map<string, Promise<unknown>>();
  let pending = 0;
  return {
    run<T>(channel: string, job: () => Promise<T>): Promise<T> {
      pending++;
      const previous = tails.get(channel) ?? Promise.resolve();
      const result = previous.then(job, job);
      const tail = result.then(
        () => undefined,
        () => undefined,
      );
      tails.set(channel, tail);
      void tail.then(() => {
        pending--;
        if (tails.get(channel) === tail) tails.delete(channel);
      });
      return result;
    },
    async idle() {
      while (tails.size > 0) await Promise.all([...tails.values()]);
    },
    size: () => pending,
  };
}

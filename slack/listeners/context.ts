/**
 * What every listener receives: the answering dependencies, the per-channel queue, and a guard
 * that reads the organization Bolt's authorize put on the context (never one from the payload).
 */
import type { AnswerDeps } from "../answer-job.ts";
import type { ChannelQueue } from "../channel-queue.ts";

export interface ListenerDeps extends AnswerDeps {
  queue: ChannelQueue;
}

/** The organization id set by slack/tenancy.ts authorize; throws when a listener ran without it. */
export function organizationOf(context: Record<string, unknown>): number {
  const id = context.organizationId;
  if (typeof id !== "number") throw new Error("no organization on the Slack context (authorize did not run)");
  return id;
}

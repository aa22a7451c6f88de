/**
 * Answering one question in Slack: ask the agent in the Slack thread's agent thread, post ONE
 * message built from the answer contract, upload the chart as a PNG to the same thread, and turn
 * any failure into a friendly message (never silence). Status goes to the assistant pane when
 * there is one; tool calls never become messages.
 */
import type { WebClient } from "@slack/web-api";
import type { AgentEvent } from "../agent/contract.ts";
import type { AgentService } from "../agent/service.ts";
import type { Database } from "../db/database.ts";
import { findSlackThread, insertSlackAnswer, saveSlackThread } from "../db/repositories/slack.ts";
import { isAppError } from "../lib/errors.ts";
import type { Logger } from "../lib/logger.ts";
import { buildAnswerMessage, buildErrorMessage, type SlackMessage } from "./blocks/message.ts";
import { provenanceSql } from "./blocks/receipt.ts";
import type { RenderChart } from "./chart-renderer.ts";
import { tenantOfOrganization } from "./tenancy.ts";

export interface AnswerDeps {
  db: Database;
  logger: Logger;
  agent: AgentService;
  now: () => Date;
  /** Vega-Lite spec -> PNG; without it answers are posted without an image. */
  renderChart?: RenderChart;
  /** Observes timings (the Slack benchmark). */
  onTiming?: (t: { answerMs: number; postMs: number; chartMs?: number }) => void;
}

export interface AnswerJob {
  client: WebClient;
  organizationId: number;
  teamId: string;
  channelId: string;
  /** The ts of the thread's first message (a new question's own ts); undefined for a new top-level post. */
  threadTs?: string;
  question?: string;
  clarificationId?: string;
  /** Continue this agent thread (a clarification click) instead of looking the Slack thread up. */
  agentThreadId?: string;
  /** Reply only to this user (slash command `private`): no chart, no thread mapping. */
  ephemeralUser?: string;
  /** Assistant pane status ("is working…"), when the question came from it. */
  setStatus?: (status: string) => Promise<unknown>;
}

/** The role Slack members act with in their organization (schedules and alerts included). */
export const SLACK_ROLE = "analyst";

/** Codes whose message is written for the asker (bad input, unknown names); others stay in the log. */
const USER_FACING = new Set([
  "input.invalid",
  "not_found",
  "catalog.unknown_metric",
  "catalog.unknown_dimension",
]);

/** The reason shown in Slack for a failure: the message for expected errors, a generic line otherwise. */
export function failureReason(e: unknown): string {
  if (isAppError(e) && USER_FACING.has(e.code)) return e.message;
  return "something went wrong on our side (it is logged). Please try again in a minute.";
}

async function post(job: AnswerJob, msg: SlackMessage): Promise<string | undefined> {
  if (job.ephemeralUser) {
    await job.client.chat.postEphemeral({ channel: job.channelId, user: job.ephemeralUser, ...msg });
    return undefined;
  }
  const res = await job.client.chat.postMessage({
    channel: job.channelId,
    ...(job.threadTs ? { thread_ts: job.threadTs } : {}),
    ...msg,
  });
  return res.ts;
}

/**
 * Answer one question (or clarification choice) and post it. Never throws for an answer failure:
 * the failure is posted in the thread; only a failure to post at all is thrown (and logged by Bolt).
 */
export async function runAnswerJob(deps: AnswerDeps, job: AnswerJob): Promise<void> {
  const t0 = performance.now();
  const tenant = await tenantOfOrganization(deps.db, job.organizationId);
  let answer: Awaited<ReturnType<AgentService["ask"]>>;
  try {
    const ref = job.threadTs
      ? { teamId: job.teamId, channelId: job.channelId, threadTs: job.threadTs }
      : undefined;
    const threadId =
      job.agentThreadId ?? (ref ? await findSlackThread(deps.db, job.organizationId, ref) : undefined);
    let lastStatus = "";
    const onEvent = (e: AgentEvent) => {
      if (!job.setStatus || e.type !== "tool_call") return;
      const status = `is running ${e.name.replaceAll("_", " ")}…`;
      if (status === lastStatus) return;
      lastStatus = status;
      job.setStatus(status).catch((err: unknown) => deps.logger.debug({ err }, "Slack setStatus failed"));
    };
    answer = await deps.agent.ask({
      tenant,
      question: job.question,
      clarificationId: job.clarificationId,
      threadId,
      now: deps.now(),
      surface: "slack",
      // A workspace installed for the organization works as an analyst: members may schedule briefs
      // and alerts, which post in the channel they asked in (slack/README.md).
      requester: { role: SLACK_ROLE, slackChannel: job.channelId, actor: `slack:${job.teamId}` },
      onEvent,
    });
    if (ref && !job.ephemeralUser) await saveSlackThread(deps.db, job.organizationId, ref, answer.threadId);
  } catch (e) {
    if (!isAppError(e) || !USER_FACING.has(e.code))
      deps.logger.error({ err: e, organizationId: job.organizationId }, "Slack answer failed");
    await post(job, buildErrorMessage(failureReason(e)));
    return;
  }
  const answerMs = performance.now() - t0;

  const sql = provenanceSql(answer.provenance);
  const answerRef = await insertSlackAnswer(deps.db, {
    organizationId: job.organizationId,
    threadId: answer.threadId,
    teamId: job.teamId,
    channelId: job.channelId,
    threadTs: job.threadTs ?? "",
    sql,
  });
  const msg = buildAnswerMessage(answer, { currency: tenant.currency, answerRef, hasSql: sql.length > 0 });
  const postedTs = await post(job, msg);
  const postMs = performance.now() - t0;
  // A top-level post (slash command) starts the thread: follow-ups in it continue this agent thread.
  const threadTs = job.threadTs ?? postedTs;
  if (!job.threadTs && postedTs) {
    await saveSlackThread(
      deps.db,
      job.organizationId,
      { teamId: job.teamId, channelId: job.channelId, threadTs: postedTs },
      answer.threadId,
    );
  }

  let chartMs: number | undefined;
  if (answer.chart && deps.renderChart && !job.ephemeralUser && threadTs) {
    const c0 = performance.now();
    try {
      const png = await deps.renderChart(answer.chart);
      chartMs = performance.now() - c0;
      if (png) {
        const title = typeof answer.chart.title === "string" ? answer.chart.title : "Chart";
        await job.client.files.uploadV2({
          channel_id: job.channelId,
          thread_ts: threadTs,
          file: png,
          filename: "chart.png",
          title,
          alt_text: title,
        });
      }
    } catch (e) {
      // The numbers are already posted; a chart failure is logged, not shown as a second error.
      deps.logger.warn({ err: e }, "Slack chart upload failed");
    }
  }
  deps.onTiming?.({ answerMs, postMs, chartMs });
}

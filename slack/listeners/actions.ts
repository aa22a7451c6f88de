/**
 * Button clicks: feedback (stored with the answer's thread, like POST /api/v1/feedback), Show SQL
 * (ephemeral) and clarification choices (answered in the same thread with the option id verbatim).
 * A button carries only the stored answer's id; the answer is looked up in the clicking team's
 * organization, so a forged value cannot reach another organization's thread.
 */
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { z } from "zod";
import { findSlackAnswer } from "../../db/repositories/slack.ts";
import { insertFeedback } from "../../db/repositories/threads.ts";
import { runAnswerJob } from "../answer-job.ts";
import { ACTION_IDS, buildErrorMessage, buildFeedbackThanks, buildSqlMessage } from "../blocks/message.ts";
import { type ListenerDeps, organizationOf } from "./context.ts";

const answerRef = z.coerce.number().int().positive();
const clarificationValue = z.object({ a: z.number().int().positive(), o: z.string().min(1).max(200) });
const clickBody = z.object({
  user: z.object({ id: z.string() }),
  channel: z.object({ id: z.string() }),
  message: z.object({ ts: z.string(), thread_ts: z.string().optional() }).optional(),
  container: z.object({ message_ts: z.string().optional(), thread_ts: z.string().optional() }).optional(),
});

/** Register the button listeners. */
export function registerActions(app: App, deps: ListenerDeps): void {
  const gone = buildErrorMessage("that answer is no longer available.");

  for (const [actionId, rating] of [
    [ACTION_IDS.feedbackUp, "up"],
    [ACTION_IDS.feedbackDown, "down"],
  ] as const) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, action, body, context, client }) => {
      await ack();
      const click = clickBody.parse(body);
      const organizationId = organizationOf(context);
      const answer = await findSlackAnswer(deps.db, organizationId, answerRef.parse(action.value));
      const reply = answer ? buildFeedbackThanks(rating) : gone;
      if (answer) await insertFeedback(deps.db, { organizationId, threadId: answer.threadId, rating });
      await client.chat.postEphemeral({ channel: click.channel.id, user: click.user.id, ...reply });
    });
  }

  app.action<BlockAction<ButtonAction>>(
    ACTION_IDS.showSql,
    async ({ ack, action, body, context, client }) => {
      await ack();
      const click = clickBody.parse(body);
      const answer = await findSlackAnswer(deps.db, organizationOf(context), answerRef.parse(action.value));
      const reply = answer ? buildSqlMessage(answer.sql) : gone;
      await client.chat.postEphemeral({ channel: click.channel.id, user: click.user.id, ...reply });
    },
  );

  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^${ACTION_IDS.clarifyPrefix}\\d+$`),
    async ({ ack, action, body, context, client }) => {
      await ack();
      const click = clickBody.parse(body);
      const organizationId = organizationOf(context);
      const choice = clarificationValue.parse(JSON.parse(action.value ?? "null"));
      const answer = await findSlackAnswer(deps.db, organizationId, choice.a);
      const threadTs =
        click.message?.thread_ts ??
        click.container?.thread_ts ??
        click.message?.ts ??
        click.container?.message_ts;
      await deps.queue.run(click.channel.id, async () => {
        if (!answer) {
          await client.chat.postEphemeral({ channel: click.channel.id, user: click.user.id, ...gone });
          return;
        }
        await runAnswerJob(deps, {
          client,
          organizationId,
          teamId: String(context.teamId ?? context.enterpriseId),
          channelId: click.channel.id,
          threadTs,
          clarificationId: choice.o,
          agentThreadId: answer.threadId,
        });
      });
    },
  );
}

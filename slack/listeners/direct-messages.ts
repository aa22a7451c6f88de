/**
 * Direct messages to the app outside the assistant pane: each answered in its own thread
 * (messages inside an assistant thread are handled by listeners/assistant.ts).
 */
import type { App } from "@slack/bolt";
import { z } from "zod";
import { runAnswerJob } from "../answer-job.ts";
import { buildHelpMessage } from "../blocks/message.ts";
import { questionText, wantsHelp } from "../question-text.ts";
import { type ListenerDeps, organizationOf } from "./context.ts";

const directMessage = z.object({
  channel_type: z.literal("im"),
  // Zod 4: an absent key must be optional to pass; any value (an edit, a bot post) fails.
  subtype: z.undefined().optional(),
  bot_id: z.undefined().optional(),
  text: z.string().default(""),
  channel: z.string().min(1),
  ts: z.string().min(1),
  thread_ts: z.string().optional(),
});

/** Register the direct-message listener. */
export function registerDirectMessages(app: App, deps: ListenerDeps): void {
  app.message(async ({ message, context, client }) => {
    const parsed = directMessage.safeParse(message);
    if (!parsed.success) return; // edits, bot posts, channel messages: not questions to us
    const m = parsed.data;
    const threadTs = m.thread_ts ?? m.ts;
    const question = questionText(m.text);
    const organizationId = organizationOf(context);
    await deps.queue.run(m.channel, async () => {
      if (wantsHelp(question)) {
        await client.chat.postMessage({ channel: m.channel, thread_ts: threadTs, ...buildHelpMessage() });
        return;
      }
      await runAnswerJob(deps, {
        client,
        organizationId,
        teamId: String(context.teamId ?? context.enterpriseId),
        channelId: m.channel,
        threadTs,
        question,
      });
    });
  });
}

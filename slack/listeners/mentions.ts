/** `@analyst question` in a channel: one threaded reply (help for an empty mention). */
import type { App } from "@slack/bolt";
import { z } from "zod";
import { runAnswerJob } from "../answer-job.ts";
import { buildHelpMessage } from "../blocks/message.ts";
import { questionText, wantsHelp } from "../question-text.ts";
import { type ListenerDeps, organizationOf } from "./context.ts";

const mentionEvent = z.object({
  text: z.string().default(""),
  channel: z.string().min(1),
  ts: z.string().min(1),
  thread_ts: z.string().optional(),
});

/** Register the app_mention listener. */
export function registerMentions(app: App, deps: ListenerDeps): void {
  app.event("app_mention", async ({ event, context, client }) => {
    const e = mentionEvent.parse(event);
    const threadTs = e.thread_ts ?? e.ts;
    const question = questionText(e.text);
    const organizationId = organizationOf(context);
    await deps.queue.run(e.channel, async () => {
      if (wantsHelp(question)) {
        await client.chat.postMessage({ channel: e.channel, thread_ts: threadTs, ...buildHelpMessage() });
        return;
      }
      await runAnswerJob(deps, {
        client,
        organizationId,
        teamId: String(context.teamId ?? context.enterpriseId),
        channelId: e.channel,
        threadTs,
        question,
      });
    });
  });
}

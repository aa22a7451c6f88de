/**
 * The assistant pane (Bolt's Assistant): suggested prompts when a thread starts, a title and a
 * status while working, the answer posted in the assistant thread.
 */
import { Assistant } from "@slack/bolt";
import { z } from "zod";
import { runAnswerJob } from "../answer-job.ts";
import { buildHelpMessage, EXAMPLE_QUESTIONS } from "../blocks/message.ts";
import { questionText, wantsHelp } from "../question-text.ts";
import { type ListenerDeps, organizationOf } from "./context.ts";

const assistantMessage = z.object({
  text: z.string().default(""),
  channel: z.string().min(1),
  thread_ts: z.string().min(1),
});

/** The Assistant to register with `app.assistant(...)`. */
export function createAssistant(deps: ListenerDeps): Assistant {
  return new Assistant({
    threadStarted: async ({ say, setSuggestedPrompts }) => {
      await say(
        "Hi! Ask me about your marketing numbers. Every answer shows the definitions and dates it used.",
      );
      await setSuggestedPrompts({
        title: "Try one of these:",
        prompts: EXAMPLE_QUESTIONS.map((q) => ({ title: q, message: q })),
      });
    },
    userMessage: async ({ message, context, client, setTitle, setStatus }) => {
      const parsed = assistantMessage.safeParse(message);
      if (!parsed.success) return;
      const m = parsed.data;
      const question = questionText(m.text);
      const organizationId = organizationOf(context);
      await deps.queue.run(m.channel, async () => {
        if (wantsHelp(question)) {
          await client.chat.postMessage({
            channel: m.channel,
            thread_ts: m.thread_ts,
            ...buildHelpMessage(),
          });
          return;
        }
        await setTitle(question.slice(0, 100));
        await setStatus("is looking at the numbers…");
        await runAnswerJob(deps, {
          client,
          organizationId,
          teamId: String(context.teamId ?? context.enterpriseId),
          channelId: m.channel,
          threadTs: m.thread_ts,
          question,
          setStatus: (status) => setStatus(status),
        });
      });
    },
  });
}

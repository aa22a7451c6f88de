/**
 * `/analyst question` (in the channel) or `/analyst private question` (only the asker sees it).
 * Acknowledged at once (Slack's 3 seconds); the answer follows as its own message.
 */
import type { App } from "@slack/bolt";
import { z } from "zod";
import { runAnswerJob } from "../answer-job.ts";
import { buildHelpMessage } from "../blocks/message.ts";
import { parseManageCommand, runManageCommand } from "../manage.ts";
import { questionText, wantsHelp } from "../question-text.ts";
import { tenantOfOrganization } from "../tenancy.ts";
import { type ListenerDeps, organizationOf } from "./context.ts";

/** The slash command's name (slack/manifest.yaml). */
export const SLASH_COMMAND = "/analyst";

const commandBody = z.object({
  text: z.string().default(""),
  channel_id: z.string().min(1),
  user_id: z.string().min(1),
});

/** Split "private question" into the visibility and the question. */
export function parseCommandText(text: string): { private: boolean; question: string } {
  const m = /^\s*(private|-p)\s+(.*)$/is.exec(text);
  return m
    ? { private: true, question: questionText(m[2]!) }
    : { private: false, question: questionText(text) };
}

/** Register the slash command listener. */
export function registerCommand(app: App, deps: ListenerDeps): void {
  app.command(SLASH_COMMAND, async ({ command, ack, context, client, respond }) => {
    const c = commandBody.parse(command);
    const parsed = parseCommandText(c.text);
    if (wantsHelp(parsed.question)) {
      await ack({ response_type: "ephemeral", ...buildHelpMessage() });
      return;
    }
    // "list schedules", "delete alert 2": answered in the acknowledgement itself (one quick query).
    const manage = parseManageCommand(parsed.question);
    if (manage) {
      const org = await tenantOfOrganization(deps.db, organizationOf(context));
      const text = await runManageCommand(deps, org, manage, `slack:${c.user_id}`);
      await ack({ response_type: "ephemeral", text });
      return;
    }
    await ack({ response_type: "ephemeral", text: `Looking into “${parsed.question.slice(0, 200)}”…` });
    const organizationId = organizationOf(context);
    void deps.queue
      .run(c.channel_id, () =>
        runAnswerJob(deps, {
          client,
          organizationId,
          teamId: String(context.teamId ?? context.enterpriseId),
          channelId: c.channel_id,
          question: parsed.question,
          ...(parsed.private ? { ephemeralUser: c.user_id } : {}),
        }),
      )
      .catch(async (e: unknown) => {
        // Posting failed (e.g. the app is not in the channel): tell the asker through response_url.
        deps.logger.warn({ err: e }, "Slack slash command answer could not be posted");
        await respond({
          response_type: "ephemeral",
          text: "I couldn't post in this channel. Invite me with /invite @analyst.",
        }).catch(() => undefined);
      });
  });
}

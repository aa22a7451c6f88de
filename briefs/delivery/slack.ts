/**
 * Slack delivery: `chat.postMessage` with the organization's bot token from its Slack installation
 * (slack_installations, written by the OAuth install or the single-workspace binding), falling back
 * to SLACK_BOT_TOKEN for the organization SLACK_ORG names.
 */
import type { Queryable } from "../../db/database.ts";
import type { DeliveryMessage, SendResult } from "./message.ts";

export interface SlackDeliveryConfig {
  /** Slack Web API base, e.g. https://slack.com/api (SLACK_API_URL in tests). */
  apiUrl: string;
  /** SLACK_BOT_TOKEN and the organization it serves in single-workspace mode. */
  singleWorkspace?: { botToken: string; organizationId: number };
}

/** The bot token that posts for `organizationId`, or undefined when Slack is not set up for it. */
export async function slackTokenFor(
  db: Queryable,
  config: SlackDeliveryConfig,
  organizationId: number,
): Promise<string | undefined> {
  const rows = await db.query<{ bot_token: string | null }>(
    "SELECT bot_token FROM slack_installations WHERE organization_id = $1 ORDER BY updated_at DESC",
    [organizationId],
  );
  const stored = rows.find((r) => r.bot_token)?.bot_token;
  if (stored) return stored;
  if (config.singleWorkspace?.organizationId === organizationId) return config.singleWorkspace.botToken;
  return undefined;
}

/** Post the message; Slack answers 200 with `ok: false` on errors, which is a failed attempt. */
export async function sendSlack(
  db: Queryable,
  config: SlackDeliveryConfig,
  organizationId: number,
  channel: string,
  message: DeliveryMessage,
): Promise<SendResult> {
  const token = await slackTokenFor(db, config, organizationId);
  if (!token) return { ok: false, error: "Slack is not installed for this organization" };
  const link = message.link ? `\n<${message.link}|Ask about it in the chat>` : "";
  try {
    const res = await fetch(`${config.apiUrl.replace(/\/$/, "")}/chat.postMessage`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify({
        channel: channel.replace(/^#/, ""),
        text: `*${message.title}*\n${message.text}${link}`,
        unfurl_links: false,
      }),
      signal: AbortSignal.timeout(10_000),
    });
    const json = (await res.json().catch(() => ({}))) as { ok?: boolean; error?: string };
    if (res.ok && json.ok) return { ok: true, httpStatus: res.status };
    return { ok: false, httpStatus: res.status, error: `Slack: ${json.error ?? `HTTP ${res.status}`}` };
  } catch (e) {
    return { ok: false, error: `Slack: ${(e as Error).message}` };
  }
}

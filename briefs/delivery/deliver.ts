/**
 * One entry point for every destination kind. Each sender returns a SendResult and never throws,
 * so the scheduler records one attempt per destination whatever happens.
 */
import type { Queryable } from "../../db/database.ts";
import type { StoredDestination } from "./destinations.ts";
import type { DeliveryContext, DeliveryMessage, SendResult } from "./message.ts";
import { type SlackDeliveryConfig, sendSlack } from "./slack.ts";
import { sendWebhook } from "./webhook.ts";

/** What delivery needs from the service: configuration only, no globals. */
export interface DeliveryDeps {
  db: Queryable;
  now: () => Date;
  /** WEBHOOK_ALLOW_PRIVATE=1. */
  allowPrivateWebhooks: boolean;
  /** Present when Slack is configured. */
  slack?: SlackDeliveryConfig;
  /** Present when SMTP_URL is set. */
  email?: (to: readonly string[], message: DeliveryMessage) => Promise<SendResult>;
}

export type Deliver = (
  dest: StoredDestination,
  message: DeliveryMessage,
  ctx: DeliveryContext,
) => Promise<SendResult>;

/** A deliver function over the configured channels. */
export function createDeliver(deps: DeliveryDeps): Deliver {
  return async (dest, message, ctx) => {
    if (dest.type === "webhook") {
      return sendWebhook(dest, message, ctx, { allowPrivate: deps.allowPrivateWebhooks, now: deps.now });
    }
    if (dest.type === "slack") {
      if (!deps.slack) return { ok: false, error: "Slack is not configured on this service" };
      return sendSlack(deps.db, deps.slack, ctx.organizationId, dest.channel, message);
    }
    if (!deps.email) return { ok: false, error: "e-mail is off: SMTP_URL is not set" };
    return deps.email(dest.to, message);
  };
}

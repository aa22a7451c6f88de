/**
 * Webhook delivery: POST the message as JSON, signed (see signature.ts), through the SSRF guard
 * (ssrf.ts). Uses node:http directly because its `lookup` hook lets the guard check the very
 * address the socket connects to, and because it never follows redirects (a 3xx is a failure).
 */
import http from "node:http";
import https from "node:https";
import type { DeliveryContext, DeliveryMessage, SendResult } from "./message.ts";
import { signWebhook } from "./signature.ts";
import { guardedLookup, webhookUrlProblem } from "./ssrf.ts";

export interface WebhookOptions {
  /** WEBHOOK_ALLOW_PRIVATE: allow private and loopback addresses (tests, private networks). */
  allowPrivate: boolean;
  now: () => Date;
  timeoutMs?: number;
}

/** The JSON body a receiver gets. */
export function webhookBody(message: DeliveryMessage, ctx: DeliveryContext): string {
  return JSON.stringify({
    deliveryId: ctx.runId,
    source: ctx.source,
    sourceId: ctx.sourceId,
    period: ctx.periodKey,
    title: message.title,
    text: message.text,
    link: message.link ?? null,
    data: message.data,
  });
}

/** Send one signed webhook; never throws (the outcome is returned and recorded as an attempt). */
export async function sendWebhook(
  dest: { url: string; secret: string },
  message: DeliveryMessage,
  ctx: DeliveryContext,
  opts: WebhookOptions,
): Promise<SendResult> {
  const problem = webhookUrlProblem(dest.url, opts.allowPrivate);
  if (problem) return { ok: false, error: `refused: ${problem}` };
  const body = webhookBody(message, ctx);
  const timestamp = Math.floor(opts.now().getTime() / 1000);
  const url = new URL(dest.url);
  const client = url.protocol === "https:" ? https : http;
  return new Promise<SendResult>((resolve) => {
    const req = client.request(
      url,
      {
        method: "POST",
        lookup: guardedLookup(opts.allowPrivate) as never,
        timeout: opts.timeoutMs ?? 10_000,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          "user-agent": "marketing-analyst-webhook/1",
          "x-timestamp": String(timestamp),
          "x-signature": signWebhook(dest.secret, timestamp, body),
          "x-delivery-id": String(ctx.runId),
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => {
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve({ ok: true, httpStatus: status });
          else if (status >= 300 && status < 400)
            resolve({ ok: false, httpStatus: status, error: "redirects are not followed" });
          else resolve({ ok: false, httpStatus: status, error: `HTTP ${status}` });
        });
      },
    );
    req.on("timeout", () => req.destroy(new Error("timed out")));
    req.on("error", (e) => resolve({ ok: false, error: e.message }));
    req.end(body);
  });
}

/**
 * Test helpers for the Slack app (tests only; imports msw): Slack-signed requests, a recording msw
 * stand-in for the Slack Web API, and a 1x1 PNG for the chart renderer's place.
 */
import { createHmac } from "node:crypto";
import { HttpResponse, http } from "msw";

/** A valid 1x1 transparent PNG. */
export const TINY_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

/** Headers Slack sends with a request body signed by `secret` (HMAC-SHA256 of `v0:ts:body`). */
export function slackSignature(secret: string, body: string, ts = Math.floor(Date.now() / 1000)) {
  const sig = `v0=${createHmac("sha256", secret).update(`v0:${ts}:${body}`).digest("hex")}`;
  return { "x-slack-signature": sig, "x-slack-request-timestamp": String(ts) };
}

/** One Web API call as the stand-in received it: the method, the token and the form/JSON fields. */
export interface SlackCall {
  method: string;
  token: string | undefined;
  args: Record<string, unknown>;
  at: number;
}

/** Decode a WebClient request body (form-encoded, JSON-valued fields parsed back). */
async function decode(request: Request): Promise<Record<string, unknown>> {
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("application/json")) return (await request.json()) as Record<string, unknown>;
  const form = new URLSearchParams(await request.text());
  const out: Record<string, unknown> = {};
  for (const [k, v] of form) {
    try {
      out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
    } catch {
      out[k] = v;
    }
  }
  return out;
}

/**
 * msw handlers answering the Slack Web API under `base` (e.g. "https://slack.test/api/") like
 * Slack does for the methods this app calls, recording every call. `override` may answer a call
 * first (e.g. a 429), returning undefined to fall through.
 */
export function slackApiStub(base: string) {
  const calls: SlackCall[] = [];
  let ts = 2000;
  let override: ((call: SlackCall, nth: number) => Response | undefined) | undefined;
  const uploadUrl = "https://files.slack.test/upload/F1";
  const handlers = [
    http.post(uploadUrl, () => HttpResponse.text("OK - 68")),
    http.post(`${base}:method`, async ({ request, params }) => {
      const method = String(params.method);
      const args = await decode(request);
      const auth = request.headers.get("authorization");
      const call: SlackCall = {
        method,
        token: auth?.replace(/^Bearer /, "") ?? (typeof args.token === "string" ? args.token : undefined),
        args,
        at: Date.now(),
      };
      calls.push(call);
      const forced = override?.(call, calls.filter((c) => c.method === method).length);
      if (forced) return forced;
      switch (method) {
        case "auth.test":
          return HttpResponse.json({ ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: "T_ACME" });
        case "chat.postMessage":
          ts += 1;
          return HttpResponse.json({ ok: true, channel: args.channel, ts: `${ts}.000100` });
        case "chat.postEphemeral":
          return HttpResponse.json({ ok: true, message_ts: `${ts}.000200` });
        case "files.getUploadURLExternal":
          return HttpResponse.json({ ok: true, upload_url: uploadUrl, file_id: "F1" });
        case "files.completeUploadExternal":
          return HttpResponse.json({ ok: true, files: [{ id: "F1", title: "chart" }] });
        default:
          return HttpResponse.json({ ok: true });
      }
    }),
  ];
  return {
    handlers,
    calls,
    /** Calls of one method (optionally to one channel). */
    of: (method: string, channel?: string) =>
      calls.filter(
        (c) =>
          c.method === method &&
          (channel === undefined || c.args.channel === channel || c.args.channel_id === channel),
      ),
    setOverride(fn: typeof override) {
      override = fn;
    },
    reset() {
      calls.length = 0;
      override = undefined;
    },
  };
}

/**
 * Test support for the OpenAI-compatible model: recorded Chat Completions responses (fixtures/)
 * and an msw handler that replays them, as JSON or as server-sent events depending on the
 * request's `stream` flag, so `ChatOpenAICompletions` really runs without network.
 * For tests only (imports msw, a dev dependency).
 */
import { readFileSync } from "node:fs";
import { delay, type HttpHandler, HttpResponse, http } from "msw";

/** A recorded Chat Completions fixture: the JSON response and its streaming equivalent. */
export interface ChatFixture {
  /** `chat.completion` object, as `POST /chat/completions` returns it. */
  completion: Record<string, unknown>;
  /** `chat.completion.chunk` objects, as the same request with `stream: true` returns them. */
  chunks: Array<Record<string, unknown>>;
}

/** Fixture names under agent/models/fixtures (without `.json` / `.stream.json`). */
export type ChatFixtureName = "roas-by-channel.tool-call" | "roas-by-channel.answer";

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${file}`, import.meta.url), "utf8"));
}

/**
 * Load a recorded response pair.
 * @example loadChatFixture("roas-by-channel.tool-call").completion.choices
 */
export function loadChatFixture(name: ChatFixtureName): ChatFixture {
  return {
    completion: readJson(`${name}.json`) as ChatFixture["completion"],
    chunks: readJson(`${name}.stream.json`) as ChatFixture["chunks"],
  };
}

/**
 * A `text/event-stream` body from completion chunks, one event each, ending with `[DONE]`.
 * `stallAfter` sends that many events and then never ends the stream (a server that hangs midway).
 */
export function sseStream(chunks: ReadonlyArray<unknown>, stallAfter?: number): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const events = [...chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`), "data: [DONE]\n\n"];
  const sent = stallAfter === undefined ? events : events.slice(0, stallAfter);
  return new ReadableStream({
    start(controller) {
      for (const e of sent) controller.enqueue(encoder.encode(e));
      if (stallAfter === undefined) controller.close();
    },
  });
}

/** What the scripted server does for one request. */
export type ScriptedReply =
  | { fixture: ChatFixture | Record<string, unknown>; delayMs?: number; stallAfter?: number }
  | { status: number; body?: Record<string, unknown> }
  | { hangMs: number };

/** A request the scripted server received. */
export interface RecordedRequest {
  url: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}

/** A msw handler replaying replies in order, and what it received. */
export interface ScriptedChatServer {
  handler: HttpHandler;
  requests: RecordedRequest[];
}

function isFixture(f: ChatFixture | Record<string, unknown>): f is ChatFixture {
  return "completion" in f && "chunks" in f;
}

/**
 * An msw handler for `POST <any base>/chat/completions` that answers each request with the next
 * scripted reply (JSON or SSE as the request asks) and records the request. A request beyond the
 * script gets HTTP 500 with an OpenAI-style error naming the problem.
 * @example
 * const api = scriptedChatCompletions([{ fixture: loadChatFixture("roas-by-channel.tool-call") }]);
 * server.use(api.handler);
 */
export function scriptedChatCompletions(replies: ScriptedReply[]): ScriptedChatServer {
  const requests: RecordedRequest[] = [];
  const handler = http.post("*/chat/completions", async ({ request }) => {
    const body = (await request.json()) as Record<string, unknown>;
    requests.push({ url: request.url, headers: Object.fromEntries(request.headers), body });
    const reply = replies[requests.length - 1];
    if (reply === undefined) {
      return HttpResponse.json(
        { error: { message: `unexpected request #${requests.length}`, type: "server_error", code: null } },
        { status: 500 },
      );
    }
    if ("hangMs" in reply) {
      await delay(reply.hangMs);
      return HttpResponse.json({ error: { message: "too late", type: "server_error" } }, { status: 504 });
    }
    if ("status" in reply) {
      const error = {
        message: "The server had an error while processing your request.",
        type: "server_error",
      };
      return HttpResponse.json(reply.body ?? { error }, { status: reply.status });
    }
    if (reply.delayMs !== undefined) await delay(reply.delayMs);
    const f = reply.fixture;
    if (body.stream === true) {
      if (!isFixture(f)) throw new Error("a streaming request needs a fixture with chunks");
      return new HttpResponse(sseStream(f.chunks, reply.stallAfter), {
        headers: { "content-type": "text/event-stream", "cache-control": "no-cache" },
      });
    }
    return HttpResponse.json(isFixture(f) ? f.completion : f);
  });
  return { handler, requests };
}

/** Tool names a recorded request offered the model, in order. */
export function offeredToolNames(request: RecordedRequest): string[] {
  const tools = (request.body.tools ?? []) as Array<{ type?: string; function?: { name?: string } }>;
  return tools.map((t) => (t.type === "function" ? (t.function?.name ?? "?") : `<${t.type}>`));
}

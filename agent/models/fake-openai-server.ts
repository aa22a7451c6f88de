/**
 * A real OpenAI-compatible HTTP server on 127.0.0.1 for fault drills: each `POST /chat/completions`
 * gets whatever the script says (a completion, an HTTP error, a garbage body, or no answer at
 * all), so `ChatOpenAICompletions` runs over a real socket exactly as against a broken Ollama.
 * For tests and benchmarks only; it serves JSON (non-streaming) responses.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";

/** What the server does for one request. */
export type FakeReply =
  | { completion: Record<string, unknown> }
  | { status: number; body: Record<string, unknown> }
  | { garbage: string }
  | { hang: true };

/** One request as the server received it. */
export interface FakeRequest {
  n: number;
  body: {
    messages?: Array<{ role: string; content?: string | null; tool_call_id?: string }>;
    stream?: boolean;
  };
}

/** A running fake server. */
export interface FakeOpenAiServer {
  /** The API root to use as `baseUrl`, e.g. `http://127.0.0.1:41234/v1`. */
  baseUrl: string;
  requests: FakeRequest[];
  /** Stop listening and drop every connection, hanging ones included. */
  close(): Promise<void>;
}

/**
 * A `chat.completion` body with either text or one tool call.
 * @example completion({ id: "chatcmpl-7", toolCall: { name: "query_metrics", args: { metrics: ["roas"] } } })
 */
export function completion(opts: {
  id: string;
  content?: string;
  toolCall?: { id?: string; name: string; args: Record<string, unknown> };
}): Record<string, unknown> {
  const message = opts.toolCall
    ? {
        role: "assistant",
        content: null,
        tool_calls: [
          {
            id: opts.toolCall.id ?? "call_0",
            type: "function",
            function: { name: opts.toolCall.name, arguments: JSON.stringify(opts.toolCall.args) },
          },
        ],
      }
    : { role: "assistant", content: opts.content ?? "" };
  return {
    id: opts.id,
    object: "chat.completion",
    created: 1767261602,
    model: "fake-model",
    choices: [{ index: 0, message, finish_reason: opts.toolCall ? "tool_calls" : "stop", logprobs: null }],
    usage: { prompt_tokens: 100, completion_tokens: 10, total_tokens: 110 },
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: ServerResponse, reply: FakeReply): void {
  if ("hang" in reply) return; // never answer; close() drops the socket
  if ("garbage" in reply) {
    res.writeHead(200, { "content-type": "application/json" }).end(reply.garbage);
    return;
  }
  const status = "status" in reply ? reply.status : 200;
  const body = "status" in reply ? reply.body : reply.completion;
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

/**
 * Start the server on an ephemeral port of 127.0.0.1; `script` decides each reply.
 * @example
 * const fake = await startFakeOpenAiServer(() => ({ status: 500, body: { error: { message: "down" } } }));
 * createAgentService({ ..., openai: { apiKey: "sk-test", baseUrl: fake.baseUrl, model: "m" } });
 */
export async function startFakeOpenAiServer(
  script: (request: FakeRequest) => FakeReply,
): Promise<FakeOpenAiServer> {
  const requests: FakeRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer(async (req, res) => {
    if (req.method !== "POST" || !req.url?.endsWith("/chat/completions")) {
      res.writeHead(404, { "content-type": "application/json" }).end('{"error":{"message":"not found"}}');
      return;
    }
    const request: FakeRequest = { n: requests.length + 1, body: JSON.parse(await readBody(req)) };
    requests.push(request);
    send(res, script(request));
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** True when the current turn (after the last user message) already has a tool result: the model is asked to write its answer. */
export function hasToolResult(request: FakeRequest): boolean {
  const messages = request.body.messages ?? [];
  const lastUser = messages.findLastIndex((m) => m.role === "user");
  return messages.slice(lastUser + 1).some((m) => m.role === "tool");
}

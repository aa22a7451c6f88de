/**
 * A small Slack-compatible Web API server for local demos and the Slack benchmark: answers the
 * methods the Slack app calls (auth.test, chat.postMessage, chat.postEphemeral,
 * files.getUploadURLExternal + upload + files.completeUploadExternal, assistant.threads.*) like
 * Slack does and reports each call. Not a Slack emulator: no channels, permissions or rate limits.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";

/** One call as received: the Web API method (or "upload") and its decoded arguments (no token). */
export interface FakeSlackCall {
  method: string;
  args: Record<string, unknown>;
  bytes?: number;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** Form fields with JSON values (blocks) parsed back, or a JSON body. */
function decode(type: string, body: Buffer): Record<string, unknown> {
  const text = body.toString("utf8");
  if (type.includes("application/json")) return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(text)) {
    try {
      out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
    } catch {
      out[k] = v;
    }
  }
  return out;
}

/**
 * Start the server on 127.0.0.1:`port` (0 picks a free port). `onCall` sees every call as it
 * arrives; GET /calls lists them all.
 */
export async function startFakeSlack(opts: {
  port: number;
  onCall?: (call: FakeSlackCall) => void;
}): Promise<{ server: Server; apiUrl: string; calls: FakeSlackCall[]; close(): Promise<void> }> {
  const calls: FakeSlackCall[] = [];
  let ts = 1_800_000_000;
  let port = opts.port;
  const record = (call: FakeSlackCall) => {
    calls.push(call);
    opts.onCall?.(call);
  };
  const reply = (method: string, args: Record<string, unknown>): Record<string, unknown> => {
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          url: "https://fake.slack.local/",
          team: "Fake",
          user: "analyst",
          team_id: "TFAKE",
          user_id: "UFAKEBOT",
          bot_id: "BFAKE",
        };
      case "chat.postMessage":
        ts += 1;
        return { ok: true, channel: args.channel, ts: `${ts}.000100`, message: { text: args.text } };
      case "chat.postEphemeral":
        return { ok: true, message_ts: `${ts}.000200` };
      case "files.getUploadURLExternal": {
        const id = `F${calls.length}`;
        return { ok: true, upload_url: `http://127.0.0.1:${port}/upload/${id}`, file_id: id };
      }
      case "files.completeUploadExternal":
        return { ok: true, files: (args.files as unknown[]) ?? [] };
      default:
        return { ok: true };
    }
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const body = await readBody(req);
    if (req.method === "GET" && url.pathname === "/calls") {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(calls, null, 2));
      return;
    }
    if (req.method === "POST" && url.pathname.startsWith("/upload/")) {
      record({ method: "upload", args: { file: url.pathname.slice("/upload/".length) }, bytes: body.length });
      res.writeHead(200, { "content-type": "text/plain" }).end(`OK - ${body.length}`);
      return;
    }
    const m = /^\/api\/([\w.]+)$/.exec(url.pathname);
    if (req.method !== "POST" || !m) {
      res
        .writeHead(404, { "content-type": "application/json" })
        .end(JSON.stringify({ ok: false, error: "unknown_method" }));
      return;
    }
    const args = decode(req.headers["content-type"] ?? "", body);
    delete args.token;
    record({ method: m[1]!, args });
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(reply(m[1]!, args)));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  port = typeof address === "object" && address ? address.port : opts.port;
  return {
    server,
    apiUrl: `http://127.0.0.1:${port}/api/`,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

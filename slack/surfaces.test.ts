/**
 * Surfaces and modes without seeded data: single-workspace binding (first team seen, or
 * SLACK_TEAM_ID), direct messages, the assistant pane, and failures as friendly messages. The agent
 * is a stand-in here (answers are tested with the real agent in app.test.ts).
 */
import type { Server } from "node:http";
import { http, passthrough } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { AgentAnswer } from "../agent/contract.ts";
import type { AgentService, AskInput } from "../agent/service.ts";
import { createApp } from "../api/app.ts";
import { insertTestOrganizations, testDeps } from "../api/testing.ts";
import { openTestDatabase } from "../db/connect.ts";
import type { Database } from "../db/database.ts";
import { createThread } from "../db/repositories/threads.ts";
import { AppError } from "../lib/errors.ts";
import { createSlackApp, type SlackRuntime } from "./app.ts";
import type { SlackConfig } from "./config.ts";
import { slackApiStub, slackSignature } from "./testing.ts";

const SECRET = "surfaces-secret";
const API = "https://slack.test/api/";
const stub = slackApiStub(API);
const msw = setupServer(
  ...stub.handlers,
  http.all(/^http:\/\/127\.0\.0\.1:/, () => passthrough()),
);
const until = (fn: () => void) => vi.waitFor(fn, { timeout: 30_000, interval: 20 });

let db: Database;
const asked: AskInput[] = [];
let failWith: Error | undefined;
const agent = {
  modelInfo: { kind: "planner", name: "stand-in" },
  async ask(input: AskInput): Promise<AgentAnswer> {
    asked.push(input);
    if (failWith) throw failWith;
    const thread = await createThread(db, { organizationId: input.tenant.organizationId, surface: "slack" });
    return {
      answer: `answer for org ${input.tenant.organizationId}: ${input.question}`,
      threadId: thread.id,
      data: { columns: [], rows: [] },
      provenance: [],
      toolCalls: [],
      model: { kind: "planner", name: "stand-in" },
      verification: { grounded: true, rebuilt: false },
    };
  },
} as unknown as AgentService;

const servers: Array<{ server: Server; slack: SlackRuntime }> = [];
async function serve(config: Partial<SlackConfig>): Promise<{ url: string; slack: SlackRuntime }> {
  const deps = testDeps(db, { agent });
  const slack = createSlackApp({
    ...deps,
    config: { signingSecret: SECRET, apiUrl: API, orgSlug: "acme", ...config },
  });
  const server = await new Promise<Server>((resolve) => {
    const s = createApp(deps, { slackRouter: slack.router }).listen(0, "127.0.0.1", () => resolve(s));
  });
  servers.push({ server, slack });
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`, slack };
}

let n = 0;
function sendEvent(url: string, team: string, event: Record<string, unknown>) {
  const body = JSON.stringify({
    type: "event_callback",
    team_id: team,
    api_app_id: "A1",
    event_id: `EvS${++n}`,
    event,
    authorizations: [{ team_id: team, user_id: "UBOT", is_bot: true, is_enterprise_install: false }],
  });
  return fetch(`${url}/slack/events`, {
    method: "POST",
    headers: { "content-type": "application/json", ...slackSignature(SECRET, body) },
    body,
  });
}
const mention = (text: string, channel = "C1") => ({
  type: "app_mention",
  user: "U1",
  text: `<@UBOT> ${text}`,
  ts: `${++n}.1`,
  channel,
});

beforeAll(async () => {
  msw.listen({ onUnhandledFrame: "error" });
  db = await openTestDatabase();
  await insertTestOrganizations(db);
});
afterEach(async () => {
  for (const s of servers) await s.slack.idle();
  stub.reset();
  asked.length = 0;
  failWith = undefined;
  await db.query("DELETE FROM slack_installations");
});
afterAll(async () => {
  msw.close();
  for (const s of servers) await new Promise<void>((resolve) => s.server.close(() => resolve()));
  await db.close();
});

describe("single-workspace mode", () => {
  it("binds the first team seen to SLACK_ORG and answers no other team", async () => {
    const { url, slack } = await serve({ botToken: "xoxb-single", orgSlug: "beta-bikes" });
    await sendEvent(url, "T_FIRST", mention("revenue"));
    await until(() => expect(stub.of("chat.postMessage")).toHaveLength(1));
    await sendEvent(url, "T_SECOND", mention("revenue", "C2"));
    await slack.idle();
    await until(() => expect(stub.of("auth.test")).toHaveLength(1));
    expect(stub.of("chat.postMessage", "C2")).toEqual([]);
    const [org] = await db.query<{ id: number }>("SELECT id FROM organizations WHERE slug = 'beta-bikes'");
    expect(asked.map((a) => a.tenant.organizationId)).toEqual([org!.id]);
    expect(stub.of("chat.postMessage")[0]!.token).toBe("xoxb-single");
  });

  it("with SLACK_TEAM_ID answers only that team", async () => {
    const { url, slack } = await serve({ botToken: "xoxb-single", teamId: "T_MINE" });
    await sendEvent(url, "T_OTHER", mention("revenue", "C2"));
    await sendEvent(url, "T_MINE", mention("revenue"));
    await until(() => expect(stub.of("chat.postMessage", "C1")).toHaveLength(1));
    await slack.idle();
    expect(stub.of("chat.postMessage", "C2")).toEqual([]);
  });
});

describe("surfaces", () => {
  it("answers a direct message in its thread and ignores bot posts", async () => {
    const { url, slack } = await serve({ botToken: "xoxb-single" });
    await sendEvent(url, "T1", {
      type: "message",
      channel_type: "im",
      channel: "D1",
      user: "U1",
      text: "spend last week",
      ts: "77.1",
    });
    await sendEvent(url, "T1", {
      type: "message",
      channel_type: "im",
      channel: "D1",
      bot_id: "B2",
      text: "a bot",
      ts: "78.1",
    });
    await until(() => expect(stub.of("chat.postMessage", "D1")).toHaveLength(1));
    await slack.idle();
    expect(stub.of("chat.postMessage", "D1")[0]!.args.thread_ts).toBe("77.1");
    expect(asked.map((a) => a.question)).toEqual(["spend last week"]);
  });

  it("the assistant pane gets suggested prompts, then a title, a status and the answer in its thread", async () => {
    const { url, slack } = await serve({ botToken: "xoxb-single" });
    await sendEvent(url, "T1", {
      type: "assistant_thread_started",
      assistant_thread: { user_id: "U1", channel_id: "D9", thread_ts: "90.1", context: {} },
      event_ts: "90.2",
    });
    await until(() => expect(stub.of("assistant.threads.setSuggestedPrompts")).toHaveLength(1));
    expect((stub.of("assistant.threads.setSuggestedPrompts")[0]!.args.prompts as unknown[]).length).toBe(4);
    await sendEvent(url, "T1", {
      type: "message",
      channel_type: "im",
      channel: "D9",
      user: "U1",
      text: "ROAS last month",
      ts: "91.1",
      thread_ts: "90.1",
    });
    await until(() => expect(stub.of("chat.postMessage", "D9")).toHaveLength(2));
    await slack.idle();
    expect(stub.of("assistant.threads.setTitle")[0]!.args.title).toBe("ROAS last month");
    expect(stub.of("assistant.threads.setStatus")[0]!.args.status).toBe("is looking at the numbers…");
    expect(stub.of("chat.postMessage", "D9")[1]!.args.thread_ts).toBe("90.1");
    expect(asked.map((a) => a.question)).toEqual(["ROAS last month"]);
  });
});

describe("failures", () => {
  it("an unexpected failure becomes a friendly message in the thread, details only in the log", async () => {
    const { url, slack } = await serve({ botToken: "xoxb-single" });
    failWith = new Error("connection reset by the database at 10.0.0.7");
    await sendEvent(url, "T1", mention("revenue"));
    await until(() => expect(stub.of("chat.postMessage")).toHaveLength(1));
    await slack.idle();
    const text = String(stub.of("chat.postMessage")[0]!.args.text);
    expect(text).toBe(
      "Sorry, I couldn't answer that: something went wrong on our side (it is logged). Please try again in a minute.",
    );
  });

  it("an expected error shows its own message", async () => {
    const { url, slack } = await serve({ botToken: "xoxb-single" });
    failWith = new AppError("input.invalid", "question: the question is too long (at most 4000 characters)");
    await sendEvent(url, "T1", mention("revenue"));
    await until(() => expect(stub.of("chat.postMessage")).toHaveLength(1));
    await slack.idle();
    expect(String(stub.of("chat.postMessage")[0]!.args.text)).toBe(
      "Sorry, I couldn't answer that: question: the question is too long (at most 4000 characters)",
    );
  });
});

/**
 * The Slack app end to end: correctly signed requests into the real Bolt ExpressReceiver mounted
 * in our Express app, the real agent on a seeded in-memory database, and msw standing in for the
 * Slack Web API at SLACK_API_URL.
 */
import type { Server } from "node:http";
import { HttpResponse, http, passthrough } from "msw";
import { setupServer } from "msw/node";
import { pino } from "pino";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { AgentAnswer } from "../agent/contract.ts";
import { createApp } from "../api/app.ts";
import { jsonNumberReplacer } from "../api/json-numbers.ts";
import { seedTestData, testDeps } from "../api/testing.ts";
import { openTestDatabase } from "../db/connect.ts";
import type { Database } from "../db/database.ts";
import { createApiKey } from "../db/repositories/api-keys.ts";
import { findOrganizationBySlug } from "../db/repositories/organizations.ts";
import { upsertSlackInstallation } from "../db/repositories/slack.ts";
import { listMessages } from "../db/repositories/threads.ts";
import { createSlackApp, type SlackRuntime } from "./app.ts";
import { metricUnits } from "./blocks/receipt.ts";
import { tableMrkdwn } from "./blocks/table.ts";
import { answerMrkdwn } from "./blocks/text.ts";
import { slackApiStub, slackSignature, TINY_PNG } from "./testing.ts";

const SECRET = "test-signing-secret";
const API = "https://slack.test/api/";
const stub = slackApiStub(API);
const msw = setupServer(
  ...stub.handlers,
  http.all(/^http:\/\/127\.0\.0\.1:/, () => passthrough()),
);

let db: Database;
let server: Server;
let url: string;
let slack: SlackRuntime;
let keys: { acme: string; beta: string };
const logLines: string[] = [];
const chartSpecs: unknown[] = [];

/** Wait for a condition the app reaches asynchronously after acknowledging (a hang guard, not a speed limit). */
const until = (fn: () => void) => vi.waitFor(fn, { timeout: 60_000, interval: 20 });

beforeAll(async () => {
  msw.listen({ onUnhandledFrame: "error" });
  db = await openTestDatabase();
  await seedTestData(db);
  const acme = (await findOrganizationBySlug(db, "acme"))!;
  const beta = (await findOrganizationBySlug(db, "beta-bikes"))!;
  for (const [team, org, token] of [
    ["T_ACME", acme.id, "xoxb-acme"],
    ["T_BETA", beta.id, "xoxb-beta"],
  ] as const) {
    await upsertSlackInstallation(db, {
      teamId: team,
      enterpriseId: null,
      organizationId: org,
      botToken: token,
      botUserId: "UBOT",
      botId: "BBOT",
      installation: null,
    });
  }
  keys = {
    acme: (await createApiKey(db, { organizationId: acme.id, role: "analyst" })).key,
    beta: (await createApiKey(db, { organizationId: beta.id, role: "analyst" })).key,
  };
  const logger = pino({ level: "info" }, { write: (line: string) => void logLines.push(line) });
  const deps = testDeps(db, { logger });
  slack = createSlackApp({
    ...deps,
    config: { signingSecret: SECRET, apiUrl: API, orgSlug: "acme" },
    renderChart: async (spec) => {
      chartSpecs.push(spec);
      return TINY_PNG;
    },
    retryConfig: { retries: 2, factor: 1, minTimeout: 10, maxTimeout: 10 },
  });
  const app = createApp(deps, { slackRouter: slack.router });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
}, 120_000);

afterEach(async () => {
  await slack.idle();
  stub.reset();
  logLines.length = 0;
  chartSpecs.length = 0;
});

afterAll(async () => {
  msw.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await slack.stop();
  await db.close();
});

let eventSeq = 0;
/** POST a signed Events API callback for `event` from `team`. */
async function sendEvent(
  team: string,
  event: Record<string, unknown>,
  opts: { eventId?: string; retry?: number } = {},
) {
  const body = JSON.stringify({
    token: "legacy",
    team_id: team,
    api_app_id: "A1",
    type: "event_callback",
    event_id: opts.eventId ?? `Ev${++eventSeq}`,
    event_time: 1,
    event,
    authorizations: [{ team_id: team, user_id: "UBOT", is_bot: true, is_enterprise_install: false }],
  });
  return fetch(`${url}/slack/events`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...slackSignature(SECRET, body),
      ...(opts.retry
        ? { "x-slack-retry-num": String(opts.retry), "x-slack-retry-reason": "http_timeout" }
        : {}),
    },
    body,
  });
}

let ts = 1000;
/** An app_mention event in channel C1 (a new thread unless `threadTs`). */
function mention(text: string, opts: { channel?: string; threadTs?: string } = {}) {
  return {
    type: "app_mention",
    user: "U1",
    text: `<@UBOT> ${text}`,
    ts: `${++ts}.000100`,
    channel: opts.channel ?? "C1",
    event_ts: `${ts}.000100`,
    ...(opts.threadTs ? { thread_ts: opts.threadTs } : {}),
  };
}

/** POST a signed interactivity payload (a button click). */
function sendInteraction(payload: Record<string, unknown>) {
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return fetch(`${url}/slack/events`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...slackSignature(SECRET, body) },
    body,
  });
}

/** The button click Slack sends for `button` on the message posted in `thread`. */
function click(team: string, button: Record<string, unknown>, thread: { channel: string; ts: string }) {
  return sendInteraction({
    type: "block_actions",
    team: { id: team },
    user: { id: "U1", team_id: team },
    api_app_id: "A1",
    token: "legacy",
    trigger_id: "trig",
    channel: { id: thread.channel },
    container: { type: "message", message_ts: "9999.1", channel_id: thread.channel, thread_ts: thread.ts },
    message: { ts: "9999.1", thread_ts: thread.ts, type: "message" },
    actions: [{ ...button, block_id: "b", type: "button", action_ts: "1" }],
  });
}

async function agentsQuery(key: string, question: string): Promise<AgentAnswer> {
  const res = await fetch(`${url}/agents/query`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify({ question }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as AgentAnswer;
}

type Blocks = Array<{
  type: string;
  block_id?: string;
  text?: { text: string };
  elements?: Array<Record<string, unknown>>;
}>;
const blocksOf = (args: Record<string, unknown>) => args.blocks as Blocks;
const sectionText = (blocks: Blocks, id: string) => blocks.find((b) => b.block_id === id)?.text?.text;

describe("Slack receiver", () => {
  it("answers url_verification with the challenge", async () => {
    const body = JSON.stringify({ type: "url_verification", challenge: "ch4ll3nge", token: "x" });
    const res = await fetch(`${url}/slack/events`, {
      method: "POST",
      headers: { "content-type": "application/json", ...slackSignature(SECRET, body) },
      body,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: "ch4ll3nge" });
  });

  it("refuses a bad signature with 401 and answers nothing", async () => {
    const body = JSON.stringify({
      type: "event_callback",
      team_id: "T_ACME",
      event_id: "EvBad",
      event: mention("revenue"),
    });
    const res = await fetch(`${url}/slack/events`, {
      method: "POST",
      headers: { "content-type": "application/json", ...slackSignature("wrong-secret", body) },
      body,
    });
    expect(res.status).toBe(401);
    await slack.idle();
    expect(stub.calls).toEqual([]);
  });
});

describe("a mention", () => {
  it("gets exactly one threaded message with the numbers of /agents/query, and one chart upload", async () => {
    const question = "What was ROAS by channel last month?";
    const event = mention(question);
    const res = await sendEvent("T_ACME", event);
    expect(res.status).toBe(200);
    await until(() => expect(stub.of("files.completeUploadExternal")).toHaveLength(1));
    await slack.idle();

    const posts = stub.of("chat.postMessage");
    expect(posts).toHaveLength(1);
    const post = posts[0]!;
    expect(post.token).toBe("xoxb-acme");
    expect(post.args.channel).toBe("C1");
    expect(post.args.thread_ts).toBe(event.ts);

    const api = await agentsQuery(keys.acme, question);
    const blocks = blocksOf(post.args);
    expect(sectionText(blocks, "answer")).toBe(answerMrkdwn(api.answer));
    expect(sectionText(blocks, "table")).toBe(
      tableMrkdwn(api.data, { currency: "USD", maxRows: 10, metricUnits: metricUnits(api.provenance) }),
    );
    expect(sectionText(blocks, "answer")).toMatch(/\d\.\d\dx/);
    expect(blocks.map((b) => b.type)).toEqual(["section", "section", "context", "actions"]);

    expect(stub.of("files.getUploadURLExternal")).toHaveLength(1);
    const complete = stub.of("files.completeUploadExternal")[0]!;
    expect(complete.args.thread_ts).toBe(event.ts);
    expect(complete.args.channel_id).toBe("C1");
    // The API rounds numbers to 15 significant digits on the wire; the spec is otherwise the same.
    expect(chartSpecs.map((s) => JSON.parse(JSON.stringify(s, jsonNumberReplacer)))).toEqual([api.chart]);
  });

  it("continues the thread's memory for a follow-up in the same thread", async () => {
    const first = mention("spend per platform in September");
    await sendEvent("T_ACME", first);
    await until(() => expect(stub.of("chat.postMessage")).toHaveLength(1));
    await slack.idle();
    await sendEvent("T_ACME", mention("how about August?", { threadTs: first.ts }));
    await until(() => expect(stub.of("chat.postMessage")).toHaveLength(2));
    await slack.idle();

    const [a, b] = stub.of("chat.postMessage");
    expect(b!.args.thread_ts).toBe(first.ts);
    expect(sectionText(blocksOf(a!.args), "answer")).toContain("September");
    // "how about August?" alone names no metric: only the thread's memory makes it spend by platform.
    const followUp = sectionText(blocksOf(b!.args), "answer")!;
    expect(followUp).toContain("August");
    expect(sectionText(blocksOf(b!.args), "table")).toMatch(/Platform|platform/);
    const [row] = await db.query<{ thread_id: string }>(
      "SELECT thread_id FROM slack_threads WHERE thread_ts = $1",
      [first.ts],
    );
    const messages = await listMessages(db, (await findOrganizationBySlug(db, "acme"))!.id, row!.thread_id);
    expect(messages.map((m) => m.content)).toEqual([
      "spend per platform in September",
      expect.any(String),
      "how about August?",
      expect.any(String),
    ]);
  });

  it("renders a clarification as buttons and answers the clicked option id verbatim in the thread", async () => {
    const event = mention("conversions by platform in September");
    await sendEvent("T_ACME", event);
    await until(() => expect(stub.of("chat.postMessage")).toHaveLength(1));
    await slack.idle();
    const clar = blocksOf(stub.of("chat.postMessage")[0]!.args).find((b) => b.block_id === "clarification");
    expect(clar?.elements?.length).toBeGreaterThan(1);
    const button = clar!.elements![1]!;
    const optionId = (JSON.parse(String(button.value)) as { o: string }).o;

    const res = await click(
      "T_ACME",
      { action_id: button.action_id, value: button.value },
      { channel: "C1", ts: event.ts },
    );
    expect(res.status).toBe(200);
    await until(() => expect(stub.of("chat.postMessage")).toHaveLength(2));
    await slack.idle();
    const reply = stub.of("chat.postMessage")[1]!;
    expect(reply.args.thread_ts).toBe(event.ts);
    expect(blocksOf(reply.args).some((b) => b.block_id === "clarification")).toBe(false);
    const [row] = await db.query<{ thread_id: string }>(
      "SELECT thread_id FROM slack_threads WHERE thread_ts = $1",
      [event.ts],
    );
    const messages = await listMessages(db, (await findOrganizationBySlug(db, "acme"))!.id, row!.thread_id);
    expect(messages[2]!.content).toBe(optionId);
  });

  it("answers three deliveries of one event (Slack retries) once", async () => {
    const event = mention("total revenue last month");
    for (const retry of [0, 1, 2]) {
      const res = await sendEvent("T_ACME", event, { eventId: "EvRetry", retry });
      expect(res.status).toBe(200);
    }
    await until(() => expect(logLines.filter((l) => l.includes("already handled"))).toHaveLength(2));
    await until(() => expect(stub.of("chat.postMessage")).toHaveLength(1));
    await slack.idle();
    expect(stub.of("chat.postMessage")).toHaveLength(1);
  });

  it("retries a 429 from Slack after Retry-After and posts once", async () => {
    stub.setOverride((call, nth) =>
      call.method === "chat.postMessage" && nth === 1
        ? HttpResponse.json(
            { ok: false, error: "ratelimited" },
            { status: 429, headers: { "Retry-After": "1" } },
          )
        : undefined,
    );
    await sendEvent("T_ACME", mention("total revenue last month"));
    await until(() => expect(stub.of("chat.postMessage")).toHaveLength(2));
    await slack.idle();
    const [limited, retried] = stub.of("chat.postMessage");
    expect(retried!.at - limited!.at).toBeGreaterThanOrEqual(1000);
    expect(retried!.args.blocks).toEqual(limited!.args.blocks);
  });

  it("gets help with example questions when empty", async () => {
    await sendEvent("T_ACME", { ...mention(""), text: "<@UBOT>" });
    await until(() => expect(stub.of("chat.postMessage")).toHaveLength(1));
    expect(String(stub.of("chat.postMessage")[0]!.args.text)).toBe("Ask me about your marketing numbers.");
  });
});

describe("tenancy", () => {
  it("a team reads only its own organization, and an unknown team gets nothing", async () => {
    const question = "total revenue last month";
    await sendEvent("T_BETA", mention(question, { channel: "CB" }));
    await until(() => expect(stub.of("chat.postMessage", "CB")).toHaveLength(1));
    await slack.idle();
    const post = stub.of("chat.postMessage", "CB")[0]!;
    expect(post.token).toBe("xoxb-beta");
    const beta = await agentsQuery(keys.beta, question);
    const acme = await agentsQuery(keys.acme, question);
    expect(beta.answer).not.toBe(acme.answer);
    expect(sectionText(blocksOf(post.args), "answer")).toBe(answerMrkdwn(beta.answer));
    expect(sectionText(blocksOf(post.args), "answer")).toContain("€");

    await sendEvent("T_EVIL", mention(question, { channel: "CE" }));
    await until(() => expect(logLines.some((l) => l.includes("is not installed"))).toBe(true));
    await slack.idle();
    expect(stub.calls.filter((c) => c.args.channel === "CE")).toEqual([]);
  });

  it("a button from another team cannot reach this organization's answer", async () => {
    const event = mention("total revenue last month");
    await sendEvent("T_ACME", event);
    await until(() => expect(stub.of("chat.postMessage")).toHaveLength(1));
    await slack.idle();
    const actions = blocksOf(stub.of("chat.postMessage")[0]!.args).find(
      (b) => b.block_id === "answer_actions",
    )!;
    const showSql = actions.elements!.find((e) => e.action_id === "show_sql")!;

    await click("T_BETA", { action_id: "show_sql", value: showSql.value }, { channel: "CB", ts: event.ts });
    await until(() => expect(stub.of("chat.postEphemeral")).toHaveLength(1));
    expect(String(stub.of("chat.postEphemeral")[0]!.args.text)).toContain("no longer available");

    await click("T_ACME", { action_id: "show_sql", value: showSql.value }, { channel: "C1", ts: event.ts });
    await until(() => expect(stub.of("chat.postEphemeral")).toHaveLength(2));
    expect(JSON.stringify(stub.of("chat.postEphemeral")[1]!.args.blocks)).toContain(
      "FROM conversions c WHERE c.organization_id = $1",
    );
  });
});

describe("buttons and commands", () => {
  it("stores thumbs-down feedback with the answer's thread", async () => {
    const event = mention("total revenue last month");
    await sendEvent("T_ACME", event);
    await until(() => expect(stub.of("chat.postMessage")).toHaveLength(1));
    await slack.idle();
    const actions = blocksOf(stub.of("chat.postMessage")[0]!.args).find(
      (b) => b.block_id === "answer_actions",
    )!;
    const down = actions.elements!.find((e) => e.action_id === "feedback_down")!;
    await click("T_ACME", { action_id: "feedback_down", value: down.value }, { channel: "C1", ts: event.ts });
    await until(() => expect(stub.of("chat.postEphemeral")).toHaveLength(1));
    const [row] = await db.query<{ thread_id: string }>(
      "SELECT thread_id FROM slack_threads WHERE thread_ts = $1",
      [event.ts],
    );
    const feedback = await db.query<{ rating: string }>("SELECT rating FROM feedback WHERE thread_id = $1", [
      row!.thread_id,
    ]);
    expect(feedback).toEqual([{ rating: "down" }]);
  });

  it("acknowledges /analyst at once and answers in the channel", async () => {
    const body = new URLSearchParams({
      command: "/analyst",
      text: "total revenue last month",
      team_id: "T_ACME",
      channel_id: "C9",
      user_id: "U1",
      response_url: "https://hooks.slack.test/commands/1",
      trigger_id: "t",
      token: "legacy",
      api_app_id: "A1",
    }).toString();
    const res = await fetch(`${url}/slack/events`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...slackSignature(SECRET, body) },
      body,
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { text: string }).text).toContain("Looking into");
    await until(() => expect(stub.of("chat.postMessage", "C9")).toHaveLength(1));
    await slack.idle();
    expect(stub.of("chat.postMessage", "C9")[0]!.args.thread_ts).toBeUndefined();
  });
});

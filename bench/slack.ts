/**
 * `npm run bench -- slack [--data-dir DIR] [--scale N] [--rounds N]`: Slack latency from event
 * receipt to the posted message, over the agent bench's 50-question mix on the local planner.
 * A signed app_mention goes into the real receiver on our Express app; the clock stops when the
 * local Slack-compatible server (scripts/fake-slack-server.ts) receives chat.postMessage.
 * Baseline in the same run: the same questions through the agent service directly (no Slack).
 * Chart rendering is timed separately when slack/chart/render-png.ts is present.
 */
import { createHmac } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import { DatabaseCheckpointSaver } from "../agent/checkpointer/index.ts";
import { createAgentService } from "../agent/service.ts";
import { createApp } from "../api/app.ts";
import { onDataLoaded, prepareOrganizations } from "../api/lifecycle.ts";
import { openDatabase } from "../db/connect.ts";
import { findOrganizationBySlug, listOrganizations } from "../db/repositories/organizations.ts";
import { upsertSlackInstallation } from "../db/repositories/slack.ts";
import { seedDemo } from "../db/seed/seed-demo.ts";
import { silentLogger } from "../lib/logger.ts";
import { startFakeSlack } from "../scripts/fake-slack-server.ts";
import { createLocalEmbedder } from "../semantic/search/embed-local.ts";
import { createSlackApp } from "../slack/app.ts";
import { loadChartRenderer } from "../slack/chart-renderer.ts";
import { QUESTIONS } from "./agent.ts";

const SECRET = "bench-signing-secret";

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { "data-dir": { type: "string" }, scale: { type: "string" }, rounds: { type: "string" } },
  });
  const dataDir = values["data-dir"] ?? path.resolve("tmp/bench-agent-data");
  const scale = Number(values.scale ?? 1);
  const rounds = Number(values.rounds ?? 2);
  const db = await openDatabase({ dataDir });
  await seedDemo(db, { seed: 42, scale, logger: silentLogger, afterLoad: onDataLoaded });
  const embedder = createLocalEmbedder();
  await prepareOrganizations(db, silentLogger, await listOrganizations(db), embedder);
  const acme = (await findOrganizationBySlug(db, "acme"))!;
  const now = new Date("2026-11-01T12:00:00Z");
  const agent = createAgentService({
    db,
    logger: silentLogger,
    checkpointer: new DatabaseCheckpointSaver(db),
    embedder,
  });

  // Its own installation, so a data directory already bound to another team (npm start) works too.
  await upsertSlackInstallation(db, {
    teamId: "TBENCH",
    enterpriseId: null,
    organizationId: acme.id,
    botToken: "xoxb-bench",
    botUserId: "UFAKEBOT",
    botId: "BFAKE",
    installation: null,
  });
  // The clock stops when the fake Slack receives the answer for the channel the question went to.
  const waiting = new Map<string, () => void>();
  const fake = await startFakeSlack({
    port: 0,
    onCall: (call) => {
      if (call.method === "chat.postMessage") waiting.get(String(call.args.channel))?.();
    },
  });
  const renderChart = await loadChartRenderer(silentLogger);
  const chartMs: number[] = [];
  const slack = createSlackApp({
    db,
    logger: silentLogger,
    agent,
    now: () => now,
    config: { signingSecret: SECRET, apiUrl: fake.apiUrl, orgSlug: acme.slug },
    renderChart,
    onTiming: (t) => {
      if (t.chartMs !== undefined) chartMs.push(t.chartMs);
    },
  });
  const app = createApp(
    { db, logger: silentLogger, now: () => now, version: "bench", embedder, agent },
    { slackRouter: slack.router, rateLimitPerMinute: 1e9 },
  );
  const server = app.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;

  let seq = 0;
  const mention = async (question: string): Promise<number> => {
    const n = ++seq;
    const channel = `CBENCH${n}`;
    const body = JSON.stringify({
      type: "event_callback",
      team_id: "TBENCH",
      api_app_id: "A1",
      event_id: `EvBench${Date.now()}-${n}`,
      event_time: 1,
      event: {
        type: "app_mention",
        user: "U1",
        text: `<@UFAKEBOT> ${question}`,
        ts: `${n}.0001`,
        channel,
        event_ts: `${n}.0001`,
      },
      authorizations: [
        { team_id: "TBENCH", user_id: "UFAKEBOT", is_bot: true, is_enterprise_install: false },
      ],
    });
    const ts = Math.floor(Date.now() / 1000);
    const sig = `v0=${createHmac("sha256", SECRET).update(`v0:${ts}:${body}`).digest("hex")}`;
    // A hang guard (a refused or lost event would otherwise wait forever), not a speed limit.
    const posted = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no chat.postMessage within 60 s for '${question}'`)),
        60_000,
      );
      waiting.set(channel, () => {
        clearTimeout(timer);
        resolve();
      });
    });
    const t0 = performance.now();
    const res = await fetch(`${base}/slack/events`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-slack-signature": sig,
        "x-slack-request-timestamp": String(ts),
      },
      body,
    });
    if (res.status !== 200) throw new Error(`status ${res.status} for ${question}`);
    await posted;
    const ms = performance.now() - t0;
    waiting.delete(channel);
    await slack.idle(); // the chart upload (when any) finishes before the next question
    return ms;
  };
  const direct = async (question: string): Promise<number> => {
    const t0 = performance.now();
    await agent.ask({ tenant: { ...acme, organizationId: acme.id }, question, now, surface: "slack" });
    return performance.now() - t0;
  };

  for (const q of QUESTIONS) await mention(q); // warm-up: JIT, caches, PGlite buffers, auth.test
  chartMs.length = 0;
  const slackMs: number[] = [];
  const agentMs: number[] = [];
  // Alternate Slack and direct per question so both see the same machine load.
  for (let r = 0; r < rounds; r++) {
    for (const q of QUESTIONS) {
      slackMs.push(await mention(q));
      agentMs.push(await direct(q));
    }
  }
  slackMs.sort((a, b) => a - b);
  agentMs.sort((a, b) => a - b);
  chartMs.sort((a, b) => a - b);
  const p = (xs: number[], q: number) => percentile(xs, q).toFixed(1);
  console.log(
    `slack bench: ${QUESTIONS.length} questions x ${rounds} rounds, local planner, embedded PGlite, scale ${scale}`,
  );
  console.log(`  baseline agent.ask (no Slack)          p50 ${p(agentMs, 50)} ms  p95 ${p(agentMs, 95)} ms`);
  console.log(
    `  event receipt -> chat.postMessage      p50 ${p(slackMs, 50)} ms  p95 ${p(slackMs, 95)} ms  max ${p(slackMs, 100)} ms`,
  );
  console.log(
    `  Slack vs baseline: p50 ${(percentile(slackMs, 50) / percentile(agentMs, 50)).toFixed(2)}x, p95 ${(percentile(slackMs, 95) / percentile(agentMs, 95)).toFixed(2)}x`,
  );
  if (!renderChart) console.log("  chart rendering: not measured (slack/chart/render-png.ts is not present)");
  else if (chartMs.length === 0) console.log("  chart rendering: no answer had a chart");
  else
    console.log(
      `  chart rendering (${chartMs.length} charts, after the message)  p50 ${p(chartMs, 50)} ms  p95 ${p(chartMs, 95)} ms`,
    );
  server.close();
  await slack.stop();
  await fake.close();
  await db.close();
}

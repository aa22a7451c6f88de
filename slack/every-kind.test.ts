/**
 * Every surface shows its answers (#12): each kind of answer (journeys, funnel, cohorts, profit,
 * budget, recommendations, the brief, overview, explanations, anomalies, paid vs organic) is asked
 * once on seeded demo data, and each surface's payload must carry the chart and the rows:
 * - `/agents/query`: `data.rows`, `chart` and `provenance` (the receipt);
 * - the web chat (`/api/v1/chat`): the `data-answer` part, whose chart, rows and provenance the web
 *   app renders as the chart part, the table part and the receipt;
 * - Slack (`runAnswerJob`, what the Bolt listeners call): the posted blocks hold the table and the
 *   receipt, and the chart is uploaded as a PNG in the thread.
 */
import type { WebClient } from "@slack/web-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AgentAnswer } from "../agent/contract.ts";
import { apiFetch, seedTestData, startTestApi, type TestApi, testDeps } from "../api/testing.ts";
import { openTestDatabase } from "../db/connect.ts";
import type { Database } from "../db/database.ts";
import { silentLogger } from "../lib/logger.ts";
import { runAnswerJob } from "./answer-job.ts";
import { loadChartRenderer, type RenderChart } from "./chart-renderer.ts";

/** One question per kind of answer, in a marketer's words. */
const KINDS: ReadonlyArray<readonly [kind: string, question: string]> = [
  ["journeys: top paths", "top converting paths last month"],
  ["journeys: path length", "how many touchpoints before a purchase last month"],
  ["journeys: time to convert", "how long does it take customers to convert"],
  ["journeys: assists", "which channels assist conversions last month"],
  ["funnel", "conversion funnel last month"],
  ["funnel comparison", "conversion funnel last month compared with september"],
  ["cohorts: LTV", "LTV by channel"],
  ["cohorts: retention", "monthly cohort retention table"],
  ["profitability", "which channels are profitable after margin last month"],
  ["budget split", "how should I split $50k next month"],
  ["budget what-if", "what if we cut display by 30% next month"],
  ["recommendations", "what should we focus on"],
  ["brief", "write the weekly summary"],
  ["overview", "how are we doing"],
  ["explain_change", "why did revenue change last week"],
  ["anomalies", "any anomalies in sessions in march"],
  ["paid vs organic", "revenue paid vs organic last month"],
];

/** The UI message stream's chunks (SSE `data:` lines, JSON each, until [DONE]). */
async function chunks(res: Response): Promise<Array<Record<string, unknown>>> {
  const text = await res.text();
  return text
    .split("\n")
    .filter((l) => l.startsWith("data: ") && l !== "data: [DONE]")
    .map((l) => JSON.parse(l.slice(6)) as Record<string, unknown>);
}

/** What a surface showed: a chart, how many table rows, and whether a receipt came with it. */
interface Shown {
  chart: boolean;
  rows: number;
  receipt: boolean;
}

const fromContract = (a: AgentAnswer): Shown => ({
  chart: a.chart !== undefined,
  rows: a.data.rows.length,
  receipt: a.provenance.length > 0,
});

let db: Database;
let api: TestApi;
let render: RenderChart | undefined;

beforeAll(async () => {
  db = await openTestDatabase();
  await seedTestData(db);
  api = await startTestApi({ db });
  render = await loadChartRenderer(silentLogger);
}, 300_000);
afterAll(async () => {
  await api.close();
  await db.close();
});

/** Ask through Slack's answer job with a recording client; what the posted message and upload held. */
async function askSlack(question: string): Promise<Shown & { png: boolean }> {
  const posted: Array<{ blocks?: Array<{ block_id?: string; text?: { text?: string } }> }> = [];
  const uploads: Buffer[] = [];
  const client = {
    chat: {
      postMessage: async (msg: (typeof posted)[number]) => {
        posted.push(msg);
        return { ok: true, ts: "1700000000.000100" };
      },
    },
    files: {
      uploadV2: async (args: { file: Buffer }) => {
        uploads.push(args.file);
        return { ok: true };
      },
    },
  } as unknown as WebClient;
  const deps = testDeps(db);
  await runAnswerJob(
    {
      db,
      logger: silentLogger,
      agent: deps.agent,
      now: deps.now,
      ...(render ? { renderChart: render } : {}),
    },
    { client, organizationId: api.orgs.acme, teamId: "T1", channelId: "C1", threadTs: "1.1", question },
  );
  const blocks = posted[0]?.blocks ?? [];
  const table = blocks.find((b) => b.block_id === "table")?.text?.text ?? "";
  const png = uploads.length === 1 && uploads[0]!.subarray(1, 4).toString("ascii") === "PNG";
  return {
    chart: uploads.length > 0,
    png,
    // The table is a code block: a header line, a rule, then one line per row.
    rows: table ? Math.max(0, (table.split("```")[1] ?? "").split("\n").filter(Boolean).length - 2) : 0,
    receipt: blocks.some((b) => b.block_id === "receipt"),
  };
}

describe("every kind of answer on every surface", () => {
  it.each(KINDS)("%s: chart and rows on /agents/query, the web chat and Slack", async (_kind, question) => {
    const res = await apiFetch(api, "/agents/query", { key: api.keys.analyst, body: { question } });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as AgentAnswer;
    expect(answer.clarification).toBeUndefined();
    const query = fromContract(answer);

    const chat = await apiFetch(api, "/api/v1/chat", { key: api.keys.analyst, body: { question } });
    const part = (await chunks(chat)).find((p) => p.type === "data-answer");
    const web = fromContract(part!.data as AgentAnswer);

    const slack = await askSlack(question);
    expect({ query, web, slack: { ...slack, png: undefined } }).toEqual({
      query: { chart: true, rows: expect.any(Number), receipt: true },
      web: { chart: true, rows: query.rows, receipt: true },
      slack: { chart: true, rows: expect.any(Number), receipt: true, png: undefined },
    });
    expect(query.rows).toBeGreaterThan(0);
    expect(slack.rows).toBeGreaterThan(0);
    expect(slack.png || render === undefined).toBe(true);
  });
});

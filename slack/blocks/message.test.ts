import { describe, expect, it } from "vitest";
import type { AgentAnswer } from "../../agent/contract.ts";
import { findLimitViolations } from "./limits.ts";
import {
  buildAnswerMessage,
  buildErrorMessage,
  buildHelpMessage,
  buildSqlMessage,
  clarificationBlocks,
  MAX_CLARIFICATION_OPTIONS,
} from "./message.ts";

const ROAS: AgentAnswer = {
  answer: "For October 1–31, 2026:\nReturn on ad spend by channel:\n- display: 1.61x\n- affiliate: 1.04x",
  threadId: "t1",
  data: {
    columns: [
      { key: "channel", label: "Channel" },
      { key: "roas", label: "Return on ad spend", unit: "ratio", format: "multiplier" },
    ],
    rows: [
      { channel: "display", roas: 1.6081877612260207 },
      { channel: "affiliate", roas: 1.0435653766888024 },
      { channel: "direct", roas: null },
    ],
  },
  provenance: [
    {
      tool: "query_metrics",
      definitions: [{ key: "roas", label: "Return on ad spend", unit: "ratio", formula: "revenue / spend" }],
      timeRange: { from: "2026-10-01", to: "2026-10-31", timeZone: "America/New_York" },
      filters: [{ field: "platform", op: "in", values: ["meta", "google_ads"] }],
      dataFreshness: { adSpendThrough: "2026-10-31" },
      attribution: { model: "last_touch", source: "table", lookbackDays: 30 },
      sql: { rows: "SELECT 1", totals: "SELECT 2" },
    },
  ],
  toolCalls: [],
  model: { kind: "planner", name: "local-planner" },
  verification: { grounded: true, rebuilt: false },
};

describe("buildAnswerMessage", () => {
  it("renders text, table, receipt and buttons exactly", () => {
    expect(buildAnswerMessage(ROAS, { currency: "USD", answerRef: 7, hasSql: true })).toEqual({
      text: "For October 1–31, 2026:",
      blocks: [
        {
          type: "section",
          block_id: "answer",
          text: {
            type: "mrkdwn",
            text: "For October 1–31, 2026:\nReturn on ad spend by channel:\n• display: 1.61x\n• affiliate: 1.04x",
          },
        },
        {
          type: "section",
          block_id: "table",
          text: {
            type: "mrkdwn",
            text: "```\nChannel    Return on ad spend\n---------  ------------------\ndisplay    1.61x\naffiliate  1.04x\ndirect     –\n```",
          },
        },
        {
          type: "context",
          block_id: "receipt",
          elements: [
            { type: "mrkdwn", text: "*Definitions:* Return on ad spend = revenue / spend" },
            { type: "mrkdwn", text: "*Dates:* October 1–31, 2026 (America/New_York)" },
            { type: "mrkdwn", text: "*Filters:* platform in meta, google_ads" },
            { type: "mrkdwn", text: "*Attribution:* last_touch, 30-day lookback" },
            { type: "mrkdwn", text: "*Data through:* October 31, 2026" },
            { type: "mrkdwn", text: "*Model:* local-planner · every number checked against the data" },
          ],
        },
        {
          type: "actions",
          block_id: "answer_actions",
          elements: [
            {
              type: "button",
              text: { type: "plain_text", text: "👍", emoji: true },
              action_id: "feedback_up",
              value: "7",
            },
            {
              type: "button",
              text: { type: "plain_text", text: "👎", emoji: true },
              action_id: "feedback_down",
              value: "7",
            },
            {
              type: "button",
              text: { type: "plain_text", text: "Show SQL", emoji: true },
              action_id: "show_sql",
              value: "7",
            },
          ],
        },
      ],
    });
  });

  it("formats comparison cells with the definition's unit and says how many rows were left out", () => {
    const rows = Array.from({ length: 13 }, (_, i) => ({
      channel: `c${i}`,
      revenue: { current: 1000 + i, previous: 900, change: 100 + i, percentChange: (100 + i) / 900 },
    }));
    const msg = buildAnswerMessage(
      {
        ...ROAS,
        data: { columns: [{ key: "metric", label: "Metric" }], rows },
        provenance: [{ definitions: [{ key: "revenue", label: "Revenue", unit: "currency" }] }],
      },
      { currency: "EUR" },
    );
    const table = (msg.blocks[1] as { text: { text: string } }).text.text;
    expect(table.split("\n").slice(0, 4)).toEqual([
      "```",
      "channel  revenue",
      "-------  ------------------",
      "c0       €1,000.00 (+11.1%)",
    ]);
    expect(table.endsWith("```\n…and 3 more rows")).toBe(true);
    expect(msg.blocks.some((b) => b.type === "actions")).toBe(false);
  });

  it("cuts a long answer at a line with '…and N more lines' and stays within every limit", () => {
    const long = Array.from({ length: 400 }, (_, i) => `- line ${i} ${"x".repeat(20)}`).join("\n");
    const msg = buildAnswerMessage({ ...ROAS, answer: long }, { currency: "USD", answerRef: 1 });
    const text = (msg.blocks[0] as { text: { text: string } }).text.text;
    expect(text.length).toBeLessThanOrEqual(3000);
    expect(text).toMatch(/\n…and \d+ more lines$/);
    expect(findLimitViolations(msg)).toEqual([]);
  });

  it("escapes Slack markup in the answer", () => {
    const msg = buildAnswerMessage({ ...ROAS, answer: "<!channel> a & b" }, { currency: "USD" });
    expect((msg.blocks[0] as { text: { text: string } }).text.text).toBe("&lt;!channel&gt; a &amp; b");
  });
});

describe("clarificationBlocks", () => {
  it("renders one button per option carrying the option id verbatim", () => {
    expect(
      clarificationBlocks(
        { question: "Which revenue?", options: [{ id: "metric:revenue", label: "Revenue" }] },
        3,
      ),
    ).toEqual([
      {
        type: "actions",
        block_id: "clarification",
        elements: [
          {
            type: "button",
            text: { type: "plain_text", text: "Revenue", emoji: true },
            action_id: "clarify:0",
            value: '{"a":3,"o":"metric:revenue"}',
          },
        ],
      },
    ]);
  });

  it("keeps at most 24 buttons with long labels clipped, and counts the rest", () => {
    const options = Array.from({ length: 30 }, (_, i) => ({
      id: `o${i}`,
      label: `Option ${i} ${"y".repeat(100)}`,
    }));
    const blocks = clarificationBlocks({ question: "?", options }, 1);
    expect((blocks[0] as { elements: unknown[] }).elements).toHaveLength(MAX_CLARIFICATION_OPTIONS);
    expect(blocks[1]).toEqual({
      type: "context",
      elements: [{ type: "mrkdwn", text: "…and 6 more options" }],
    });
    expect(findLimitViolations({ blocks })).toEqual([]);
  });
});

describe("other messages", () => {
  it("help lists example questions", () => {
    expect(buildHelpMessage().blocks[0]).toEqual({
      type: "section",
      text: {
        type: "mrkdwn",
        text: "Ask me about your marketing numbers: spend, revenue, ROAS, CPA, attribution, anomalies, budget splits. For example:\n• What was ROAS by channel last month?\n• October vs September revenue by channel\n• Why did revenue drop last week?\n• How should I split $50k next month?",
      },
    });
  });

  it("an error is a friendly sentence", () => {
    expect(buildErrorMessage("the question is empty")).toEqual({
      text: "Sorry, I couldn't answer that: the question is empty",
      blocks: [
        {
          type: "section",
          text: { type: "mrkdwn", text: "Sorry, I couldn't answer that: the question is empty" },
        },
      ],
    });
  });

  it("Show SQL puts each statement in a code block and caps the blocks", () => {
    expect(buildSqlMessage(["SELECT a < b"]).blocks).toEqual([
      { type: "section", text: { type: "mrkdwn", text: "```\nSELECT a &lt; b\n```" } },
    ]);
    const many = buildSqlMessage(Array.from({ length: 60 }, () => `SELECT ${"x".repeat(5000)}`));
    expect(findLimitViolations(many)).toEqual([]);
    expect(many.blocks).toHaveLength(50);
  });
});

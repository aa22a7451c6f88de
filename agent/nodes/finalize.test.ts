/**
 * The finalize node's honesty rules: a chart type named in the question, a wrong premise ("why did
 * revenue drop" when it rose) and an answer whose figures could not all be checked.
 */
import { AIMessage, HumanMessage, ToolMessage } from "@langchain/core/messages";
import { describe, expect, it, vi } from "vitest";
import type { ExplainChangeData } from "../../tools/explain-change/execute.ts";
import { ok } from "../../tools/result.ts";
import type { AgentAnswer } from "../contract.ts";
import type { AgentStateUpdate, AgentStateValue } from "../state.ts";
import { createFinalizeNode, UNVERIFIED_NOTICE } from "./finalize.ts";

const present = { currency: "USD", timeZone: "America/New_York" };
const model = { kind: "planner" as const, name: "local-planner" };

function state(
  question: string,
  name: string,
  args: Record<string, unknown>,
  data: unknown,
): AgentStateValue {
  const call = { id: "call-1", name, args, type: "tool_call" as const };
  return {
    messages: [
      new HumanMessage(question),
      new AIMessage({ content: "", tool_calls: [call] }),
      new ToolMessage({ content: "{}", tool_call_id: "call-1", artifact: ok(data) }),
      new AIMessage({ content: "" }),
    ],
    modelCalls: 1,
    fallback: "",
    answer: undefined,
  };
}

const spendByChannel = {
  columns: [
    { key: "channel", label: "Channel", kind: "dimension" },
    { key: "spend", label: "Ad spend", kind: "metric", unit: "currency", format: "currency" },
  ],
  rows: [
    { channel: "paid_search", spend: 300 },
    { channel: "display", spend: 100 },
  ],
  totals: { spend: 400 },
  provenance: {
    definitions: [],
    timeRange: { from: "2026-10-01", to: "2026-10-31", timeZone: "America/New_York" },
    filters: [],
    rowCount: 2,
    dataFreshness: { adSpendThrough: "2026-10-31" },
    sql: { rows: "", totals: "", params: [] },
  },
};

function explanation(current: number, base: number): ExplainChangeData {
  return {
    metric: "revenue",
    definition: { label: "Revenue", unit: "currency", format: "currency", higherIsBetter: true },
    period: { from: "2026-10-19", to: "2026-10-25", timeZone: "America/New_York" },
    basePeriod: { from: "2026-10-12", to: "2026-10-18" },
    byDimension: [
      {
        dimension: "channel",
        kind: "additive",
        current,
        base,
        change: current - base,
        pctChange: (current - base) / base,
        contributions: [{ member: "email", base, current, contribution: current - base }],
        otherContribution: 0,
        labels: { email: "Email" },
      },
    ],
    provenance: {
      definitions: [],
      shape: { kind: "additive", metric: "revenue" },
      timeZone: "America/New_York",
      filters: [],
      attribution: null,
      method: "each member's change in its sum",
    },
  } as unknown as ExplainChangeData;
}

/** The answer an update carries (finalize always sets a plain value). */
const answerOf = (u: AgentStateUpdate) => u.answer as AgentAnswer | undefined;

describe("finalize", () => {
  const node = createFinalizeNode({ present, model });
  const finalize = async (s: AgentStateValue) => ({ answer: answerOf(await node(s)) });

  it("draws the pie chart a question asks for", async () => {
    const out = await finalize(
      state("pie chart of spend by channel in October", "query_metrics", {}, spendByChannel),
    );
    expect(out.answer?.chart).toMatchObject({
      mark: { type: "arc" },
      encoding: { theta: { field: "spend" } },
    });
    expect(out.answer?.verification.grounded).toBe(true);
  });

  it("says why when the chart asked for does not fit the data", async () => {
    const out = await finalize(state("line chart of spend by channel", "query_metrics", {}, spendByChannel));
    expect(out.answer?.chart).toMatchObject({ mark: { type: "bar" } });
    expect(out.answer?.answer).toMatch(/A line chart needs a time axis and this answer has none/);
  });

  it("corrects a wrong premise before the movers", async () => {
    const out = await finalize(
      state("why did revenue drop last week?", "explain_change", {}, explanation(1174, 1000)),
    );
    expect(out.answer?.answer.split("\n")[0]).toBe(
      "Revenue did not fall: it rose over these periods. Here is what moved it.",
    );
    const right = await finalize(
      state("why did revenue drop last week?", "explain_change", {}, explanation(900, 1000)),
    );
    expect(right.answer?.answer).not.toMatch(/did not/);
  });

  it("says so in the text when a figure could not be checked", async () => {
    vi.resetModules();
    vi.doMock("../present/index.ts", async (original) => {
      const real = await original<typeof import("../present/index.ts")>();
      return {
        ...real,
        PRESENTERS: {
          query_metrics: () => ({
            text: "Ad spend was $999.",
            data: { columns: [], rows: [] },
            provenance: {},
          }),
        },
      };
    });
    const { createFinalizeNode: fresh } = await import("./finalize.ts");
    const out = {
      answer: answerOf(
        await fresh({ present, model })(state("spend by channel", "query_metrics", {}, spendByChannel)),
      ),
    };
    vi.doUnmock("../present/index.ts");
    expect(out.answer?.verification.grounded).toBe(false);
    expect(out.answer?.answer).toBe(`Ad spend was $999.\n\n${UNVERIFIED_NOTICE}`);
  });
});

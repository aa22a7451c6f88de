import { describe, expect, it } from "vitest";
import type { AgentAnswer } from "../agent/contract.ts";
import { optionScores, scoreTurn } from "./score.ts";
import type { BuiltTurn } from "./types.ts";

const ctx = { now: new Date("2026-11-01T12:00:00Z"), timeZone: "America/New_York" };
const answer = (over: Partial<AgentAnswer>): AgentAnswer => ({
  answer: "",
  threadId: "t",
  data: { columns: [], rows: [] },
  provenance: [],
  toolCalls: [],
  model: { kind: "planner", name: "local-planner" },
  verification: { grounded: true, rebuilt: false },
  ...over,
});

describe("optionScores", () => {
  it("counts acceptable extras as precise and measures recall over the expected ids", () => {
    expect(optionScores(["a", "b", "c"], ["a", "b"], ["c"])).toEqual({ precision: 1, recall: 1 });
    expect(optionScores(["a", "x"], ["a", "b"], [])).toEqual({ precision: 0.5, recall: 0.5 });
  });
});

describe("scoreTurn", () => {
  const turn: BuiltTurn = {
    question: "spend in October",
    expect: {
      calls: [
        {
          name: "query_metrics",
          args: { metrics: ["spend"] },
          values: [{ path: ["totals", "spend"], value: 100 }],
        },
      ],
    },
  };
  const call = { name: "query_metrics", args: { metrics: ["spend"], timeRange: { preset: "last_month" } } };

  it("is correct when tool, arguments and values match and the text is grounded", () => {
    const a = answer({ answer: "Spend was $100.", toolCalls: [call] });
    const s = scoreTurn(turn, a, [{ ok: true, data: { totals: { spend: 100 } } }], ctx);
    expect(s).toMatchObject({ correct: true, grounded: true, problems: [] });
  });

  it("fails values outside the tolerance and flags an ungrounded figure", () => {
    const a = answer({ answer: "Spend was $250.", toolCalls: [call] });
    const s = scoreTurn(turn, a, [{ ok: true, data: { totals: { spend: 100.01 } } }], ctx);
    expect(s).toMatchObject({ correct: false, valuesOk: false, grounded: false });
  });

  it("scores a clarification by its options and a decline as an outcome", () => {
    const clarify: BuiltTurn = {
      question: "conversions",
      expect: { clarify: { options: ["metric:orders"] } },
    };
    const offered = answer({
      clarification: { question: "which?", options: [{ id: "metric:orders", label: "Orders" }] },
    });
    expect(scoreTurn(clarify, offered, [], ctx).correct).toBe(true);
    const s = scoreTurn(clarify, answer({ answer: "I can't help." }), [], ctx);
    expect(s).toMatchObject({ correct: false, actual: "decline" });
  });

  it("fails any call whose arguments name an organization", () => {
    const a = answer({
      toolCalls: [{ name: "query_metrics", args: { metrics: ["spend"], organization: "beta-bikes" } }],
    });
    expect(scoreTurn(turn, a, [{ ok: true, data: { totals: { spend: 100 } } }], ctx)).toMatchObject({
      leak: true,
      correct: false,
    });
  });
});

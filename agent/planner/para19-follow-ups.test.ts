/** para19: follow-ups said another way (para19-phrasings-asks.ts, previous-answer-asks.ts), each kind in several wordings. */
import { describe, expect, it } from "vitest";
import { SOURCES_NOTE } from "../present/sources-note.ts";
import { lastPlanOfThread } from "./testing-thread.ts";
import type { Plan } from "./types.ts";

const last = lastPlanOfThread;
const call = (plan: Plan) => (plan.kind === "tool_calls" ? plan.calls[0] : undefined);
const notes = (plan: Plan) => (plan.kind === "tool_calls" ? (plan.notes ?? []) : []);

describe("follow-ups said another way (para19)", () => {
  it("'how was that calculated' after a budget move or a profit table: where its figures come from", () => {
    for (const [first, tool] of [
      ["what if we move $1,500 from tiktok to email next month", "recommend_budget"],
      ["gross profit after ad spend by quarter this year", "profitability"],
    ] as const) {
      for (const q of [
        "how did you get that number",
        "how was that calculated?",
        "how did you calculate that",
      ]) {
        const plan = last(first, q);
        expect(call(plan)?.name).toBe(tool);
        expect(notes(plan)).toContain(SOURCES_NOTE);
      }
    }
  });

  it("a rate the answer assumed, asked about ('why 50%?'): where the figures come from", () => {
    for (const q of [
      "why 50%?",
      "what's the 50% based on",
      "how did you pick 50 percent",
      "why is it 50% margin",
    ]) {
      const plan = last("contribution after ad spend by week last quarter", q);
      expect(call(plan)?.name).toBe("profitability");
      expect(notes(plan)).toContain(SOURCES_NOTE);
    }
  });

  it("'same comparison but X': the same rows for another measure", () => {
    for (const q of [
      "same comparison but sessions",
      "the same breakdown with sessions",
      "same thing but for sessions",
    ]) {
      const plan = last("orders by channel in september", q);
      expect(call(plan)?.args).toMatchObject({
        metrics: ["sessions"],
        dimensions: ["channel"],
        timeRange: { from: "2026-09-01", to: "2026-09-30" },
      });
    }
  });

  it("'how many X is that as a percentage': that measure's share on the same rows", () => {
    for (const q of [
      "how many orders is that as a percentage",
      "how many orders are those as a share",
      "how many orders is this as a %",
    ]) {
      const plan = last("revenue by source last week", q);
      expect(call(plan)?.args).toMatchObject({ metrics: ["orders"], dimensions: ["source"] });
    }
  });

  it("'send as csv' / 'export that to excel': the previous answer again, not a decline", () => {
    for (const q of ["send as csv please", "export that in excel", "give me it as a spreadsheet"]) {
      const plan = last("sessions by channel last month", q);
      expect(call(plan)?.args).toMatchObject({ dimensions: ["channel"], metrics: ["sessions"] });
    }
  });

  it("'which model should i put in the deck' after models side by side: the models' comparison", () => {
    for (const q of [
      "which model should i put in the board deck?",
      "which attribution model should we use for the qbr",
      "which model would i go with for the exec update",
    ]) {
      const plan = last("first touch vs last touch by channel in august", q);
      expect(call(plan)?.name).toBe("attribution");
    }
  });
});

import { describe, expect, it } from "vitest";
import { translateForeign } from "./foreign-words.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";

describe("translateForeign", () => {
  it.each([
    ["¿Cuánto gastamos en google la semana pasada?", "how much did we spend on google last week"],
    ["ingresos por canal el mes pasado", "revenue by channel last month"],
    [
      "qual campanha trouxe mais pedidos no terceiro trimestre?",
      "which campaign brought the most orders in q3",
    ],
    ["Wie viele Bestellungen hatten wir im Oktober?", "how many orders did we have in october"],
    ["Umsatz nach Kanal im Vergleich zum Vormonat", "revenue by channel compared to last month"],
  ])("reads %s in the planner's English", (question, english) => {
    expect(translateForeign(question).replace(/[?]/g, "").trim()).toBe(english);
  });

  it.each([
    "what did we spend on google last week",
    "no spend on display in october?",
    "revenue by canal",
    "was the war on cpc worth it",
  ])("leaves an English question as typed: %s", (question) => {
    expect(translateForeign(question)).toBe(question);
  });

  it("answers a Spanish question with the English question's plan", () => {
    const ctx = testContext();
    expect(planQuestion("tasa de conversión por canal en septiembre", ctx)).toEqual(
      planQuestion("conversion rate by channel in september", ctx),
    );
  });

  it("reads a Spanish follow-up against the thread's previous plan", () => {
    const ctx = testContext();
    const previous = planQuestion("gasto de google en octubre", ctx);
    const plan = planQuestion("y frente a agosto?", {
      ...ctx,
      previous,
      previousQuestion: "gasto de google en octubre",
    });
    expect(plan.kind).toBe("tool_calls");
    if (plan.kind !== "tool_calls") return;
    expect(plan.calls[0]?.name).toBe("compare_periods");
    expect(plan.calls[0]?.args).toMatchObject({
      metrics: ["spend"],
      period: { from: "2026-10-01", to: "2026-10-31" },
      compareTo: { from: "2026-08-01", to: "2026-08-31" },
    });
  });
});

/**
 * fix16a: abbreviations and words misread as catalog names. "NC-ROAS" is new-customer ROAS (not
 * North Carolina), a named attribution model asked "here" / "in this app" is defined (not a metric
 * called "app"), and the plan ahead asked as a clause lists the planned changes of the days asked.
 */
import { describe, expect, it } from "vitest";
import { standardCatalog } from "../../semantic/catalog/index.ts";
import { withNcRoasParts } from "./honest-roas.ts";
import { planQuestion } from "./plan.ts";
import { termAsked } from "./term-definition-intent.ts";
import { testContext } from "./testing.ts";
import type { Frame } from "./types.ts";
import { typoTarget } from "./typos.ts";
import { expandStateCodes } from "./us-state-codes.ts";

const callOf = (q: string) => {
  const plan = planQuestion(q, testContext());
  if (plan.kind !== "tool_calls") throw new Error(`${q}: ${plan.kind}`);
  return { call: plan.calls[0]!, notes: plan.notes ?? [] };
};

describe("new-customer ROAS (NC-ROAS)", () => {
  it("reads a state code joined to an acronym, or just before ROAS, as that acronym's prefix", () => {
    expect(expandStateCodes("NC-ROAS by channel")).toBe("NC-ROAS by channel");
    expect(expandStateCodes("our NC ROAS on meta")).toBe("our NC ROAS on meta");
    expect(expandStateCodes("revenue in NC vs TX")).toBe("revenue in north carolina vs texas");
  });

  it("asks for the ratio with its parts and ROAS beside it", () => {
    const { call } = callOf("nc roas for tiktok in august");
    expect(call).toEqual({
      name: "query_metrics",
      args: {
        metrics: ["new_customer_roas", "paid_new_customer_revenue", "spend", "roas"],
        dimensions: [],
        filters: [{ field: "platform", op: "in", values: ["tiktok_ads"] }],
        timeRange: { from: "2026-08-01", to: "2026-08-31" },
      },
    });
  });

  it("adds the parts only to new-customer ROAS asked alone", () => {
    const frame = {
      intent: "query",
      metrics: ["new_customer_roas"],
      dimensions: [],
      filters: [],
    } as unknown as Frame;
    expect(withNcRoasParts(frame, standardCatalog, ["new_customer_roas"]).metrics).toEqual([
      "new_customer_roas",
      "paid_new_customer_revenue",
      "spend",
      "roas",
    ]);
    const two = { ...frame, metrics: ["new_customer_roas", "cac"] } as Frame;
    expect(withNcRoasParts(two, standardCatalog, ["new_customer_roas", "cac"]).metrics).toEqual([
      "new_customer_roas",
      "cac",
    ]);
  });
});

describe("an attribution model defined", () => {
  it.each([
    ["what does time decay mean here", ["time_decay", "last_touch"], "Time-decay attribution"],
    ["define u-shaped attribution in this app pls", ["position_based", "last_touch"], "Position-based"],
    ["how do you define last touch?", ["last_touch", "linear"], "Last-touch"],
  ])("%s leads with the model's rule", (q, models, definition) => {
    const { call, notes } = callOf(q);
    expect(call.name).toBe("attribution");
    expect(call.args.models).toEqual(models);
    expect(notes[0]?.startsWith(definition)).toBe(true);
  });

  it("leaves a model's figures asked for to the attribution answer", () => {
    expect(termAsked("what is linear revenue for email")).toBeUndefined();
    expect(termAsked("linear attribution revenue by channel last month")).toBeUndefined();
    expect(termAsked("what is last click roas for paid search")).toBeUndefined();
  });
});

describe("the plan ahead", () => {
  it.each([
    ["what have we got scheduled for next month", { from: "2026-11-01", to: "2026-11-30" }],
    ["any experiments coming up in december?", { from: "2026-12-01", to: "2026-12-31" }],
    ["anything on the calendar for this month", { from: "2026-11-01", to: "2026-11-30" }],
  ])("%s lists the planned changes of those days", (q, period) => {
    expect(callOf(q).call).toEqual({ name: "campaigns", args: { analysis: "planned", period } });
  });

  it("keeps a month asked of what was done in the past", () => {
    expect(callOf("what tests did we run in december").call.args.period).toEqual({
      from: "2025-12-01",
      to: "2025-12-31",
    });
  });
});

describe("typos of a doubled letter", () => {
  it("reads a letter doubled or not by mistake as the vocabulary word", () => {
    const vocab = ["affiliate", "referral", "google", "impressions", "channel"];
    expect(typoTarget("afilliate", vocab)).toBe("affiliate");
    expect(typoTarget("refferal", vocab)).toBe("referral");
    expect(typoTarget("gooogle", vocab)).toBe("google");
    expect(typoTarget("impresssions", vocab)).toBe("impressions");
  });

  it("leaves a real word two edits away alone", () => {
    expect(typoTarget("referred", ["referral"])).toBeUndefined();
  });

  it("spells out a word the fuzzy metric match read, so the longer phrase is read whole", () => {
    expect(callOf("cost per aquisition for display").call.args.metrics).toEqual(["cpa"]);
  });
});

import { describe, expect, it } from "vitest";
import type { AttributionToolData } from "../../tools/attribution/execute.ts";
import { asksModelInUse, creditShiftSentence, modelInUseSentence } from "./attribution-direction.ts";

const row = (label: string, credit: number) => ({ key: label, label, credit, share: 0 });
const data: AttributionToolData = {
  metric: "revenue",
  level: "channel",
  period: { from: "2026-10-01", to: "2026-10-31", timeZone: "UTC" },
  models: [
    { model: "last_touch", total: 300, rows: [row("Search", 100), row("Email", 150), row("Display", 50)] },
    { model: "markov", total: 300, rows: [row("Search", 160), row("Email", 70), row("Display", 70)] },
    { model: "linear", total: 300, rows: [row("Search", 120), row("Email", 110), row("Display", 70)] },
  ],
  provenance: [],
  defaults: { model: "last_touch", lookbackDays: 30 },
};
const name = (r: { label: string }) => r.label;

describe("creditShiftSentence", () => {
  it("names the member whose credit rises most away from last touch, and the one it over-credits", () => {
    const text = creditShiftSentence(data, "which channel is most undervalued by last click?", name, "USD");
    expect(text).toContain(
      "Most undervalued by last touch: Search, whose credit rises most under the other models ($100.00 under last touch, $160.00 under Markov).",
    );
    expect(text).toContain(
      "Most over-credited by last touch: Email ($150.00 under last touch, $70.00 under Markov).",
    );
    expect(text.indexOf("undervalued")).toBeLessThan(text.indexOf("over-credited"));
  });

  it("leads with the over-credited member when that is what was asked", () => {
    const text = creditShiftSentence(data, "what does last-click over-credit?", name, "USD");
    expect(text.startsWith("Most over-credited by last touch: Email")).toBe(true);
  });

  it("says nothing without a direction word or without last touch among the models", () => {
    expect(creditShiftSentence(data, "attribution by channel", name, "USD")).toBe("");
    const noBase = { ...data, models: data.models.slice(1) };
    expect(creditShiftSentence(noBase, "most undervalued by last click", name, "USD")).toBe("");
  });
});

describe("modelInUseSentence", () => {
  it("gives the account's default model and lookback when asked", () => {
    expect(asksModelInUse("what attribution model are you using here?")).toBe(true);
    expect(asksModelInUse("revenue by channel under linear")).toBe(false);
    const text = modelInUseSentence(
      { ...data, models: [data.models[2]!] },
      "which model do you use by default?",
    );
    expect(text).toContain("last touch attribution model by default");
    expect(text).toContain("30-day lookback window");
    expect(text).toContain("Below, as you asked: linear.");
  });
});

describe("creditShiftSentence for one member (fix16e)", () => {
  const one: AttributionToolData = {
    ...data,
    level: "campaign",
    models: [
      { model: "last_touch", total: 300, rows: [row("Brand", 90)] },
      { model: "linear", total: 300, rows: [row("Brand", 60)] },
    ],
  };
  it("gives that member's own verdict against each other model", () => {
    expect(creditShiftSentence(one, "is last click over-crediting brand?", name, "USD")).toBe(
      "Last touch over-credits Brand compared with linear: $90.00 under last touch, $60.00 under linear ($30.00 more under last touch). Credit moved between models is a reading of the paths, not proof of what the campaign causes; a holdout test measures that.",
    );
  });
  it("says when last touch gives it less", () => {
    const under = { ...one, models: [one.models[0]!, { ...one.models[1]!, rows: [row("Brand", 120)] }] };
    expect(creditShiftSentence(under, "is last click undervaluing brand?", name, "USD")).toContain(
      "Last touch under-credits Brand compared with linear: $90.00 under last touch, $120.00 under linear ($30.00 less under last touch).",
    );
  });
});

import { describe, expect, it } from "vitest";
import type { AttributionToolData } from "../../tools/attribution/execute.ts";
import { asksModelChoice, modelChoiceSentence } from "./attribution-choice.ts";

const data = {
  models: [{ model: "last_touch" }, { model: "markov" }],
  defaults: { model: "last_touch", lookbackDays: 30 },
} as unknown as AttributionToolData;

describe("which attribution model to choose (fix7c)", () => {
  it.each([
    ["what attribution model do you recommend", true],
    ["should we use linear or last click", true],
    ["which model fits a store like ours best", true],
    ["what attribution model are you using", false],
    ["what's the default model", false],
    // fix9a: asked of the models just shown, without the word "model".
    ["so which of the two do we go with", true],
    ["which one is closer to the truth", true],
    ["can i rely on either", true],
    ["which one gets more credit for email", false],
  ])("%s -> %s", (q, yes) => expect(asksModelChoice(q)).toBe(yes));

  it("says what each model shown rewards, the default in use, and a reasoned choice", () => {
    const s = modelChoiceSentence(data, "which attribution model should we go with");
    expect(s).toMatch(
      /^There is no single right model: each answers a different question\. What each rewards: last touch gives all the credit/,
    );
    expect(s).toContain("; Markov is data-driven");
    expect(s).toContain("Your answers use last touch by default today (a 30-day lookback).");
    expect(s).toContain("only a holdout test shows its true lift");
  });

  it("is empty for other questions", () => {
    expect(modelChoiceSentence(data, "revenue by channel under markov")).toBe("");
  });
});

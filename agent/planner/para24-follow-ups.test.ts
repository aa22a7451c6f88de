/** para24: set 18's follow-ups said another way (para24-phrasings.ts and the readers it names). */
import { describe, it } from "vitest";
import { expectSameFollowUp } from "./testing-thread.ts";

describe("follow-ups said another way (para24)", () => {
  it("'can you make it', 'stacked bars per month' after a chart: the stacked monthly chart", () => {
    expectSameFollowUp(
      "show me spend by channel for the last 3 months as a chart",
      "make it a stacked bar by month",
      [
        "can you do that as stacked bars per month",
        "can you make it a stacked bar by month",
        "stacked bars per month",
      ],
    );
  });

  it("'shorter please, 3 bullet points' after a summary: the short three-bullet review", () => {
    expectSameFollowUp("write me a short summary of october for my boss", "make it shorter, 3 bullets", [
      "shorter please, 3 bullet points",
      "could you cut it down to three bullets",
    ]);
  });

  it("'which one do you recommend' after the models compared: which one to use", () => {
    expectSameFollowUp("compare all the attribution models for paid search", "which one should I use", [
      "which one do you recommend",
      "which would you pick",
    ]);
  });

  it("other wordings already read as the original", () => {
    expectSameFollowUp("how did we do last month?", "and the month before", ["what about september"]);
    expectSameFollowUp("top 5 campaigns by ROAS this year", "and the bottom 5", ["now the worst 5"]);
    expectSameFollowUp("clicks and ctr by campaign last week", "just the ones with ctr under 1%", [
      "just campaigns with ctr below 1%",
    ]);
  });
});

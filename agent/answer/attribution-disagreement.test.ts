import { describe, expect, it } from "vitest";
import { disagreementSentence } from "./attribution-disagreement.ts";

const credits = (pairs: Array<[string, number]>) => pairs.map(([name, credit]) => ({ name, credit }));

describe("disagreementSentence", () => {
  it("names the member with the largest ratio between two models and what each rewards", () => {
    const s = disagreementSentence([
      {
        model: "markov",
        credits: credits([
          ["Display", 270],
          ["Paid search", 500],
          ["Email", 230],
        ]),
      },
      {
        model: "shapley",
        credits: credits([
          ["Display", 100],
          ["Paid search", 600],
          ["Email", 300],
        ]),
      },
    ]);
    expect(s).toBe(
      "The models disagree most on Display, which Markov credits far more than Shapley. Markov credits a channel by how many conversions would be lost if it were removed from the paths (its removal effect), which rewards channels that many converting paths pass through, while Shapley splits each conversion among the channels on its path by their average marginal contribution, which rewards channels that convert well together with others.",
    );
  });

  it("stays quiet when the models roughly agree, for one model, and for members under 5% of the credit", () => {
    expect(
      disagreementSentence([
        {
          model: "first_touch",
          credits: credits([
            ["Display", 110],
            ["Email", 90],
          ]),
        },
        {
          model: "last_touch",
          credits: credits([
            ["Display", 100],
            ["Email", 100],
          ]),
        },
      ]),
    ).toBeUndefined();
    expect(disagreementSentence([{ model: "linear", credits: credits([["Display", 1]]) }])).toBeUndefined();
    expect(
      disagreementSentence([
        {
          model: "first_touch",
          credits: credits([
            ["Tiny", 4],
            ["Email", 996],
          ]),
        },
        {
          model: "last_touch",
          credits: credits([
            ["Tiny", 1],
            ["Email", 999],
          ]),
        },
      ]),
    ).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { readAdviceIntent } from "./advice-intent.ts";
import { normalize } from "./normalize.ts";
import { readReviewShape } from "./review-shape.ts";

const shape = (q: string) => readReviewShape(normalize(q));

describe("readReviewShape (left16d)", () => {
  it("reads both sides, 3 each by default", () => {
    expect(shape("the ups and downs of august")).toEqual({ wins: 3, concerns: 3, short: false });
    expect(shape("what went well and what went badly last week")).toEqual({
      wins: 3,
      concerns: 3,
      short: false,
    });
    expect(shape("what worked in september and what did not")).toEqual({
      wins: 3,
      concerns: 3,
      short: false,
    });
  });

  it("counts each side, or both with 'of each'", () => {
    expect(shape("top two wins and one concern for october")).toEqual({ wins: 2, concerns: 1, short: false });
    expect(shape("highlights and lowlights, three of each")).toEqual({ wins: 3, concerns: 3, short: false });
    expect(shape("5 highlights 2 lowlights for the quarter")).toEqual({ wins: 5, concerns: 2, short: false });
  });

  it("keeps it short when asked or when it is for telling someone", () => {
    expect(shape("wins and concerns, keep it brief")?.short).toBe(true);
    expect(shape("what should i tell the cmo about q3")).toEqual({ wins: 3, concerns: 3, short: true });
    expect(shape("state of the marketing for the board")?.short).toBe(true);
  });

  it("holds one side when an update for someone names only that one", () => {
    expect(shape("recap for my boss with our wins")).toEqual({ wins: 3, concerns: 0, short: false });
    expect(shape("client update: what are the risks")).toEqual({ wins: 0, concerns: 3, short: false });
  });

  it("leaves other asks alone", () => {
    expect(shape("give me 3 quick wins")).toBeUndefined();
    expect(shape("any tracking issues last week")).toBeUndefined();
    expect(shape("client recap: spend and roas vs august plus two highlights")).toBeUndefined();
    expect(shape("how did october go")).toBeUndefined();
  });
});

describe("readAdviceIntent with a review (left16d)", () => {
  it("plans the brief as a review, 'of each' not read as a schedule", () => {
    expect(readAdviceIntent(normalize("wins and worries, two of each"))).toEqual({
      tool: "brief",
      unit: "month",
      review: { wins: 2, concerns: 2, short: false },
    });
  });
  it("still leaves a real delivery to the scheduler", () => {
    expect(readAdviceIntent(normalize("send me the wins and concerns every monday"))).toBeUndefined();
  });
});

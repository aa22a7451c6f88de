import { describe, expect, it } from "vitest";
import { readActualAsk } from "./background-ask.ts";
import { rewriteConversationalWordings } from "./conversational-wordings.ts";
import { planQuestion } from "./plan.ts";
import { DEMO_DIMENSION_VALUES, testContext } from "./testing.ts";
import type { Plan } from "./types.ts";

const calls = (p: Plan) => (p.kind === "tool_calls" ? p.calls : []);

describe("readActualAsk (fix14a)", () => {
  it("leaves out the story before the ask and the asides after it", () => {
    expect(
      readActualAsk(
        "so every month i copy this out of the google ads ui and it never matches what finance has. what i need is spend by platform for july. formatting doesn't matter",
        DEMO_DIMENSION_VALUES,
      ),
    ).toBe("what i need is spend by platform for july");
  });

  it("names the campaigns the story named where the ask points back at them", () => {
    expect(
      readActualAsk(
        "some context for the quarterly deck. we ran the spring launch thing on tiktok and the summer sale prospecting one for most of the year. can you give me spend and roas for those two campaigns?",
        DEMO_DIMENSION_VALUES,
      ),
    ).toBe(
      "can you give me spend and roas for Summer Sale - Prospecting and Spring Launch - TikTok Creators",
    );
  });

  it("keeps a short message, or one whose every sentence asks, as it is", () => {
    const short = "the google ads ui says more. what do you have for google?";
    expect(readActualAsk(short, [])).toBe(short);
    const asks =
      "can you show me revenue by channel for september and october side by side? and what was the total across both months for paid search?";
    expect(readActualAsk(asks, [])).toBe(asks);
  });

  it("keeps the story when the ask points at something only the story names", () => {
    const q =
      "i'm new here and before this i worked in saas, so ecommerce words are new to me. everyone throws around aov and cac in meetings. are they related?";
    expect(readActualAsk(q, [])).toBe(q);
  });
});

describe("rewriteConversationalWordings (fix14a)", () => {
  it.each([
    ["clicks and ctr last month, total across everything", "clicks and ctr last month total"],
    ["everyone keeps talking about cac what is ours", "i keep hearing cac what is ours"],
    ["whats the diffrence betwen roas and mer", "whats the difference between roas and mer"],
  ])("%s", (q, out) => expect(rewriteConversationalWordings(q)).toBe(out));

  it("leaves people as users where they are counted", () => {
    const q = "how many people visited the site last week";
    expect(rewriteConversationalWordings(q)).toBe(q);
  });
});

describe("fix14a plans", () => {
  it("a platform named in the background filters nothing", () => {
    const p = planQuestion(
      "ok background first: i normally export the numbers from meta ads manager and tiktok by hand, which is slow and error prone. what i actually need is orders by platform for q3",
      testContext(),
    );
    expect(calls(p)[0]?.args).toMatchObject({ dimensions: ["platform"], filters: [] });
  });

  it("break-even of named campaigns: the threshold, then their own rows", () => {
    const p = planQuestion("did the summer sale prospecting campaign make money in july", testContext());
    expect(calls(p).map((c) => c.name)).toEqual(["profitability", "query_metrics"]);
    expect(calls(p)[1]?.args).toMatchObject({
      metrics: ["spend", "attributed_revenue", "roas"],
      dimensions: ["campaign"],
      timeRange: { from: "2026-07-01", to: "2026-07-31" },
    });
  });

  it("revenue per send by kind: the program's figure and the two groups", () => {
    const p = planQuestion("revenue per send for the newsletter vs promo emails in q3", testContext());
    expect(calls(p)[0]?.args).toMatchObject({
      metrics: ["email_revenue", "email_sends", "email_revenue_per_send"],
    });
    expect(p.kind === "tool_calls" && p.notes?.[0]).toMatch(/can't be split/);
  });

  it("'add august' after two months side by side: the three months, month by month", () => {
    const first = planQuestion("revenue by channel september vs october", testContext());
    const p = planQuestion("add august too", testContext({ previous: first }));
    expect(calls(p)[0]?.args).toMatchObject({
      dimensions: ["date", "channel"],
      grain: "month",
      timeRange: { from: "2026-08-01", to: "2026-10-31" },
    });
  });
});

import { describe, expect, it } from "vitest";
import { questionText, wantsHelp } from "./question-text.ts";

describe("questionText", () => {
  it("removes mentions and undoes Slack's escapes and links", () => {
    expect(questionText("<@U0BOT> ROAS &amp; CPA on <https://x.com|Meta> &lt;last month&gt;?")).toBe(
      "ROAS & CPA on Meta <last month>?",
    );
    expect(questionText("<@U0BOT|analyst>   ")).toBe("");
  });
});

describe("wantsHelp", () => {
  it("is true for an empty mention or 'help' and false for a question", () => {
    expect([wantsHelp(""), wantsHelp("help"), wantsHelp("Help!"), wantsHelp("revenue last week")]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});

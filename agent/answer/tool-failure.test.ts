import { describe, expect, it } from "vitest";
import { toolFailureSentence } from "./tool-failure.ts";

describe("toolFailureSentence", () => {
  it("says what cannot be combined and what can, never the validation text", () => {
    const s = toolFailureSentence({
      code: "unsupported_combination",
      message:
        "filters.0: metric 'sessions' cannot be broken down by dimension 'platform'; it supports: date, channel, channel_group",
    });
    expect(s).toBe(
      "Your data can't combine sessions with platform: that split isn't recorded. Sessions can be shown overall, by date or by channel and channel group; spend, revenue and orders can be shown by platform.",
    );
    expect(s).not.toMatch(/metric '|dimension '/);
  });

  it("explains a what-if that mixes a channel and a platform", () => {
    const s = toolFailureSentence({
      code: "bad_input",
      message: "changes: name one dimension in all changes",
    });
    expect(s).toMatch(/^A what-if moves money within one level/);
  });

  it("keeps messages already written for a reader", () => {
    expect(
      toolFailureSentence({ code: "bad_input", message: "that would take display below zero: it spent $5" }),
    ).toBeUndefined();
  });
});

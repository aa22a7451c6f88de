import { describe, expect, it } from "vitest";
import { findLimitViolations } from "./limits.ts";

const text = (n: number) => ({ type: "mrkdwn", text: "x".repeat(n) });
const button = (label: number, actionId: number, value: number) => ({
  type: "button",
  text: { type: "plain_text", text: "b".repeat(label) },
  action_id: "a".repeat(actionId),
  value: "v".repeat(value),
});

describe("findLimitViolations", () => {
  it("accepts a payload exactly at every limit", () => {
    const blocks = [
      { type: "section", text: text(3000), fields: Array.from({ length: 10 }, () => text(2000)) },
      { type: "header", text: { type: "plain_text", text: "h".repeat(150) } },
      { type: "context", elements: Array.from({ length: 10 }, () => text(3000)) },
      { type: "actions", elements: [button(75, 255, 2000)] },
      ...Array.from({ length: 46 }, () => ({ type: "divider" })),
    ];
    expect(blocks).toHaveLength(50);
    expect(findLimitViolations({ text: "t", blocks })).toEqual([]);
  });

  it("names every limit one over", () => {
    const blocks = [
      { type: "section", text: text(3001), fields: Array.from({ length: 11 }, () => text(1)) },
      { type: "header", text: { type: "plain_text", text: "h".repeat(151) } },
      { type: "context", elements: Array.from({ length: 11 }, () => text(1)) },
      { type: "actions", elements: [button(76, 256, 2001)] },
      ...Array.from({ length: 47 }, () => ({ type: "divider" })),
    ];
    expect(findLimitViolations({ blocks })).toEqual([
      "blocks: 51 blocks (max 50)",
      "blocks[0].text: section text has 3001 characters (max 3000)",
      "blocks[0].fields: 11 fields (max 10)",
      "blocks[1].text: header text has 151 characters (max 150)",
      "blocks[2].elements: 11 elements (max 10)",
      "blocks[3].elements[0].action_id: action_id has 256 characters (max 255)",
      "blocks[3].elements[0].text: button text has 76 characters (max 75)",
      "blocks[3].elements[0].value: button value has 2001 characters (max 2000)",
    ]);
  });
});

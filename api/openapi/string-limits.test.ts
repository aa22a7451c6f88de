/**
 * Issue #11: every string an outside caller sends (HTTP bodies and query strings, and the model's
 * tool calls) has a length limit, and text fields refuse control characters naming the field.
 * Walks the JSON Schema of every operation's body and query and of every tool's input.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { TOOL_DEFINITIONS } from "../../tools/index.ts";
import { OPERATIONS } from "./operations.ts";

type Node = Record<string, unknown>;

/** JSON paths of string schemas with neither maxLength, pattern, enum nor const. */
function unbounded(node: unknown, at = "$"): string[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => unbounded(n, `${at}[${i}]`));
  if (!node || typeof node !== "object") return [];
  const n = node as Node;
  const own =
    n.type === "string" &&
    n.maxLength === undefined &&
    n.pattern === undefined &&
    !n.enum &&
    n.const === undefined
      ? [at]
      : [];
  return [
    ...own,
    ...Object.entries(n).flatMap(([k, v]) => (typeof v === "object" ? unbounded(v, `${at}.${k}`) : [])),
  ];
}

const schemaOf = (s: z.ZodType) => z.toJSONSchema(s, { unrepresentable: "any", io: "input" });

describe("string limits on outside input", () => {
  it("bounds every string of every HTTP body and query string", () => {
    const found = OPERATIONS.flatMap((op) => [
      ...(op.body ? unbounded(schemaOf(op.body), `${op.method} ${op.path} body`) : []),
      ...(op.query ? unbounded(schemaOf(op.query), `${op.method} ${op.path} query`) : []),
    ]);
    expect(found).toEqual([]);
  });

  it("bounds every string of every tool's input", () => {
    const found = TOOL_DEFINITIONS.flatMap((t) => unbounded(schemaOf(t.inputSchema), t.name));
    expect(found).toEqual([]);
  });

  it.each([
    [
      "search_catalog",
      { query: "roas\u0000" },
      "query: must not contain control character U+0000 (at position 4)",
    ],
    [
      "list_dimension_values",
      { dimension: "campaign", search: "black\u0007friday" },
      "search: must not contain control character U+0007 (at position 5)",
    ],
    [
      "query_metrics",
      {
        metrics: ["spend"],
        timeRange: { preset: "last_month" },
        filters: [{ field: "channel", op: "contains", value: "paid\u001b" }],
      },
      "filters.0.value: must not contain control character U+001B (at position 4)",
    ],
    [
      "recommend_budget",
      { lockedChannels: ["email\n"] },
      "lockedChannels.0: must not contain control character U+000A (at position 5)",
    ],
  ] as const)("refuses a control character in a %s argument, naming it", (name, args, message) => {
    const tool = TOOL_DEFINITIONS.find((t) => t.name === name)!;
    const r = (tool.inputSchema as z.ZodType).safeParse(args);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toContain(message);
  });
});

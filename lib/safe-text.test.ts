import { describe, expect, it } from "vitest";
import { z } from "zod";
import { describeZodIssues } from "./errors.ts";
import { safeText, textProblem } from "./safe-text.ts";

describe("textProblem", () => {
  it.each([
    ["abc\u0000def", {}, "must not contain control character U+0000 (at position 3)"],
    ["a\tb", {}, "must not contain control character U+0009 (at position 1)"],
    ["a\tb\nc\r\n", { multiline: true }, undefined],
    ["a\u000bb", { multiline: true }, "must not contain control character U+000B (at position 1)"],
    ["esc\u001b[31m", { multiline: true }, "must not contain control character U+001B (at position 3)"],
    ["del\u007f", {}, "must not contain control character U+007F (at position 3)"],
    ["c1\u0085", {}, "must not contain control character U+0085 (at position 2)"],
    ["x\ud800y", {}, "must be valid Unicode text (a lone surrogate at position 1)"],
    ["\udfff", {}, "must be valid Unicode text (a lone surrogate at position 0)"],
    ["emoji 😀 ok", {}, undefined],
    ["Ünïcödé – “quotes” ß", {}, undefined],
    ["", {}, undefined],
  ] as const)("%j %j -> %j", (text, opts, expected) => {
    expect(textProblem(text, opts)).toBe(expected);
  });
});

describe("safeText", () => {
  const schema = z.object({
    question: safeText({ max: 10, min: 1, multiline: true, trim: true }),
    key: safeText({ max: 5 }),
  });
  const message = (input: unknown) => {
    const r = schema.safeParse(input);
    return r.success ? r.data : describeZodIssues(r.error.issues);
  };

  it("accepts printable text and free-form whitespace where multiline, trimming it", () => {
    expect(message({ question: "  why?\n\tnow ", key: "roas" })).toEqual({
      question: "why?\n\tnow",
      key: "roas",
    });
  });

  it("names the field, the character and its position", () => {
    expect(message({ question: "abc\u0000def", key: "roas" })).toBe(
      "question: must not contain control character U+0000 (at position 3)",
    );
    expect(message({ question: "ok", key: "a\nb" })).toBe(
      "key: must not contain control character U+000A (at position 1)",
    );
  });

  it("states the length limits in the field's words", () => {
    expect(message({ question: "x".repeat(11), key: "roas" })).toBe(
      "question: expected at most 10 characters",
    );
    expect(message({ question: "   ", key: "roas" })).toBe("question: must not be empty");
    expect(message({ question: "ok", key: "x".repeat(100_000) })).toBe("key: expected at most 5 characters");
  });

  it("reports a wrong type as zod does", () => {
    expect(message({ question: 5, key: "roas" })).toBe(
      "question: Invalid input: expected string, received number",
    );
  });
});

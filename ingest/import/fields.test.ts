import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { fast } from "./fields.ts";
import { IMPORT_KINDS, kindDef } from "./kinds.ts";

/** Cells near every field's edges: valid, non-canonical and invalid forms alike. */
const cell = fc.oneof(
  fc.constantFrom(
    "",
    "0",
    "7",
    "007",
    "-0",
    "-1",
    "1e3",
    " 7",
    "2147483647",
    "2147483648",
    "999999999999999",
    "9999999999999999",
    "12.5",
    "12.50",
    "12.505",
    ".5",
    "2025-11-28",
    "2025-02-29",
    "2024-02-29",
    "2025-13-01",
    "2025-11-28T14:03:00.000Z",
    "2025-11-28T14:03:00Z",
    "2025-11-28T14:03:00+01:00",
    "2025-02-30T10:00:00Z",
    "2025-11-28T24:61:00Z",
    "2025-11-28 14:03:00Z",
    "paid_search",
    "Paid_Search",
    "a".repeat(64),
    "a".repeat(65),
    "x".repeat(100),
    "x".repeat(101),
    "x".repeat(200),
    "x".repeat(201),
    "true",
    "false",
    "t",
    "f",
    "1",
    "yes",
    "USD",
    "usd",
  ),
  fc.string({ maxLength: 12 }),
  fc.stringMatching(/^-?\d{1,17}(\.\d{1,3})?$/),
);

describe("fast checks", () => {
  for (const kind of IMPORT_KINDS) {
    it(`${kind}: a cell a fast check accepts, zod accepts as the same text`, () => {
      const def = kindDef(kind);
      const shape = (def.row as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
      expect(Object.keys(def.fast).sort()).toEqual(Object.keys(shape).sort());
      fc.assert(
        fc.property(fc.constantFrom(...Object.keys(def.fast)), cell, (header, text) => {
          if (!def.fast[header]!(text)) return;
          const parsed = shape[header]!.safeParse(text);
          expect(parsed.success).toBe(true);
          const value = parsed.data;
          // Booleans are read only by COPY, which takes every form the check allows.
          if (typeof value !== "boolean") expect(String(value ?? "")).toBe(text);
        }),
        { numRuns: 2000 },
      );
    });
  }

  it("refuses ids with leading zeros, which zod reads as another text", () => {
    expect(fast.id("007")).toBe(false);
    expect(fast.id("7")).toBe(true);
    expect(fast.int32Id("2147483648")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseCliArgs } from "./args.ts";

const options = { scale: { type: "string" }, force: { type: "boolean" } } as const;
const schema = z.object({
  scale: z.coerce.number().positive().optional(),
  force: z.boolean().default(false),
});

describe("parseCliArgs", () => {
  it("parses and coerces valid flags", () => {
    expect(parseCliArgs(["--scale", "2.5", "--force"], options, schema)).toEqual({
      ok: true,
      value: { scale: 2.5, force: true },
    });
  });

  it("names the flag whose value is invalid", () => {
    const r = parseCliArgs(["--scale", "-1"], options, schema);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message.startsWith("--scale:")).toBe(true);
  });

  it("reports an unknown flag in one line", () => {
    const r = parseCliArgs(["--sclae", "2"], options, schema);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain("--sclae");
  });
});

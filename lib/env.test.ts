import { describe, expect, it } from "vitest";
import { parseEnv } from "./env.ts";

describe("parseEnv", () => {
  it("applies defaults on an empty environment", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, DATA_DIR: "./.data", SEED: 42 });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("names the variable when PORT is not a number", () => {
    expect(() => parseEnv({ PORT: "abc" })).toThrow(/^invalid environment: PORT: expected a port number/);
  });

  it("names the variable when DATABASE_URL is not a postgres URL", () => {
    expect(() => parseEnv({ DATABASE_URL: "nonsense" })).toThrow(
      "invalid environment: DATABASE_URL: expected a postgres:// or postgresql:// connection URL",
    );
  });

  it("treats empty strings as unset and validates NOW as a date", () => {
    expect(parseEnv({ PORT: "", NOW: "2026-11-01" })).toMatchObject({ PORT: 3000, NOW: "2026-11-01" });
    expect(() => parseEnv({ NOW: "yesterday" })).toThrow(/NOW: expected a date as YYYY-MM-DD/);
  });
});

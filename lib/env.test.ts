import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { demoDataEnabled, parseEnv } from "./env.ts";

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

  it("refuses a NOW that is shaped like a date but is not one, in one line naming NOW", () => {
    expect(() => parseEnv({ NOW: "2026-13-45" })).toThrow(
      /^invalid environment: NOW: expected a real calendar date as YYYY-MM-DD$/,
    );
    expect(() => parseEnv({ NOW: "2026-02-30" })).toThrow(/^invalid environment: NOW: /);
    expect(() => parseEnv({ NOW: "2025-02-29" })).toThrow(/^invalid environment: NOW: /);
    expect(parseEnv({ NOW: "2028-02-29" }).NOW).toBe("2028-02-29");
  });

  it("parses DEMO_DATA as a flag and names it when it is not one", () => {
    expect(parseEnv({ DEMO_DATA: "1" }).DEMO_DATA).toBe(true);
    expect(parseEnv({ DEMO_DATA: "false" }).DEMO_DATA).toBe(false);
    expect(parseEnv({ DEMO_DATA: "" }).DEMO_DATA).toBeUndefined();
    expect(() => parseEnv({ DEMO_DATA: "maybe" })).toThrow("invalid environment: DEMO_DATA: expected 1 or 0");
  });
});

describe("demoDataEnabled", () => {
  const url = "postgres://u@h/db";
  it.each([
    [{}, true],
    [{ DATABASE_URL: url }, true],
    [{ NODE_ENV: "production" }, true],
    [{ NODE_ENV: "production", DATABASE_URL: url }, false],
    [{ NODE_ENV: "production", DATABASE_URL: url, DEMO_DATA: "1" }, true],
    [{ DEMO_DATA: "0" }, false],
  ])("%j -> %s", (vars, expected) => {
    expect(demoDataEnabled(parseEnv(vars))).toBe(expected);
  });
});

describe("loadEnv and .env", () => {
  const envModule = fileURLToPath(new URL("./env.ts", import.meta.url));
  const tsx = fileURLToPath(new URL("../node_modules/tsx/dist/loader.mjs", import.meta.url));
  /** Run loadEnv() in a child process whose working directory holds `dotenv` as `.env`. */
  function loadEnvIn(dotenv: string | undefined, realEnv: Record<string, string>) {
    const dir = mkdtempSync(path.join(tmpdir(), "env-"));
    try {
      if (dotenv !== undefined) writeFileSync(path.join(dir, ".env"), dotenv);
      const script = `import { loadEnv } from ${JSON.stringify(envModule)};
        const e = loadEnv(); console.log(JSON.stringify({ PORT: e.PORT, HOST: e.HOST, NOW: e.NOW ?? null }));`;
      const out = execFileSync(process.execPath, ["--import", tsx, "--input-type=module", "-e", script], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? "", ...realEnv },
        encoding: "utf8",
      });
      return JSON.parse(out) as { PORT: number; HOST: string; NOW: string | null };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it("reads .env when present; the real environment wins over the file", () => {
    const dotenv = "# comment\nPORT=4599\nHOST=127.0.0.9\nNOW=2026-11-01\n";
    expect(loadEnvIn(dotenv, {})).toEqual({ PORT: 4599, HOST: "127.0.0.9", NOW: "2026-11-01" });
    expect(loadEnvIn(dotenv, { PORT: "4501" })).toEqual({ PORT: 4501, HOST: "127.0.0.9", NOW: "2026-11-01" });
    expect(loadEnvIn(undefined, {})).toEqual({ PORT: 3000, HOST: "0.0.0.0", NOW: null });
  });
});

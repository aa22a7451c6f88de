import { z } from "zod";
import { AppError, describeZodIssues } from "./errors.ts";

/**
 * The only module that reads `process.env`. Everything else takes config as parameters, so tests
 * never set environment variables.
 */
const emptyAsUndefined = (v: unknown) => (v === "" ? undefined : v);

const dateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");

export const envSchema = z.object({
  NODE_ENV: z.preprocess(
    emptyAsUndefined,
    z.enum(["development", "production", "test"]).default("development"),
  ),
  PORT: z.preprocess(
    emptyAsUndefined,
    z.coerce.number({ error: "expected a port number" }).int().min(0).max(65535).default(3000),
  ),
  HOST: z.preprocess(emptyAsUndefined, z.string().default("0.0.0.0")),
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default("./.data")),
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\/.+/, "expected a postgres:// or postgresql:// connection URL")
      .optional(),
  ),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  ),
  SEED: z.preprocess(emptyAsUndefined, z.coerce.number().int().nonnegative().default(42)),
  DEMO_SCALE: z.preprocess(emptyAsUndefined, z.coerce.number().positive().max(1000).default(1)),
  NOW: z.preprocess(emptyAsUndefined, dateOnly.optional()),
  OPENAI_API_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
  OPENAI_BASE_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  OPENAI_MODEL: z.preprocess(emptyAsUndefined, z.string().default("gpt-4o-mini")),
  OPENAI_EMBEDDING_MODEL: z.preprocess(emptyAsUndefined, z.string().default("text-embedding-3-small")),
  // Slack (slack/README.md): all optional; with none set the Slack app is off.
  SLACK_BOT_TOKEN: z.preprocess(
    emptyAsUndefined,
    z.string().startsWith("xox", "expected a bot token (xoxb-...)").optional(),
  ),
  SLACK_SIGNING_SECRET: z.preprocess(emptyAsUndefined, z.string().optional()),
  SLACK_API_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  SLACK_APP_TOKEN: z.preprocess(
    emptyAsUndefined,
    z.string().startsWith("xapp-", "expected an app-level token (xapp-...)").optional(),
  ),
  SLACK_TEAM_ID: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[TE][A-Z0-9]+$/, "expected a team id such as T0123ABC")
      .optional(),
  ),
  SLACK_ORG: z.preprocess(emptyAsUndefined, z.string().default("acme")),
  SLACK_CLIENT_ID: z.preprocess(emptyAsUndefined, z.string().optional()),
  SLACK_CLIENT_SECRET: z.preprocess(emptyAsUndefined, z.string().optional()),
  SLACK_STATE_SECRET: z.preprocess(emptyAsUndefined, z.string().optional()),
});

export type Env = z.infer<typeof envSchema>;

/** Parse an environment; throws AppError("env.invalid") naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw new AppError("env.invalid", `invalid environment: ${describeZodIssues(parsed.error.issues)}`);
  }
  return parsed.data;
}

/** The process environment, parsed once. */
export function loadEnv(): Env {
  return parseEnv(process.env);
}

/** Variables used only by the test suite (kept here so nothing else reads process.env). */
export function testDatabaseUrl(): string | undefined {
  const v = process.env.TEST_DATABASE_URL;
  return v ? v : undefined;
}

/** True when stdout is an interactive terminal (progress bars, pretty logs). */
export function isInteractive(): boolean {
  return Boolean(process.stdout.isTTY) && process.env.CI !== "true";
}

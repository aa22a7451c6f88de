import { existsSync } from "node:fs";
import { z } from "zod";
import { AppError, describeZodIssues } from "./errors.ts";

/**
 * The only module that reads `process.env`. Everything else takes config as parameters, so tests
 * never set environment variables.
 */
const emptyAsUndefined = (v: unknown) => (v === "" ? undefined : v);

/** A real calendar date: `2026-13-45` and `2026-02-30` have the right shape but are refused. */
const dateOnly = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "expected a real calendar date as YYYY-MM-DD");

/** `1`/`true`/`yes` or `0`/`false`/`no`. */
const flag = z
  .enum(["1", "0", "true", "false", "yes", "no"], { error: "expected 1 or 0" })
  .transform((v) => v === "1" || v === "true" || v === "yes");

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
  /** Seed the demo organizations; unset means yes, except in production on a DATABASE_URL. */
  DEMO_DATA: z.preprocess(emptyAsUndefined, flag.optional()),
  OPENAI_API_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
  OPENAI_BASE_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  OPENAI_MODEL: z.preprocess(emptyAsUndefined, z.string().default("gpt-4o-mini")),
  OPENAI_EMBEDDING_MODEL: z.preprocess(emptyAsUndefined, z.string().default("text-embedding-3-small")),
  OPENAI_TIMEOUT_MS: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ error: "expected a number of milliseconds" })
      .int("expected a whole number of milliseconds")
      .min(100, "expected at least 100 ms")
      .max(600_000, "expected at most 600000 ms (10 minutes)")
      .default(20_000),
  ),
  METRICS_TOKEN: z.preprocess(
    emptyAsUndefined,
    z.string().min(16, "expected at least 16 characters (a random token)").optional(),
  ),
  /** Web app sessions: the cookie signing secret; unset means one kept in DATA_DIR/session-secret. */
  SESSION_SECRET: z.preprocess(
    emptyAsUndefined,
    z.string().min(32, "expected at least 32 characters (a random secret)").optional(),
  ),
  /** Serve the web app (app/, built once by `npm start`) on the API's port: 1 or 0 (default 1). */
  WEB_APP: z.preprocess(emptyAsUndefined, flag.default(true)),
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
  // Schedules, delivery and alerts (briefs/README.md).
  /** The in-process scheduler; unset means on, except NODE_ENV=test. */
  SCHEDULER: z.preprocess(emptyAsUndefined, flag.optional()),
  SCHEDULER_INTERVAL_MS: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ error: "expected a number of milliseconds" })
      .int("expected a whole number of milliseconds")
      .min(1000, "expected at least 1000 ms")
      .max(3_600_000, "expected at most 3600000 ms (1 hour)")
      .default(30_000),
  ),
  WEBHOOK_ALLOW_PRIVATE: z.preprocess(emptyAsUndefined, flag.default(false)),
  SMTP_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^smtps?:\/\/.+/, "expected an smtp:// or smtps:// URL")
      .optional(),
  ),
  SMTP_FROM: z.preprocess(emptyAsUndefined, z.string().default("Marketing Analyst <analyst@localhost>")),
  APP_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^https?:\/\/.+/, "expected an http(s) URL")
      .optional(),
  ),
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

/**
 * Whether `npm start` seeds the demo organizations: yes on the embedded database and in
 * development (a fresh clone shows data), no on a production PostgreSQL unless DEMO_DATA=1, so
 * fake organizations never land in a real database.
 */
export function demoDataEnabled(env: Pick<Env, "NODE_ENV" | "DATABASE_URL" | "DEMO_DATA">): boolean {
  if (env.DEMO_DATA !== undefined) return env.DEMO_DATA;
  return !(env.NODE_ENV === "production" && env.DATABASE_URL);
}

/**
 * Whether the sign-in page offers one-click sign-in to the demo organization: only where demo data
 * is on, and in production only when DEMO_DATA=1 says so explicitly (a production PGlite start
 * seeds demo data by default, but must not hand out sessions without a key).
 */
export function demoSignInEnabled(env: Pick<Env, "NODE_ENV" | "DATABASE_URL" | "DEMO_DATA">): boolean {
  if (env.NODE_ENV === "production") return env.DEMO_DATA === true;
  return demoDataEnabled(env);
}

/** Whether this process runs the scheduler (schedules and alerts): SCHEDULER, else on outside tests. */
export function schedulerEnabled(env: Pick<Env, "SCHEDULER" | "NODE_ENV">): boolean {
  return env.SCHEDULER ?? env.NODE_ENV !== "test";
}

/**
 * Load `envFile` (default `.env` in the working directory) into `process.env` when it exists.
 * Variables already set in the real environment win over the file (Node's `loadEnvFile` never
 * overwrites them). Libraries that read their own variables (pg's PGSSLMODE, ...) see the file too.
 */
export function loadEnvFile(envFile = ".env"): void {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
}

/** The process environment, after `.env` (see loadEnvFile), parsed. */
export function loadEnv(opts: { envFile?: string } = {}): Env {
  loadEnvFile(opts.envFile);
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

/**
 * PGBIN: the directory of PostgreSQL's server programs (initdb, pg_ctl) for the database-loss
 * drill, as for scripts/pg-throwaway.sh; undefined means "look in /usr/lib/postgresql".
 */
export function postgresBinDir(): string | undefined {
  const v = process.env.PGBIN;
  return v ? v : undefined;
}

/**
 * This process's environment with `overrides` on top, for a child process that must see the same
 * PATH and locale (the drill starts the real service this way).
 */
export function childEnv(overrides: Record<string, string>): Record<string, string | undefined> {
  return { ...process.env, ...overrides };
}

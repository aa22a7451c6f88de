/**
 * `npm run ask -- [--json] [--thread ID] [--org SLUG] [--now YYYY-MM-DD] "question"`
 * Asks the agent on the configured database (embedded by default) and prints the answer, or the
 * same JSON as POST /agents/query with --json. Follow-ups: pass the printed thread id.
 * When `npm start` holds the embedded DATA_DIR, the question goes through its POST /agents/query
 * (see ./ask-through-service.ts) instead of opening the database a second time.
 */
import { z } from "zod";
import { findRunningService } from "../../db/running-service.ts";
import { failCli, parseCli, runCli } from "../../lib/cli.ts";
import { loadEnv } from "../../lib/env.ts";
import { createLogger } from "../../lib/logger.ts";
import { agentQueryInput } from "../contract.ts";
import { askOnDatabase } from "./ask-on-database.ts";
import { askThroughService } from "./ask-through-service.ts";
import { printAnswer } from "./print-answer.ts";

const flags = z.object({
  json: z.boolean().default(false),
  thread: z.string().optional(),
  org: z.string().min(1).default("acme"),
  now: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
    .optional(),
  clarification: z.string().optional(),
});

runCli(async () => {
  const { values, positionals } = parseCli(
    process.argv.slice(2),
    {
      json: { type: "boolean" },
      thread: { type: "string" },
      org: { type: "string" },
      now: { type: "string" },
      clarification: { type: "string" },
    },
    flags,
  );
  const question = positionals.join(" ").trim() || undefined;
  const input = agentQueryInput.safeParse({
    question,
    threadId: values.thread,
    clarificationId: values.clarification,
  });
  if (!input.success) failCli(input.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));

  const env = loadEnv();
  const svc = env.DATABASE_URL ? undefined : await findRunningService(env.DATA_DIR);
  if (svc) {
    if (values.now) {
      failCli(
        `--now: the running service '${svc.command}' (pid ${svc.pid}, ${svc.url}) answers with its own clock; start it with NOW=${values.now}, or stop it to ask on the database`,
      );
    }
    process.stderr.write(`(through the running service '${svc.command}', pid ${svc.pid}, ${svc.url})\n`);
    printAnswer(await askThroughService(svc, values.org, input.data), values.json);
    return;
  }
  const logger = createLogger({ level: env.LOG_LEVEL === "info" ? "warn" : env.LOG_LEVEL });
  const { answer } = await askOnDatabase(env, logger, "npm run ask", {
    org: values.org,
    question: input.data.question,
    threadId: input.data.threadId,
    clarificationId: input.data.clarificationId,
    now: values.now,
  });
  printAnswer(answer, values.json);
});

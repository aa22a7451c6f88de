/**
 * `npm run ask -- [--json] [--thread ID] [--org SLUG] [--now YYYY-MM-DD] "question"`
 * Asks the agent on the configured database (embedded by default) and prints the answer, or the
 * same JSON as POST /agents/query with --json. Follow-ups: pass the printed thread id.
 * When `npm start` holds the embedded DATA_DIR, the question goes through its POST /agents/query
 * (see ./ask-through-service.ts) instead of opening the database a second time.
 */
import { z } from "zod";
import { embedderFor } from "../../db/catalog/embedder.ts";
import { openDatabase } from "../../db/connect.ts";
import { findOrganizationBySlug } from "../../db/repositories/organizations.ts";
import { findRunningService } from "../../db/running-service.ts";
import { failCli, parseCli, runCli } from "../../lib/cli.ts";
import { loadEnv } from "../../lib/env.ts";
import { AppError } from "../../lib/errors.ts";
import { createLogger } from "../../lib/logger.ts";
import { DatabaseCheckpointSaver } from "../checkpointer/index.ts";
import { agentQueryInput } from "../contract.ts";
import { openAiOptionsFromEnv } from "../models/index.ts";
import { createAgentService } from "../service.ts";
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
  const db = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    logger,
    command: "npm run ask",
  });
  try {
    const org = await findOrganizationBySlug(db, values.org);
    if (!org)
      throw new AppError(
        "not_found",
        `no organization '${values.org}' (start the service once to seed the demo data)`,
      );
    const agent = createAgentService({
      db,
      logger,
      checkpointer: new DatabaseCheckpointSaver(db),
      embedder: embedderFor(env),
      openai: openAiOptionsFromEnv(env),
    });
    const nowDate = values.now ?? env.NOW;
    const answer = await agent.ask({
      tenant: { ...org, organizationId: org.id },
      question: input.data.question,
      threadId: input.data.threadId,
      clarificationId: input.data.clarificationId,
      now: nowDate ? new Date(`${nowDate}T12:00:00Z`) : new Date(),
      surface: "cli",
    });
    printAnswer(answer, values.json);
  } finally {
    await db.close();
  }
});

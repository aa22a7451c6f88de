/**
 * `npm run ask -- [--json] [--thread ID] [--org SLUG] [--now YYYY-MM-DD] "question"`
 * Asks the agent on the configured database (embedded by default) and prints the answer, or the
 * same JSON as POST /agents/query with --json. Follow-ups: pass the printed thread id.
 */
import { z } from "zod";
import { embedderFor } from "../../db/catalog/embedder.ts";
import { openDatabase } from "../../db/connect.ts";
import { findOrganizationBySlug } from "../../db/repositories/organizations.ts";
import { failCli, parseCli, runCli } from "../../lib/cli.ts";
import { loadEnv } from "../../lib/env.ts";
import { AppError } from "../../lib/errors.ts";
import { createLogger } from "../../lib/logger.ts";
import { DatabaseCheckpointSaver } from "../checkpointer/index.ts";
import { agentQueryInput } from "../contract.ts";
import { openAiOptionsFromEnv } from "../models/index.ts";
import { createAgentService } from "../service.ts";

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
  const logger = createLogger({ level: env.LOG_LEVEL === "info" ? "warn" : env.LOG_LEVEL });
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, logger });
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
    if (values.json) {
      process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
      return;
    }
    process.stdout.write(`${answer.answer}\n`);
    if (answer.clarification) {
      for (const o of answer.clarification.options)
        process.stdout.write(`  --clarification ${o.id}   (${o.label})\n`);
    }
    const calls = answer.toolCalls.map((c) => `${c.name}(${JSON.stringify(c.args)})`).join("; ");
    process.stdout.write(`\n[thread ${answer.threadId}] [${answer.model.kind}] ${calls}\n`);
  } finally {
    await db.close();
  }
});

/**
 * Ask the agent on the configured database (embedded by default, taking the DATA_DIR lock) as one
 * organization, for CLIs that run without the service: `npm run ask` and `npm run slack:preview`.
 */
import { embedderFor } from "../../db/catalog/embedder.ts";
import { openDatabase } from "../../db/connect.ts";
import type { OrganizationRow } from "../../db/repositories/organizations.ts";
import { findOrganizationBySlug } from "../../db/repositories/organizations.ts";
import type { Env } from "../../lib/env.ts";
import { AppError } from "../../lib/errors.ts";
import type { Logger } from "../../lib/logger.ts";
import { DatabaseCheckpointSaver } from "../checkpointer/index.ts";
import type { AgentAnswer } from "../contract.ts";
import { openAiOptionsFromEnv } from "../models/index.ts";
import { createAgentService } from "../service.ts";

/** One question (or clarification choice) for `org`, answered at `now` (YYYY-MM-DD, default NOW or the clock). */
export interface LocalQuestion {
  org: string;
  question?: string | undefined;
  threadId?: string | undefined;
  clarificationId?: string | undefined;
  now?: string | undefined;
}

/**
 * Open the database, answer, close it. `command` names the caller in the DATA_DIR lock, so another
 * process that finds the lock says who holds it.
 * @example const { answer, org } = await askOnDatabase(env, logger, "npm run ask", { org: "acme", question: "roas last month" });
 */
export async function askOnDatabase(
  env: Env,
  logger: Logger,
  command: string,
  q: LocalQuestion,
): Promise<{ answer: AgentAnswer; org: OrganizationRow }> {
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, logger, command });
  try {
    const org = await findOrganizationBySlug(db, q.org);
    if (!org)
      throw new AppError(
        "not_found",
        `no organization '${q.org}' (start the service once to seed the demo data)`,
      );
    const agent = createAgentService({
      db,
      logger,
      checkpointer: new DatabaseCheckpointSaver(db),
      embedder: embedderFor(env),
      openai: openAiOptionsFromEnv(env),
    });
    const nowDate = q.now ?? env.NOW;
    const answer = await agent.ask({
      tenant: { ...org, organizationId: org.id },
      ...(q.question !== undefined ? { question: q.question } : {}),
      ...(q.threadId !== undefined ? { threadId: q.threadId } : {}),
      ...(q.clarificationId !== undefined ? { clarificationId: q.clarificationId } : {}),
      now: nowDate ? new Date(`${nowDate}T12:00:00Z`) : new Date(),
      surface: "cli",
    });
    return { answer, org };
  } finally {
    await db.close();
  }
}

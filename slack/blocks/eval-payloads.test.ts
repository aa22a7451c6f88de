/**
 * Every Slack payload the eval set's answers produce stays within Block Kit's limits: each turn of
 * every case in evals/datasets is answered by the real agent on seeded demo data, and the answer
 * message, its Show SQL reply and any clarification are built and validated (0 over a limit).
 */
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatabaseCheckpointSaver } from "../../agent/checkpointer/index.ts";
import { createAgentService } from "../../agent/service.ts";
import { seedTestData } from "../../api/testing.ts";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { listOrganizations } from "../../db/repositories/organizations.ts";
import { readJsonl } from "../../evals/jsonl.ts";
import { silentLogger } from "../../lib/logger.ts";
import { createLocalEmbedder } from "../../semantic/search/embed-local.ts";
import { findLimitViolations } from "./limits.ts";
import { buildAnswerMessage, buildSqlMessage } from "./message.ts";
import { provenanceSql } from "./receipt.ts";

interface BuiltCase {
  kind?: string;
  id: string;
  org: string;
  turns: Array<{ question: string; clarificationId?: string }>;
}

const DATASETS = ["data", "analysis", "conversation"].map((n) =>
  fileURLToPath(new URL(`../../evals/datasets/${n}.jsonl`, import.meta.url)),
);
let db: Database;

beforeAll(async () => {
  db = await openTestDatabase();
  await seedTestData(db);
}, 120_000);
afterAll(async () => db.close());

describe("Block Kit payloads of the eval set's answers", () => {
  it("are all within Slack's limits", async () => {
    const cases = (await Promise.all(DATASETS.map(readJsonl)))
      .flat()
      .filter((c): c is BuiltCase => (c as BuiltCase).kind !== "meta");
    const orgs = new Map((await listOrganizations(db)).map((o) => [o.slug, o]));
    const agent = createAgentService({
      db,
      logger: silentLogger,
      checkpointer: new DatabaseCheckpointSaver(db),
      embedder: createLocalEmbedder(),
    });
    const now = new Date("2026-11-01T12:00:00Z");
    const violations: string[] = [];
    let payloads = 0;
    let withTable = 0;
    let withClarification = 0;
    for (const c of cases) {
      const org = orgs.get(c.org)!;
      let threadId: string | undefined;
      for (const turn of c.turns) {
        const answer = await agent.ask({
          tenant: { ...org, organizationId: org.id },
          question: turn.question,
          clarificationId: turn.clarificationId,
          threadId,
          now,
          surface: "slack",
        });
        threadId = answer.threadId;
        const sql = provenanceSql(answer.provenance);
        const message = buildAnswerMessage(answer, {
          currency: org.currency,
          answerRef: 123456,
          hasSql: sql.length > 0,
        });
        for (const [name, payload] of [
          ["answer", message],
          ["sql", buildSqlMessage(sql)],
        ] as const) {
          payloads++;
          for (const v of findLimitViolations(payload))
            violations.push(`${c.id} "${turn.question}" ${name}: ${v}`);
        }
        if (message.blocks.some((b) => b.block_id === "table")) withTable++;
        if (answer.clarification) withClarification++;
      }
    }
    process.stdout.write(
      `[slack] ${cases.length} eval cases -> ${payloads} payloads (${withTable} with a table, ${withClarification} clarifications), ${violations.length} over a limit\n`,
    );
    expect(violations).toEqual([]);
    expect(withTable).toBeGreaterThan(50);
    expect(withClarification).toBeGreaterThan(5);
  }, 600_000);
});

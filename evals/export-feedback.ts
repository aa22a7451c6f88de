/**
 * `npm run evals -- --export-feedback`: turn thumbs-down answers into candidate eval cases for
 * review. Reads feedback rated 'down' from the configured database (DATA_DIR or DATABASE_URL),
 * joins each to its thread's messages, and writes evals/datasets/candidates.jsonl: the user turns
 * of the thread up to the rated answer, the answer's tool calls and text, and the correction.
 * Candidates carry no expectation: a reviewer writes one into evals/cases/ before it counts.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { openDatabase } from "../db/connect.ts";
import { listMessages } from "../db/repositories/threads.ts";
import { loadEnv } from "../lib/env.ts";
import type { Logger } from "../lib/logger.ts";
import { DATASET_DIR } from "./build.ts";
import { toJsonl } from "./jsonl.ts";

interface FeedbackRow extends Record<string, unknown> {
  id: number;
  organizationId: number;
  slug: string;
  threadId: string;
  messageId: number | null;
  correction: string | null;
}

/** Export thumbs-down feedback as candidate cases; returns the process exit code. */
export async function exportFeedback(opts: { logger: Logger; outFile?: string }): Promise<number> {
  const env = loadEnv();
  const db = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    logger: opts.logger,
    command: "npm run evals -- --export-feedback",
  });
  try {
    const rows = await db.query<FeedbackRow>(
      `SELECT f.id, f.organization_id AS "organizationId", o.slug, f.thread_id AS "threadId",
              f.message_id AS "messageId", f.correction
         FROM feedback f JOIN organizations o ON o.id = f.organization_id
        WHERE f.rating = 'down' ORDER BY f.id`,
    );
    const candidates = [];
    for (const f of rows) {
      const messages = await listMessages(db, f.organizationId, f.threadId);
      const rated = f.messageId ?? messages.filter((m) => m.role === "assistant").at(-1)?.id;
      const upTo = messages.filter((m) => rated === undefined || m.id <= rated);
      const answer = upTo.filter((m) => m.role === "assistant").at(-1);
      candidates.push({
        id: `feedback.${f.id}`,
        org: f.slug,
        tags: ["feedback", "needs_review"],
        turns: upTo.filter((m) => m.role === "user").map((m) => m.content),
        answer: answer ? { text: answer.content, payload: answer.payload } : null,
        correction: f.correction,
      });
    }
    const out = opts.outFile ?? path.join(DATASET_DIR, "candidates.jsonl");
    await writeFile(out, toJsonl(candidates));
    console.log(`${candidates.length} thumbs-down answers written to ${out} for review`);
    return 0;
  } finally {
    await db.close();
  }
}

/**
 * `npx tsx evals/blind/score.ts [labels/FILE.json ...]`: the blind set's figures from a judge's
 * labels: the share of useful answers, and the count of confident answers to a different
 * question (the failure that matters most). Labels are a human judgement of `answers.json`; this
 * only counts them, checking that every question is labelled exactly once with a known label.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { readBlindQuestions } from "./run.ts";

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** What a judge can say of one answer. */
export const LABELS = ["useful", "decline", "unhelpful", "misleading", "different", "error"] as const;

const labelFileSchema = z.object({
  judge: z.string(),
  answersFrom: z.string(),
  labels: z.record(z.string(), z.object({ label: z.enum(LABELS), note: z.string().optional() })),
});

/** Counts by label and the headline shares. */
export function scoreLabels(ids: string[], labels: z.infer<typeof labelFileSchema>["labels"]) {
  const missing = ids.filter((id) => !labels[id]);
  const extra = Object.keys(labels).filter((id) => !ids.includes(id));
  if (missing.length || extra.length)
    throw new Error(
      `labels do not match the questions: missing ${missing.join(",")} extra ${extra.join(",")}`,
    );
  const counts = Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<(typeof LABELS)[number], number>;
  for (const id of ids) counts[labels[id]?.label ?? "error"]++;
  return { total: ids.length, counts, usefulShare: counts.useful / ids.length };
}

async function main(): Promise<void> {
  // A label file belongs to one set (set 1's ids are b001..., set 2's c001..., and so on): score it
  // against its own set. Every questions*.jsonl beside this file is a set, so a new set needs no edit.
  const files = (await readdir(HERE)).filter((f) => /^questions(-\d+)?\.jsonl$/.test(f)).sort();
  const sets = await Promise.all(
    files.map(async (f) => (await readBlindQuestions(path.join(HERE, f))).map((q) => q.id)),
  );
  for (const file of process.argv.slice(2)) {
    const parsed = labelFileSchema.parse(JSON.parse(await readFile(file, "utf8")));
    const first = Object.keys(parsed.labels)[0] ?? "";
    const ids = sets.find((set) => set.includes(first)) ?? sets[0] ?? [];
    const s = scoreLabels(ids, parsed.labels);
    const counts = LABELS.map((l) => `${l} ${s.counts[l]}`).join(", ");
    console.log(
      `${path.basename(file)}: useful ${s.counts.useful}/${s.total} (${(s.usefulShare * 100).toFixed(1)}%); ${counts}`,
    );
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

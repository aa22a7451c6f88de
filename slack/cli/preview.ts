/**
 * `npm run slack:preview -- [--org SLUG] [--now YYYY-MM-DD] [--out FILE.png] "question"`
 * Asks the agent on the configured database (like `npm run ask`) and prints the Slack message the
 * app would post (Block Kit JSON, with the limit check), and writes the chart PNG when the chart
 * renderer is available, so a developer sees the message without a workspace. Paste the JSON into
 * Slack's Block Kit Builder to see it rendered.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { askOnDatabase } from "../../agent/cli/ask-on-database.ts";
import { failCli, parseCli, runCli } from "../../lib/cli.ts";
import { loadEnv } from "../../lib/env.ts";
import { createLogger } from "../../lib/logger.ts";
import { findLimitViolations } from "../blocks/limits.ts";
import { buildAnswerMessage } from "../blocks/message.ts";
import { provenanceSql } from "../blocks/receipt.ts";
import { loadChartRenderer } from "../chart-renderer.ts";

const flags = z.object({
  org: z.string().min(1).default("acme"),
  now: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
    .optional(),
  out: z.string().endsWith(".png", "expected a .png file name").default("slack-preview.png"),
});

runCli(async () => {
  const { values, positionals } = parseCli(
    process.argv.slice(2),
    { org: { type: "string" }, now: { type: "string" }, out: { type: "string" } },
    flags,
  );
  const question = positionals.join(" ").trim();
  if (!question) failCli('expected a question, e.g. npm run slack:preview -- "ROAS by channel last month"');

  const env = loadEnv();
  const logger = createLogger({ level: env.LOG_LEVEL === "info" ? "warn" : env.LOG_LEVEL });
  const { answer, org } = await askOnDatabase(env, logger, "npm run slack:preview", {
    org: values.org,
    question,
    now: values.now,
  });
  // answerRef 0 stands in for the stored answer's id so the buttons show as they would in Slack.
  const message = buildAnswerMessage(answer, {
    currency: org.currency,
    answerRef: 0,
    hasSql: provenanceSql(answer.provenance).length > 0,
  });
  process.stdout.write(`${JSON.stringify(message, null, 2)}\n`);
  const violations = findLimitViolations(message);
  process.stderr.write(
    violations.length === 0
      ? `Block Kit limits: ok (${message.blocks.length} blocks)\n`
      : `Block Kit limits: ${violations.length} over\n  ${violations.join("\n  ")}\n`,
  );
  if (!answer.chart) {
    process.stderr.write("No chart for this answer.\n");
    return;
  }
  const render = await loadChartRenderer(logger);
  if (!render) {
    process.stderr.write(
      "Chart PNG not written: the chart renderer (slack/chart/render-png.ts) is not available.\n",
    );
    return;
  }
  const png = await render(answer.chart);
  if (png) {
    await writeFile(values.out, png);
    process.stderr.write(`Chart PNG written to ${path.resolve(values.out)} (${png.length} bytes)\n`);
  }
});

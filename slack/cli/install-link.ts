/**
 * `npm run slack:install-link -- <org-slug> [--base URL]`: print the signed link that installs the
 * Slack app into a workspace for one organization (multi-workspace OAuth; needs SLACK_STATE_SECRET).
 */
import { z } from "zod";
import { failCli, parseCli, runCli } from "../../lib/cli.ts";
import { loadEnv } from "../../lib/env.ts";
import { installLinkPath } from "../oauth.ts";

runCli(async () => {
  const { values, positionals } = parseCli(
    process.argv.slice(2),
    { base: { type: "string" } },
    z.object({
      base: z.string().url("expected the service's public URL, e.g. https://analyst.example.com").optional(),
    }),
  );
  const slug = positionals[0];
  if (!slug) failCli("expected an organization slug, e.g. npm run slack:install-link -- acme");
  const env = loadEnv();
  if (!env.SLACK_STATE_SECRET) failCli("SLACK_STATE_SECRET is not set (the OAuth install needs it)");
  const base = values.base ?? `http://localhost:${env.PORT}`;
  process.stdout.write(`${base.replace(/\/$/, "")}${installLinkPath(env.SLACK_STATE_SECRET, slug)}\n`);
});

/**
 * Multi-workspace install (hosted deployment): GET /slack/install?org=<slug>&sig=<hmac> starts
 * Slack's OAuth flow for one organization, GET /slack/oauth_redirect stores the installation.
 * The link is signed with SLACK_STATE_SECRET (`npm run slack:install-link -- <slug>` prints it), so
 * only an operator can bind a workspace to an organization; the slug travels in OAuth's state.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { InstallProvider } from "@slack/oauth";
import { Router as createRouter, type Router } from "express";
import { z } from "zod";
import type { Database } from "../db/database.ts";
import type { Logger } from "../lib/logger.ts";
import type { SlackConfig } from "./config.ts";
import { createInstallationStore } from "./tenancy.ts";

/** Bot scopes the app asks for (keep in step with slack/manifest.yaml). */
export const BOT_SCOPES = [
  "app_mentions:read",
  "assistant:write",
  "chat:write",
  "commands",
  "files:write",
  "im:history",
  "im:read",
  "im:write",
] as const;

/** The signature of an install link for `slug`. */
export function installLinkSignature(stateSecret: string, slug: string): string {
  return createHmac("sha256", stateSecret).update(`slack-install:${slug}`).digest("hex");
}

/** The path of a signed install link for one organization. */
export function installLinkPath(stateSecret: string, slug: string): string {
  return `/slack/install?org=${encodeURIComponent(slug)}&sig=${installLinkSignature(stateSecret, slug)}`;
}

const installQuery = z.object({
  org: z.string().regex(/^[a-z0-9-]{1,100}$/, "expected an organization slug"),
  sig: z.string().regex(/^[0-9a-f]{64}$/, "expected the link's signature"),
});

/** The install and redirect routes (mounted next to /slack/events). */
export function oauthRouter(deps: {
  db: Database;
  logger: Logger;
  oauth: NonNullable<SlackConfig["oauth"]>;
  apiUrl?: string;
}): Router {
  const router = createRouter();
  const installer = new InstallProvider({
    clientId: deps.oauth.clientId,
    clientSecret: deps.oauth.clientSecret,
    stateSecret: deps.oauth.stateSecret,
    installationStore: createInstallationStore(deps.db),
    // The signed link is already the operator's "add to Slack": go straight to Slack's consent page.
    directInstall: true,
    clientOptions: deps.apiUrl ? { slackApiUrl: deps.apiUrl } : undefined,
  });
  router.get("/slack/install", async (req, res) => {
    const parsed = installQuery.safeParse(req.query);
    const expected = parsed.success ? installLinkSignature(deps.oauth.stateSecret, parsed.data.org) : "";
    if (
      !parsed.success ||
      !timingSafeEqual(Buffer.from(expected, "hex"), Buffer.from(parsed.data.sig, "hex"))
    ) {
      res
        .status(403)
        .type("text/plain")
        .send("This install link is not valid. Ask an operator for a signed link.\n");
      return;
    }
    try {
      await installer.handleInstallPath(req, res, undefined, {
        scopes: [...BOT_SCOPES],
        metadata: parsed.data.org,
      });
    } catch (e) {
      deps.logger.error({ err: e }, "Slack install path failed");
      if (!res.headersSent)
        res.status(500).type("text/plain").send("Slack install failed; see the service log.\n");
    }
  });
  router.get("/slack/oauth_redirect", async (req, res) => {
    await installer.handleCallback(req, res, {
      failure: (error, _options, _req, r) => {
        deps.logger.warn({ err: error }, "Slack install did not complete");
        r.writeHead(400, { "content-type": "text/plain" });
        r.end("The Slack install did not complete. Start again from your install link.\n");
      },
    });
  });
  return router;
}

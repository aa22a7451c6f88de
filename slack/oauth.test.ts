/**
 * The multi-workspace install: a signed per-organization link starts Slack's OAuth flow, and the
 * redirect stores the workspace's token bound to that organization (msw plays oauth.v2.access).
 */
import type { Server } from "node:http";
import express from "express";
import { HttpResponse, http, passthrough } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertTestOrganizations } from "../api/testing.ts";
import { openTestDatabase } from "../db/connect.ts";
import type { Database } from "../db/database.ts";
import { findSlackInstallation } from "../db/repositories/slack.ts";
import { silentLogger } from "../lib/logger.ts";
import { installLinkPath, oauthRouter } from "./oauth.ts";

const API = "https://slack.test/api/";
const OAUTH = { clientId: "111.222", clientSecret: "client-secret", stateSecret: "state-secret" };
const msw = setupServer(
  http.post(`${API}oauth.v2.access`, () =>
    HttpResponse.json({
      ok: true,
      app_id: "A1",
      authed_user: { id: "U1" },
      scope: "chat:write",
      token_type: "bot",
      access_token: "xoxb-installed",
      bot_user_id: "UBOT2",
      team: { id: "T_NEW", name: "New" },
      enterprise: null,
      is_enterprise_install: false,
    }),
  ),
  http.post(`${API}auth.test`, () =>
    HttpResponse.json({ ok: true, user_id: "UBOT2", bot_id: "BBOT2", team_id: "T_NEW" }),
  ),
  http.all(/^http:\/\/127\.0\.0\.1:/, () => passthrough()),
);

let db: Database;
let server: Server;
let url: string;
let orgs: { acme: number; beta: number };

beforeAll(async () => {
  msw.listen({ onUnhandledFrame: "error" });
  db = await openTestDatabase();
  orgs = await insertTestOrganizations(db);
  const app = express().use(oauthRouter({ db, logger: silentLogger, oauth: OAUTH, apiUrl: API }));
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});
afterAll(async () => {
  msw.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.close();
});

describe("Slack OAuth install", () => {
  it("refuses an unsigned or forged install link", async () => {
    const forged = installLinkPath("another-secret", "beta-bikes");
    for (const path of ["/slack/install", "/slack/install?org=beta-bikes", forged]) {
      const res = await fetch(`${url}${path}`, { redirect: "manual" });
      expect(res.status).toBe(403);
    }
  });

  it("binds the installed workspace to the organization of the signed link", async () => {
    const start = await fetch(`${url}${installLinkPath(OAUTH.stateSecret, "beta-bikes")}`, {
      redirect: "manual",
    });
    expect(start.status).toBe(302);
    const location = new URL(start.headers.get("location")!);
    expect(location.origin + location.pathname).toBe("https://slack.com/oauth/v2/authorize");
    expect(location.searchParams.get("client_id")).toBe(OAUTH.clientId);
    const state = location.searchParams.get("state")!;
    const cookie = start.headers.get("set-cookie")!.split(";")[0]!;

    const done = await fetch(`${url}/slack/oauth_redirect?code=abc&state=${encodeURIComponent(state)}`, {
      headers: { cookie },
      redirect: "manual",
    });
    expect(done.status).toBe(200);
    const row = await findSlackInstallation(db, { teamId: "T_NEW" });
    expect(row).toMatchObject({ organizationId: orgs.beta, botToken: "xoxb-installed", botUserId: "UBOT2" });
  });
});

/**
 * Schedule and alert management from Slack: signed `/analyst` commands into the real Bolt receiver
 * list this workspace's organization's schedules and alert rules and delete one; another
 * organization's ids are not found. The agent is a stand-in (management never reaches it).
 */
import type { Server } from "node:http";
import { http, passthrough } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AgentService } from "../agent/service.ts";
import { createApp } from "../api/app.ts";
import { insertTestOrganizations, testDeps } from "../api/testing.ts";
import { insertAlertRule } from "../briefs/alerts/repository.ts";
import { getSchedule, insertSchedule } from "../briefs/schedule/repository.ts";
import { openTestDatabase } from "../db/connect.ts";
import type { Database } from "../db/database.ts";
import { createSlackApp, type SlackRuntime } from "./app.ts";
import { parseManageCommand } from "./manage.ts";
import { slackApiStub, slackSignature } from "./testing.ts";

const SECRET = "manage-secret";
const API = "https://slack.test/api/";
const stub = slackApiStub(API);
const msw = setupServer(
  ...stub.handlers,
  http.all(/^http:\/\/127\.0\.0\.1:/, () => passthrough()),
);
const NOW = new Date("2026-11-01T12:00:00Z");

let db: Database;
let server: Server;
let slack: SlackRuntime;
let url: string;
let ids: { acmeSchedule: number; acmeAlert: number; betaSchedule: number };
const asked: unknown[] = [];
const agent = { ask: async (i: unknown) => asked.push(i) } as unknown as AgentService;

beforeAll(async () => {
  msw.listen({ onUnhandledFrame: "error" });
  db = await openTestDatabase();
  const orgs = await insertTestOrganizations(db);
  const schedule = (name: string) => ({
    name,
    kind: "brief" as const,
    target: { period: { preset: "last_week" } },
    cron: "0 9 * * 1",
    destinations: [{ type: "slack" as const, channel: "C0MARKETING" }],
    enabled: true,
    createdBy: "test",
  });
  const acmeSchedule = (await insertSchedule(db, orgs.acme, schedule("Weekly brief"), NOW)).id;
  const betaSchedule = (await insertSchedule(db, orgs.beta, schedule("Beta brief"), NOW)).id;
  const acmeAlert = (
    await insertAlertRule(
      db,
      orgs.acme,
      {
        name: "CPA above 50",
        metric: "cpa",
        condition: { kind: "threshold", op: "above", value: 50 },
        scope: null,
        destinations: [{ type: "slack", channel: "C0MARKETING" }],
        enabled: true,
        evaluatedThrough: null,
        createdBy: "test",
      },
      NOW,
    )
  ).id;
  ids = { acmeSchedule, acmeAlert, betaSchedule };
  const deps = testDeps(db, { agent, now: () => new Date(NOW) });
  slack = createSlackApp({
    ...deps,
    config: { signingSecret: SECRET, apiUrl: API, orgSlug: "acme", botToken: "xoxb-t", teamId: "T_ACME" },
  });
  server = await new Promise<Server>((resolve) => {
    const s = createApp(deps, { slackRouter: slack.router }).listen(0, "127.0.0.1", () => resolve(s));
  });
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});
afterAll(async () => {
  await slack.idle();
  msw.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.close();
});

async function command(text: string): Promise<string> {
  const body = new URLSearchParams({
    command: "/analyst",
    text,
    team_id: "T_ACME",
    channel_id: "C0MARKETING",
    user_id: "U1",
    response_url: "https://hooks.slack.test/commands/1",
    trigger_id: "t",
    token: "legacy",
    api_app_id: "A1",
  }).toString();
  const res = await fetch(`${url}/slack/events`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...slackSignature(SECRET, body) },
    body,
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { text: string }).text;
}

describe("parseManageCommand", () => {
  it("reads list and delete commands and leaves questions alone", () => {
    expect(parseManageCommand("list my schedules")).toEqual({ kind: "list" });
    expect(parseManageCommand("alerts")).toEqual({ kind: "list" });
    expect(parseManageCommand("delete schedule #3")).toEqual({ kind: "delete", what: "schedule", id: 3 });
    expect(parseManageCommand("remove alert rule 12")).toEqual({ kind: "delete", what: "alert", id: 12 });
    expect(parseManageCommand("what was CPA last week")).toBeUndefined();
  });
});

describe("/analyst schedule management", () => {
  it("lists this organization's schedules and alert rules only", async () => {
    const text = await command("list schedules");
    expect(text).toBe(
      [
        "*Schedules* (1)",
        `• schedule ${ids.acmeSchedule}: Weekly brief (\`0 9 * * 1\` America/New_York) to <#C0MARKETING>, next 2026-11-02T14:00:00.000Z`,
        "*Alert rules* (1)",
        `• alert ${ids.acmeAlert}: CPA above 50 (cpa) to <#C0MARKETING>`,
        "Remove one with `/analyst delete schedule <id>` or `/analyst delete alert <id>`.",
      ].join("\n"),
    );
    expect(asked).toEqual([]);
  });

  it("deletes one by id, and does not find another organization's", async () => {
    expect(await command(`delete schedule ${ids.betaSchedule}`)).toMatch(/^There is no schedule/);
    expect(
      await getSchedule(
        db,
        (await db.query<{ id: number }>("SELECT id FROM organizations WHERE slug='beta-bikes'"))[0]!.id,
        ids.betaSchedule,
      ),
    ).toBeDefined();
    expect(await command(`delete schedule ${ids.acmeSchedule}`)).toBe(
      `Deleted schedule ${ids.acmeSchedule} (“Weekly brief”).`,
    );
    expect(await command(`delete alert ${ids.acmeAlert}`)).toBe(
      `Deleted alert ${ids.acmeAlert} (“CPA above 50”).`,
    );
    expect(await command("list schedules")).toMatch(/^No schedules or alert rules yet\./);
    const audit = await db.query<{ action: string; actor: string }>(
      "SELECT action, actor FROM audit_log WHERE action IN ('schedule.delete', 'alert_rule.delete') ORDER BY id",
    );
    expect(audit).toEqual([
      { action: "schedule.delete", actor: "slack:U1" },
      { action: "alert_rule.delete", actor: "slack:U1" },
    ]);
  });
});

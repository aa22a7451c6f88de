/**
 * The agent's confirm flow end to end (planner, graph, create_automation, repositories): a request
 * is answered with exactly what would be created and Confirm / Cancel; only Confirm creates it,
 * through the same tables /api/v1/briefs and /api/v1/alerts list; viewers cannot create.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedTestData } from "../../api/testing.ts";
import { listAlertRules } from "../../briefs/alerts/repository.ts";
import { listSchedules } from "../../briefs/schedule/repository.ts";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { findOrganizationBySlug } from "../../db/repositories/organizations.ts";
import { findSavedReport } from "../../db/repositories/saved-reports.ts";
import { silentLogger } from "../../lib/logger.ts";
import { createLocalEmbedder } from "../../semantic/search/embed-local.ts";
import { DatabaseCheckpointSaver } from "../checkpointer/index.ts";
import { CANCEL_ID, CONFIRM_ID } from "../planner/automation-intent.ts";
import { type AgentService, type AgentTenant, createAgentService } from "../service.ts";

const NOW = new Date("2026-11-01T12:00:00Z");
let db: Database;
let agent: AgentService;
let tenant: AgentTenant;
const slackAnalyst = { role: "analyst", slackChannel: "C0MARKETING", actor: "slack:T1" };

beforeAll(async () => {
  db = await openTestDatabase();
  await seedTestData(db, 0.02);
  const org = (await findOrganizationBySlug(db, "acme"))!;
  tenant = { ...org, organizationId: org.id };
  agent = createAgentService({
    db,
    logger: silentLogger,
    checkpointer: new DatabaseCheckpointSaver(db),
    embedder: createLocalEmbedder(),
  });
}, 180_000);
afterAll(() => db?.close());

describe("agent confirm flow for alerts and schedules", () => {
  it("proposes an alert rule with Confirm/Cancel and creates it only on Confirm", async () => {
    const before = (await listAlertRules(db, tenant.organizationId)).length;
    const q = await agent.ask({
      tenant,
      question: "alert me if CPA goes above $50",
      now: NOW,
      surface: "slack",
      requester: slackAnalyst,
    });
    expect(q.clarification?.options).toEqual([
      { id: CONFIRM_ID, label: "Confirm" },
      { id: CANCEL_ID, label: "Cancel" },
    ]);
    expect(q.clarification?.question).toBe(
      "I'll create an alert rule when a day's Cost per acquisition across the whole business is above 50, checked after each data load and daily (at most one alert per day), delivered to this Slack channel (C0MARKETING). Shall I create it?",
    );
    expect((await listAlertRules(db, tenant.organizationId)).length).toBe(before);

    const done = await agent.ask({
      tenant,
      threadId: q.threadId,
      clarificationId: CONFIRM_ID,
      now: NOW,
      surface: "slack",
      requester: slackAnalyst,
    });
    const rules = await listAlertRules(db, tenant.organizationId);
    expect(rules.length).toBe(before + 1);
    const rule = rules.at(-1)!;
    expect(rule).toMatchObject({
      metric: "cpa",
      condition: { kind: "threshold", op: "above", value: 50 },
      scope: null,
      destinations: [{ type: "slack", channel: "C0MARKETING" }],
      createdBy: "slack:T1",
    });
    expect(done.answer).toBe(
      `Created alert rule ${rule.id} ("Cost per acquisition above 50"), delivered to Slack channel C0MARKETING; it is checked after each data load and daily. To remove it: DELETE /api/v1/alerts/${rule.id}, or "/analyst delete alert ${rule.id}" in Slack.`,
    );
    expect(done.verification.grounded).toBe(true);
  });

  it("creates nothing on Cancel", async () => {
    const before = (await listAlertRules(db, tenant.organizationId)).length;
    const q = await agent.ask({
      tenant,
      question: "let me know when ROAS drops below 2 on paid social",
      now: NOW,
      surface: "slack",
      requester: slackAnalyst,
    });
    expect(q.clarification?.question).toContain("Return on ad spend on Paid Social is below 2");
    const c = await agent.ask({
      tenant,
      threadId: q.threadId,
      clarificationId: CANCEL_ID,
      now: NOW,
      requester: slackAnalyst,
    });
    expect(c.answer).toBe("Cancelled: nothing was created.");
    expect((await listAlertRules(db, tenant.organizationId)).length).toBe(before);
  });

  it("schedules the thread's previous question as a saved report, in the org's time zone", async () => {
    const first = await agent.ask({
      tenant,
      question: "revenue by channel last week",
      now: NOW,
      surface: "slack",
      requester: slackAnalyst,
    });
    const q = await agent.ask({
      tenant,
      threadId: first.threadId,
      question: "send me this every Monday at 9",
      now: NOW,
      surface: "slack",
      requester: slackAnalyst,
    });
    expect(q.clarification?.question).toBe(
      `I'll schedule the answer to "revenue by channel last week" (re-run with fresh data each time), every Monday at 09:00 (America/New_York), delivered to this Slack channel (C0MARKETING). Shall I create it?`,
    );
    const done = await agent.ask({
      tenant,
      threadId: first.threadId,
      clarificationId: CONFIRM_ID,
      now: NOW,
      surface: "slack",
      requester: slackAnalyst,
    });
    const schedule = (await listSchedules(db, tenant.organizationId)).at(-1)!;
    expect(schedule).toMatchObject({
      kind: "report",
      cron: "0 9 * * 1",
      name: "revenue by channel last week",
    });
    const report = await findSavedReport(db, tenant.organizationId, String(schedule.target.reportId));
    expect(report).toMatchObject({ question: "revenue by channel last week", period: "last_week" });
    expect(done.answer).toContain(
      `Created schedule ${schedule.id} (your previous question, re-run with fresh data): every Monday at 09:00 (America/New_York)`,
    );
    expect(done.verification.grounded).toBe(true);
  });

  it("refuses viewers, and asks for an address or a destination when none is known", async () => {
    const viewer = await agent.ask({
      tenant,
      question: "alert me if CPA goes above $50",
      now: NOW,
      surface: "api",
      requester: { role: "viewer" },
    });
    expect(viewer.clarification).toBeUndefined();
    expect(viewer.answer).toMatch(
      /^Creating schedules and alerts needs an analyst or admin key; yours is a viewer key\./,
    );
    const email = await agent.ask({
      tenant,
      question: "email me a weekly report every Monday",
      now: NOW,
      surface: "api",
      requester: { role: "analyst" },
    });
    expect(email.answer).toMatch(/^Which e-mail address should it go to\?/);
    const withAddress = await agent.ask({
      tenant,
      question: "email me a weekly report every Monday at jo@acme.example",
      now: NOW,
      surface: "api",
      requester: { role: "analyst" },
    });
    expect(withAddress.clarification?.question).toBe(
      "I'll schedule the insight brief for the previous week (Monday to Sunday), every Monday at 09:00 (America/New_York), delivered to e-mail to jo@acme.example. Shall I create it?",
    );
  });
});

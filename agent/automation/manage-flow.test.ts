/**
 * Managing schedules and alert rules in chat, end to end (planner, graph, list_automations,
 * manage_automation, briefs/manage.ts): any role lists; "pause the CPA alert" and "stop sending
 * the monday brief" name exactly which one and change it only on Confirm, audited like the API;
 * viewers cannot change.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedTestData } from "../../api/testing.ts";
import { getAlertRule, insertAlertRule } from "../../briefs/alerts/repository.ts";
import { getSchedule, insertSchedule } from "../../briefs/schedule/repository.ts";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { findOrganizationBySlug } from "../../db/repositories/organizations.ts";
import { silentLogger } from "../../lib/logger.ts";
import { createLocalEmbedder } from "../../semantic/search/embed-local.ts";
import { DatabaseCheckpointSaver } from "../checkpointer/index.ts";
import { CANCEL_ID, CONFIRM_ID } from "../planner/automation-intent.ts";
import { type AgentService, type AgentTenant, createAgentService } from "../service.ts";

const NOW = new Date("2026-11-01T12:00:00Z");
let db: Database;
let agent: AgentService;
let tenant: AgentTenant;
let brief: number;
let cpa: number;
const analyst = { role: "analyst", actor: "key:7" };

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
  const email = [{ type: "email" as const, to: ["jo@acme.example"] }];
  brief = (
    await insertSchedule(
      db,
      org.id,
      {
        name: "Weekly brief",
        kind: "brief",
        target: { period: { preset: "last_week" } },
        cron: "0 9 * * 1",
        destinations: email,
        enabled: true,
        createdBy: "key:1",
      },
      NOW,
    )
  ).id;
  cpa = (
    await insertAlertRule(
      db,
      org.id,
      {
        name: "Cost per acquisition above 50",
        metric: "cpa",
        condition: { kind: "threshold", op: "above", value: 50 },
        scope: null,
        destinations: email,
        enabled: true,
        evaluatedThrough: null,
        createdBy: "key:1",
      },
      NOW,
    )
  ).id;
}, 180_000);
afterAll(() => db?.close());

const audits = (action: string) =>
  db.query<{ actor: string; target: string; details: Record<string, unknown> }>(
    "SELECT actor, target, details FROM audit_log WHERE organization_id = $1 AND action = $2 ORDER BY id",
    [tenant.organizationId, action],
  );

describe("managing schedules and alerts in chat", () => {
  it("lists them for any role, with their numbers", async () => {
    const a = await agent.ask({
      tenant,
      question: "what alerts do I have",
      now: NOW,
      requester: { role: "viewer" },
    });
    expect(a.answer).toContain(
      `- alert ${cpa}: "Cost per acquisition above 50" (watches cpa), to e-mail to jo@acme.example`,
    );
    expect(a.answer).toContain(
      `- schedule ${brief}: "Weekly brief" (the insight brief), cron \`0 9 * * 1\` in America/New_York, to e-mail to jo@acme.example; next 2026-11-02T14:00:00.000Z`,
    );
    expect(a.verification.grounded).toBe(true);
  });

  it("pauses the CPA alert only on Confirm, audited as the API does", async () => {
    const q = await agent.ask({ tenant, question: "turn off the CPA alert", now: NOW, requester: analyst });
    expect(q.clarification?.question).toBe(
      `I'll pause alert rule ${cpa} ("Cost per acquisition above 50"): nothing is sent until it is resumed ("resume alert ${cpa}"). Shall I pause it?`,
    );
    expect((await getAlertRule(db, tenant.organizationId, cpa))!.enabled).toBe(true);
    const done = await agent.ask({
      tenant,
      threadId: q.threadId,
      clarificationId: CONFIRM_ID,
      now: NOW,
      requester: analyst,
    });
    expect(done.answer).toBe(
      `Paused alert rule ${cpa} ("Cost per acquisition above 50"): nothing is sent until you resume it ("resume alert ${cpa}").`,
    );
    expect(done.verification.grounded).toBe(true);
    expect((await getAlertRule(db, tenant.organizationId, cpa))!.enabled).toBe(false);
    expect(await audits("alert_rule.update")).toEqual([
      { actor: "key:7", target: String(cpa), details: { via: "agent", fields: ["enabled"], enabled: false } },
    ]);
  });

  it("stops the monday brief on Confirm, changes nothing on Cancel, and refuses viewers", async () => {
    const viewer = await agent.ask({
      tenant,
      question: "delete the monday brief",
      now: NOW,
      requester: { role: "viewer" },
    });
    expect(viewer.clarification).toBeUndefined();
    expect(viewer.answer).toMatch(/needs an analyst or admin key; yours is a viewer key/);
    const cancel = await agent.ask({
      tenant,
      question: "delete the monday brief",
      now: NOW,
      requester: analyst,
    });
    expect(cancel.clarification?.question).toBe(
      `I'll delete schedule ${brief} ("Weekly brief"); it will not be sent again and this cannot be undone. Shall I delete it?`,
    );
    const cancelled = await agent.ask({
      tenant,
      threadId: cancel.threadId,
      clarificationId: CANCEL_ID,
      now: NOW,
      requester: analyst,
    });
    expect(cancelled.answer).toBe("Cancelled: nothing was changed.");
    expect(await getSchedule(db, tenant.organizationId, brief)).toBeDefined();

    const q = await agent.ask({
      tenant,
      question: "stop sending the monday brief",
      now: NOW,
      requester: analyst,
    });
    expect(q.clarification?.question).toContain(`I'll pause schedule ${brief} ("Weekly brief")`);
    await agent.ask({
      tenant,
      threadId: q.threadId,
      clarificationId: CONFIRM_ID,
      now: NOW,
      requester: analyst,
    });
    expect((await getSchedule(db, tenant.organizationId, brief))!.enabled).toBe(false);

    const del = await agent.ask({
      tenant,
      question: `delete schedule ${brief}`,
      now: NOW,
      requester: analyst,
    });
    const gone = await agent.ask({
      tenant,
      threadId: del.threadId,
      clarificationId: CONFIRM_ID,
      now: NOW,
      requester: analyst,
    });
    expect(gone.answer).toBe(`Deleted schedule ${brief} ("Weekly brief"). It will not be sent again.`);
    expect(await getSchedule(db, tenant.organizationId, brief)).toBeUndefined();
    expect(await audits("schedule.delete")).toEqual([
      { actor: "key:7", target: String(brief), details: { via: "agent" } },
    ]);
  });
});

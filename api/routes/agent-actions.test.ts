import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveRouter, serveSeededRouter } from "../testing.ts";
import { agentActionsRouter } from "./agent-actions.ts";
import { organizationRouter } from "./organization.ts";

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON response bodies
type Json = any;

let h: Awaited<ReturnType<typeof serveSeededRouter>>;
let org: Awaited<ReturnType<typeof serveRouter>>;
beforeAll(async () => {
  h = await serveSeededRouter("/agents", agentActionsRouter);
  org = await serveRouter("/api/v1/organization", organizationRouter({ db: h.seeded.db }), {
    ...h.seeded.tenant,
    role: "admin",
  });
}, 300_000);
afterAll(async () => {
  await org?.close();
  await h?.close();
});

const send = async (url: string, body: unknown, method = "POST") => {
  const res = await fetch(url, {
    method,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Json };
};

describe("POST /agents/brief", () => {
  it("answers last week's brief in the answer contract with sections, its text grounded", async () => {
    const { status, body } = await send(`${h.url}/agents/brief`, {});
    expect(status).toBe(200);
    expect(body.period).toMatchObject({ from: "2026-10-19", to: "2026-10-25", kind: "week" });
    expect(body.answer).toMatch(/^Weekly brief for Acme/);
    expect(body.verification).toEqual({ grounded: true, rebuilt: false });
    expect(body.sections.kpis.rows.map((r: Json) => r.key)).toEqual([
      "mer",
      "paid_roas",
      "spend",
      "revenue",
      "orders",
      "cac",
    ]);
    // The demo starts in November 2025: the same week last year has no data, said in words.
    expect(body.sections.kpis.rows.every((r: Json) => r.lastYear === null)).toBe(true);
    expect(body.answer).toContain("last year: no data");
    expect(body.sections.insights.length).toBeGreaterThanOrEqual(3);
    expect(body.sections.insights.length).toBeLessThanOrEqual(5);
    const stakes = body.sections.insights.map((i: Json) => i.moneyAtStake);
    expect(stakes).toEqual([...stakes].sort((a: number, b: number) => b - a));
    expect(body.data.rows).toHaveLength(6);
    expect(body.toolCalls).toEqual([{ name: "brief", args: { period: { preset: "last_week" } } }]);
  });

  it("answers 400 naming the period field", async () => {
    const { status, body } = await send(`${h.url}/agents/brief`, {
      period: { from: "2026-10-25", to: "2026-10-01" },
    });
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain("period");
  });
});

describe("POST /agents/recommend and decisions", () => {
  const period = { from: "2026-11-01", to: "2026-11-07" };

  it("ranks actions by money at stake, states the gross margin, records a decision with who and when", async () => {
    const { status, body } = await send(`${h.url}/agents/recommend`, { period });
    expect(status).toBe(200);
    expect(body.grossMargin).toBe(0.5);
    expect(body.breakEvenRoas).toBe(2);
    expect(body.answer).toContain("gross margin 50%");
    expect(body.verification.grounded).toBe(true);
    const recs = body.recommendations as Json[];
    expect(recs.length).toBeGreaterThan(0);
    expect(recs.map((r) => r.rank)).toEqual(recs.map((_, i) => i + 1));
    const stakes = recs.map((r) => r.moneyAtStake);
    expect(stakes).toEqual([...stakes].sort((a, b) => b - a));
    expect(recs.every((r) => r.decision === null)).toBe(true);

    const id = recs[0].id;
    const decided = await send(`${h.url}/agents/recommend/${id}/decision`, {
      decision: "dismissed",
      note: "not now",
      period,
    });
    expect(decided.status).toBe(201);
    expect(decided.body.decision).toMatchObject({
      recommendationId: id,
      decision: "dismissed",
      note: "not now",
      decidedBy: `key ${h.seeded.tenant.keyId} (analyst)`,
    });
    expect(Date.parse(decided.body.decision.decidedAt)).not.toBeNaN();
    const again = await send(`${h.url}/agents/recommend`, { period });
    expect(again.body.recommendations.find((r: Json) => r.id === id).decision.decision).toBe("dismissed");
    expect(again.body.answer).toContain("[dismissed by key");
  });

  it("answers 404 for an unknown recommendation and 400 for a bad decision", async () => {
    const missing = await send(`${h.url}/agents/recommend/move-nothing-2026-11-01/decision`, {
      decision: "approved",
      period,
    });
    expect(missing.status).toBe(404);
    const bad = await send(`${h.url}/agents/recommend/x/decision`, { decision: "maybe", period });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("decision");
  });
});

describe("/api/v1/organization gross margin", () => {
  it("reads the default, sets a margin an admin gives, and refuses one above 1 naming the field", async () => {
    const read = await fetch(`${org.url}/api/v1/organization`);
    expect(await read.json()).toMatchObject({ grossMargin: 0.5, defaultGrossMargin: 0.5 });
    const set = await send(`${org.url}/api/v1/organization`, { grossMargin: 0.4 }, "PATCH");
    expect(set.status).toBe(200);
    expect(set.body.grossMargin).toBe(0.4);
    const bad = await send(`${org.url}/api/v1/organization`, { grossMargin: 1.5 }, "PATCH");
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("grossMargin");
    // Back to the default, so the recommendations above are read at 50%.
    await send(`${org.url}/api/v1/organization`, { grossMargin: 0.5 }, "PATCH");
  });
});

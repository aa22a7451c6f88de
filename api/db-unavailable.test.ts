import { Router } from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSeededAnalytics, type SeededAnalytics, TEST_NOW } from "../db/analytics/testing.ts";
import { withOutage } from "../db/testing.ts";
import { DB_UNAVAILABLE_MESSAGE } from "../db/unavailable.ts";
import { type AppError, isAppError } from "../lib/errors.ts";
import { agentsRouter } from "./routes/agents.ts";
import { metricsRouter } from "./routes/metrics.ts";
import { serveRouter, testDeps } from "./testing.ts";

/**
 * A database that goes away after authentication: the agent and metrics routes answer 503 with
 * Retry-After and one friendly line (never driver text), and answer again once it is back.
 */
describe("database loss on the question routes", () => {
  let seeded: SeededAnalytics;
  let outage: ReturnType<typeof withOutage>;
  let served: Awaited<ReturnType<typeof serveRouter>>;
  let deps: ReturnType<typeof testDeps>;
  beforeAll(async () => {
    seeded = await openSeededAnalytics();
    outage = withOutage(seeded.db);
    deps = testDeps(outage.db, { now: () => new Date(TEST_NOW) });
    const routes = Router();
    routes.use("/agents", agentsRouter(deps));
    routes.use("/api/v1/metrics", metricsRouter(deps));
    served = await serveRouter("/", routes, seeded.tenant);
  });
  afterAll(async () => {
    await served?.close();
    await seeded?.db.close();
  });

  const post = (path: string, body: unknown, accept = "application/json") =>
    fetch(`${served.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", accept },
      body: JSON.stringify(body),
    });
  const question = { question: "revenue by channel in October 2026" };
  const metricQuery = {
    metrics: ["spend", "roas"],
    dimensions: ["channel"],
    timeRange: { preset: "yesterday" },
  };

  it("answers 200 while the database is up", async () => {
    expect((await post("/agents/query", question)).status).toBe(200);
    expect((await post("/api/v1/metrics", metricQuery)).status).toBe(200);
  });

  it("answers 503 with Retry-After and a friendly db.unavailable error while it is down", async () => {
    outage.down();
    try {
      for (const [path, body] of [
        ["/agents/query", question],
        ["/api/v1/metrics", metricQuery],
      ] as const) {
        const res = await post(path, body);
        expect(res.status).toBe(503);
        expect(res.headers.get("retry-after")).toBe("5");
        const text = await res.text();
        expect(JSON.parse(text).error).toMatchObject({
          code: "db.unavailable",
          message: DB_UNAVAILABLE_MESSAGE,
        });
        expect(text).not.toMatch(/57P01|terminating|administrator/);
      }
    } finally {
      outage.up();
    }
  });

  it("streams the same friendly error as an SSE event", async () => {
    outage.down();
    try {
      const res = await post("/agents/query", question, "text/event-stream");
      const text = await res.text();
      expect(text).toContain("event: error");
      const data = text.split("\n").find((l) => l.startsWith("data:") && l.includes('"error"'));
      expect(JSON.parse(data!.slice(5))).toEqual({
        type: "error",
        error: { code: "db.unavailable", message: DB_UNAVAILABLE_MESSAGE },
      });
    } finally {
      outage.up();
    }
  });

  it("the agent service itself throws db.unavailable with the friendly line (CLI and Slack show it)", async () => {
    outage.down();
    try {
      const err = await deps.agent
        .ask({ tenant: seeded.tenant, question: question.question, now: TEST_NOW })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(isAppError(err)).toBe(true);
      expect((err as AppError).code).toBe("db.unavailable");
      expect((err as AppError).message).toBe(DB_UNAVAILABLE_MESSAGE);
    } finally {
      outage.up();
    }
  });

  it("answers again once the database is back, without a restart", async () => {
    const res = await post("/agents/query", question);
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { verification: { grounded: boolean } };
    expect(answer.verification.grounded).toBe(true);
    expect((await post("/api/v1/metrics", metricQuery)).status).toBe(200);
  });
});

import { describe, expect, it } from "vitest";
import { createMetrics } from "./metrics.ts";

describe("createMetrics", () => {
  it("reads the database pool at scrape time", async () => {
    const metrics = createMetrics();
    let stats = { total: 3, idle: 1, waiting: 0 };
    metrics.watchPool(() => stats);
    expect(await metrics.registry.metrics()).toContain('db_pool_connections{state="total"} 3');
    stats = { total: 10, idle: 0, waiting: 4 };
    const page = await metrics.registry.metrics();
    expect(page).toContain('db_pool_connections{state="total"} 10');
    expect(page).toContain('db_pool_connections{state="idle"} 0');
    expect(page).toContain('db_pool_connections{state="waiting"} 4');
  });

  it("keeps registries apart: counting in one does not show in another", async () => {
    const a = createMetrics();
    const b = createMetrics();
    a.agentTurns.inc({ outcome: "answered" });
    expect(await a.registry.metrics()).toContain('agent_turns_total{outcome="answered"} 1');
    expect(await b.registry.metrics()).not.toContain('agent_turns_total{outcome="answered"}');
  });
});

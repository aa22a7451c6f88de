import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiFetch, startTestApi, type TestApi } from "../testing.ts";

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in tests
type Json = Record<string, any>;
const json = async (res: Response): Promise<Json> => (await res.json()) as Json;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ now: new Date("2026-11-01T12:00:00Z") });
});
afterAll(async () => {
  await api.close();
});

describe("/api/v1/targets", () => {
  it("creates a target with the direction the metric implies, lists it to every role, changes and deletes it", async () => {
    const created = await apiFetch(api, "/api/v1/targets", {
      key: api.keys.analyst,
      body: { metric: "cpa", target: 50 },
    });
    expect(created.status).toBe(201);
    const { target } = await json(created);
    expect(target).toMatchObject({
      metric: "cpa",
      filter: null,
      target: 50,
      direction: "at_most",
      period: "none",
    });

    const roas = await json(
      await apiFetch(api, "/api/v1/targets", {
        key: api.keys.admin,
        body: { metric: "roas", target: 2, filter: { dimension: "channel", value: "paid_social" } },
      }),
    );
    expect(roas.target).toMatchObject({
      direction: "at_least",
      filter: { dimension: "channel", value: "paid_social" },
    });

    const list = await json(await apiFetch(api, "/api/v1/targets", { key: api.keys.viewer }));
    expect(list.targets.map((t: Json) => [t.metric, t.target, t.direction])).toEqual([
      ["cpa", 50, "at_most"],
      ["roas", 2, "at_least"],
    ]);

    const patched = await apiFetch(api, `/api/v1/targets/${target.id}`, {
      key: api.keys.analyst,
      method: "PATCH",
      body: { target: 45.5 },
    });
    expect((await json(patched)).target.target).toBe(45.5);

    const removed = await apiFetch(api, `/api/v1/targets/${target.id}`, {
      key: api.keys.analyst,
      method: "DELETE",
    });
    expect(removed.status).toBe(204);
    const after = await json(await apiFetch(api, "/api/v1/targets", { key: api.keys.viewer }));
    expect(after.targets.map((t: Json) => t.metric)).toEqual(["roas"]);
  });

  it("refuses viewers, a second target for the same metric and filter, unknown metrics and bad fields", async () => {
    const viewer = await apiFetch(api, "/api/v1/targets", {
      key: api.keys.viewer,
      body: { metric: "cac", target: 80 },
    });
    expect(viewer.status).toBe(403);
    const twice = await apiFetch(api, "/api/v1/targets", {
      key: api.keys.analyst,
      body: { metric: "roas", target: 3, filter: { dimension: "channel", value: "paid_social" } },
    });
    expect(twice.status).toBe(400);
    expect((await json(twice)).error.message).toMatch(/already has a target/);
    const unknown = await apiFetch(api, "/api/v1/targets", {
      key: api.keys.analyst,
      body: { metric: "nope", target: 1 },
    });
    expect(unknown.status).toBe(400);
    expect((await json(unknown)).error.message).toMatch(/^metric: 'nope'/);
    const negative = await apiFetch(api, "/api/v1/targets", {
      key: api.keys.analyst,
      body: { metric: "cac", target: -1 },
    });
    expect(negative.status).toBe(400);
    expect((await json(negative)).error.message).toMatch(/target/);
  });

  it("keeps organizations apart: another organization's target id is a 404", async () => {
    const mine = await json(
      await apiFetch(api, "/api/v1/targets", { key: api.keys.analyst, body: { metric: "cac", target: 80 } }),
    );
    const other = await apiFetch(api, `/api/v1/targets/${mine.target.id}`, {
      key: api.keys.betaAdmin,
      method: "DELETE",
    });
    expect(other.status).toBe(404);
    const betaList = await json(await apiFetch(api, "/api/v1/targets", { key: api.keys.betaAdmin }));
    expect(betaList.targets).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../../db/repositories/api-keys.ts";
import { apiFetch, startTestApi, type TestApi } from "../testing.ts";

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON response bodies
type Json = Record<string, any>;

const FILE = [
  "path;total_conversions;total_conversion_value;total_null",
  "email > paid_search;2;150.5;10",
  "paid_social > paid_social > direct;1;40;3",
  "organic_search;0;0;25",
  "direct;3;90.25;7",
].join("\n");

describe("POST /api/v1/attribution/paths with a text/csv path file", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.close();
  });

  const postCsv = (body: string | ReadableStream<Uint8Array>, query: string, key = api.keys.viewer) =>
    fetch(`${api.url}/api/v1/attribution/paths?${query}`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "text/csv" },
      body,
      duplex: "half",
    } as RequestInit);

  it("answers exactly what the JSON body answers for the same paths", async () => {
    const csv = (await (await postCsv(FILE, "models=markov,shapley,linear")).json()) as Json;
    const json = (await (
      await apiFetch(api, "/api/v1/attribution/paths", {
        key: api.keys.viewer,
        body: {
          models: ["markov", "shapley", "linear"],
          paths: [
            { path: ["email", "paid_search"], conversions: 2, value: 150.5, nulls: 10 },
            { path: ["paid_social", "paid_social", "direct"], conversions: 1, value: 40, nulls: 3 },
            { path: ["organic_search"], conversions: 0, value: 0, nulls: 25 },
            { path: ["direct"], conversions: 3, value: 90.25, nulls: 7 },
          ],
        },
      })
    ).json()) as Json;
    expect(csv.models).toEqual(json.models);
    expect(csv.file).toEqual({ rows: 4, channels: 5 });
    expect(csv.timingMs).toEqual({ read: expect.any(Number), compute: expect.any(Number) });
  });

  it("reads a body streamed in pieces", async () => {
    const bytes = new TextEncoder().encode(FILE);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 7) controller.enqueue(bytes.slice(i, i + 7));
        controller.close();
      },
    });
    const res = await postCsv(stream, "models=linear");
    expect(res.status).toBe(200);
    expect(((await res.json()) as Json).models.linear.channels.email).toEqual({
      conversions: 1,
      value: 75.25,
    });
  });

  it("names the line and column of a bad row, and the flag of a bad query", async () => {
    const bad = await postCsv(`${FILE}\npaid_search;many;0;0`, "models=linear");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Json).error).toMatchObject({
      code: "input.invalid",
      message: "invalid path file: line 6, total_conversions: expected a non-negative number, got 'many'",
      details: { path: "total_conversions", issues: [{ line: 6, field: "total_conversions" }] },
    });
    const badModel = await postCsv(FILE, "models=markov,magic");
    expect(badModel.status).toBe(400);
    expect(((await badModel.json()) as Json).error.message).toMatch(
      /^models\.1: Invalid option: expected one of .*"markov"/,
    );
  });

  it("refuses a write key like every route but events", async () => {
    const writer = (await createApiKey(api.db, { organizationId: api.orgs.acme, role: "writer" })).key;
    expect((await postCsv(FILE, "models=linear", writer)).status).toBe(403);
  });
});

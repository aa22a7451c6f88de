/**
 * Issue #11, "every bad input is a 4xx": the inputs that used to answer 500 (a NUL byte in any
 * string, a text value for a numeric dimension, a wrong Content-Encoding, `%ff` in a path segment),
 * the text/plain body that was told "question is required", and the 100,000-character metric whose
 * "did you mean" search took seconds. Each now gets a 4xx naming the field.
 */
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientError } from "./middleware/errors.ts";
import { startTestApi, type TestApi } from "./testing.ts";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

async function call(
  path: string,
  init: { method?: string; body?: string | Buffer; headers?: Record<string, string> } = {},
) {
  const res = await fetch(`${api.url}${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: {
      authorization: `Bearer ${api.keys.admin}`,
      ...(init.body === undefined ? {} : { "content-type": "application/json" }),
      ...init.headers,
    },
    body: init.body,
  });
  const body = (await res.json()) as {
    error?: { code: string; message: string; details?: { path?: string } };
  };
  return {
    status: res.status,
    code: body.error?.code,
    message: body.error?.message,
    path: body.error?.details?.path,
  };
}
const json = (v: unknown) => JSON.stringify(v);
const week = { from: "2026-10-01", to: "2026-10-07" };

describe("issue 11: bad input is a 4xx naming the field", () => {
  it("refuses a NUL byte in a question", async () => {
    expect(await call("/agents/query", { body: json({ question: "abc\u0000def" }) })).toEqual({
      status: 400,
      code: "input.invalid",
      message: "question: must not contain control character U+0000 (at position 3)",
      path: "question",
    });
  });

  it("refuses a NUL byte in a feedback correction", async () => {
    const r = await call("/api/v1/feedback", {
      body: json({ threadId: "t-1", rating: "down", correction: "it was\u0000 42" }),
    });
    expect(r).toEqual({
      status: 400,
      code: "input.invalid",
      message: "correction: must not contain control character U+0000 (at position 6)",
      path: "correction",
    });
  });

  it("refuses a NUL byte in a filter value", async () => {
    const r = await call("/api/v1/metrics", {
      body: json({
        metrics: ["spend"],
        timeRange: week,
        filters: [{ field: "channel", op: "eq", value: "paid\u0000search" }],
      }),
    });
    expect(r.status).toBe(400);
    expect(r.code).toBe("input.invalid");
    expect(r.message).toContain("filters.0.value");
    expect(r.message).toContain("must not contain control character U+0000 (at position 4)");
  });

  it("refuses a NUL byte in a custom metric's label on PATCH", async () => {
    const created = await call("/api/v1/catalog/metrics", {
      body: json({ key: "nul_margin", label: "Margin", formula: "revenue - spend" }),
    });
    expect(created.status).toBe(201);
    const r = await call("/api/v1/catalog/metrics/nul_margin", {
      method: "PATCH",
      body: json({ label: "Mar\u0000gin" }),
    });
    expect(r).toEqual({
      status: 400,
      code: "input.invalid",
      message: "label: must not contain control character U+0000 (at position 3)",
      path: "label",
    });
  });

  it("refuses a text value for the numeric campaign dimension", async () => {
    const r = await call("/api/v1/metrics", {
      body: json({
        metrics: ["spend"],
        timeRange: week,
        filters: [{ field: "campaign", op: "eq", value: "5003 OR 1=1" }],
      }),
    });
    expect(r).toEqual({
      status: 400,
      code: "input.invalid",
      message: `filters.0.value: dimension 'campaign' expected an integer id, e.g. 5003, got "5003 OR 1=1"`,
      path: "filters.0.value",
    });
  });

  it("answers 415 to a body that is not JSON, instead of 'question is required'", async () => {
    const r = await call("/agents/query", {
      body: "What was ROAS last month?",
      headers: { "content-type": "text/plain" },
    });
    expect(r).toEqual({
      status: 415,
      code: "input.unsupported_media_type",
      message: "the request body must be JSON (Content-Type: application/json), got 'text/plain'",
      path: "content-type",
    });
  });

  it("keeps body-parser's 415 for an unknown Content-Encoding and 400 for a body that does not decode", async () => {
    expect(
      await call("/agents/query", { body: json({ question: "hi" }), headers: { "content-encoding": "foo" } }),
    ).toEqual({
      status: 415,
      code: "input.unsupported_media_type",
      message: "unsupported Content-Encoding; send identity, gzip, deflate or br",
      path: undefined,
    });
    expect(
      await call("/agents/query", {
        body: json({ question: "hi" }),
        headers: { "content-encoding": "gzip" },
      }),
    ).toEqual({
      status: 400,
      code: "input.invalid",
      message: "the request body does not decode with its Content-Encoding",
      path: undefined,
    });
  });

  it("reads a correctly gzipped JSON body", async () => {
    const r = await call("/agents/query", {
      body: gzipSync(json({ question: "abc\u0000" })),
      headers: { "content-encoding": "gzip" },
    });
    expect(r.status).toBe(400);
    expect(r.path).toBe("question");
  });

  it("answers 400 to %ff in a path segment", async () => {
    expect(await call("/api/v1/catalog/metrics/%ff", { method: "DELETE" })).toEqual({
      status: 400,
      code: "input.invalid",
      message: "the request path is not valid percent-encoding",
      path: undefined,
    });
  });

  it("refuses a path key that is not a catalog key before it reaches SQL", async () => {
    const r = await call("/api/v1/catalog/metrics/a%00b", { method: "DELETE" });
    expect(r.status).toBe(400);
    expect(r.path).toBe("key");
  });

  it("refuses a 100,000-character metric by its length, without a 'did you mean' search", async () => {
    const r = await call("/api/v1/explain-change", {
      body: json({
        metric: "x".repeat(100_000),
        dimension: "channel",
        basePeriod: week,
        currentPeriod: { from: "2026-10-08", to: "2026-10-14" },
      }),
    });
    expect(r).toEqual({
      status: 400,
      code: "input.invalid",
      message: "metric: expected at most 64 characters",
      path: "metric",
    });
  });
});

describe("clientError", () => {
  it("keeps a 4xx status with our message and maps 415 to its own code", () => {
    expect(clientError({ status: 415, type: "encoding.unsupported", message: "raw" })).toEqual({
      status: 415,
      code: "input.unsupported_media_type",
      message: "unsupported Content-Encoding; send identity, gzip, deflate or br",
    });
    const uri = Object.assign(new URIError("Failed to decode param '%ff'"), { status: 400 });
    expect(clientError(uri)).toEqual({
      status: 400,
      code: "input.invalid",
      message: "the request path is not valid percent-encoding",
    });
    expect(clientError({ statusCode: 413, expose: true, message: "too big" })).toEqual({
      status: 413,
      code: "input.invalid",
      message: "too big",
    });
  });

  it("leaves errors without a 4xx status to the internal-error path", () => {
    expect(clientError(new Error("boom"))).toBeUndefined();
    expect(clientError({ status: 500, message: "stream encoding should not be set" })).toBeUndefined();
    expect(clientError({ status: "400" })).toBeUndefined();
    expect(clientError(null)).toBeUndefined();
  });
});

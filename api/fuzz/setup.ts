/**
 * Build the fuzz workload's context against a test API: the OpenAPI document it serves, real words
 * from its catalog and data, and a custom metric for the `{key}` routes.
 */
import type { TestApi } from "../testing.ts";
import type { Vocabulary } from "./generate.ts";
import type { WorkloadContext } from "./requests.ts";

/** Questions the planner can answer, so valid agent requests reach the tools and the database. */
const QUESTIONS = [
  "What was ROAS by channel last month?",
  "How much did we spend on paid search last week?",
  "Revenue by campaign in October 2026",
  "Why did revenue change last week?",
  "Any anomalies in orders last month?",
  "How should I split a budget of 50000 across channels?",
  "CAC by platform this quarter vs last quarter",
  "what about conversions",
];

export interface FuzzSetup {
  doc: { paths: Record<string, Record<string, { security?: unknown[] }>> } & Record<string, unknown>;
  context: WorkloadContext;
}

/** Fetch what the workload needs from `api` and create the custom metric it edits. */
export async function prepareFuzz(api: TestApi): Promise<FuzzSetup> {
  const get = async (path: string) => {
    const res = await fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${api.keys.admin}` } });
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    return res.json() as Promise<Record<string, unknown>>;
  };
  const doc = (await get("/openapi.json")) as FuzzSetup["doc"];
  const catalog = (await get("/api/v1/catalog")) as {
    metrics: { key: string }[];
    dimensions: { key: string }[];
  };
  const channels = await api.db.query<{ channel: string }>(
    "SELECT DISTINCT channel FROM touchpoints WHERE organization_id = $1 ORDER BY channel LIMIT 8",
    [api.orgs.acme],
  );
  const campaigns = await api.db.query<{ id: number }>(
    "SELECT id FROM campaigns WHERE organization_id = $1 ORDER BY id LIMIT 4",
    [api.orgs.acme],
  );
  const customMetricKey = "fuzz_margin";
  const created = await fetch(`${api.url}/api/v1/catalog/metrics`, {
    method: "POST",
    headers: { authorization: `Bearer ${api.keys.admin}`, "content-type": "application/json" },
    body: JSON.stringify({
      key: customMetricKey,
      label: "Fuzz margin",
      formula: "(revenue - spend) / orders",
    }),
  });
  if (created.status !== 201) throw new Error(`custom metric: ${created.status} ${await created.text()}`);
  const vocab: Vocabulary = {
    metrics: catalog.metrics.map((m) => m.key),
    dimensions: catalog.dimensions.map((d) => d.key),
    values: [
      ...channels.map((c) => c.channel),
      ...campaigns.map((c) => c.id),
      "meta_ads",
      "google_ads",
      "linear",
      "markov",
    ],
    questions: QUESTIONS,
  };
  return { doc, context: { keys: api.keys, vocab, customMetricKey } };
}

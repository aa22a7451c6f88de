/**
 * Concurrent clients asking questions in a loop, each with its own API key (the per-key rate
 * limit is 600 a minute), alternating `POST /agents/query` and `POST /api/v1/metrics`. Every
 * response is recorded with its timing so the drill can count statuses and measure recovery.
 */
import { setTimeout as sleep } from "node:timers/promises";

export type Route = "/agents/query" | "/api/v1/metrics";

export interface ResponseRecord {
  route: Route;
  /** HTTP status, or 0 when no response came (connection refused or reset, timeout). */
  status: number;
  /** performance.now() when the request was sent and when its body was read. */
  startedAt: number;
  endedAt: number;
  /** For a 503: the Retry-After header and the error code in the body. */
  retryAfter?: string | null;
  code?: string;
  /** For a status 0: why. */
  failure?: string;
}

/** Questions the local planner answers from the demo data (NOW pinned to 2026-11-01). */
const QUESTIONS = [
  "revenue by channel in October 2026",
  "What was ROAS by channel last month?",
  "spend by platform last week",
  "conversions by channel in October 2026",
];

const METRIC_QUERY = {
  metrics: ["spend", "roas"],
  dimensions: ["channel"],
  timeRange: { from: "2026-10-01", to: "2026-10-31" },
};

/** Pause after a success and after anything else (a client backs off a little while it fails). */
const PAUSE_AFTER_OK_MS = 50;
const PAUSE_AFTER_FAILURE_MS = 200;
const REQUEST_TIMEOUT_MS = 30_000;

/** One request; never throws. */
async function send(baseUrl: string, key: string, route: Route, i: number): Promise<ResponseRecord> {
  const body = route === "/agents/query" ? { question: QUESTIONS[i % QUESTIONS.length] } : METRIC_QUERY;
  const startedAt = performance.now();
  try {
    const res = await fetch(`${baseUrl}${route}`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await res.text();
    const record: ResponseRecord = { route, status: res.status, startedAt, endedAt: performance.now() };
    if (res.status !== 200) {
      record.retryAfter = res.headers.get("retry-after");
      try {
        record.code = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
      } catch {
        record.code = "(body is not JSON)";
      }
    }
    return record;
  } catch (e) {
    return { route, status: 0, startedAt, endedAt: performance.now(), failure: (e as Error).message };
  }
}

/** Running clients: `records` grows as responses arrive; `stop()` waits for every loop to end. */
export interface Load {
  records: ResponseRecord[];
  stop(): Promise<void>;
}

/** Start one loop per key against `baseUrl`. */
export function startLoad(baseUrl: string, keys: readonly string[]): Load {
  const records: ResponseRecord[] = [];
  let running = true;
  const loops = keys.map(async (key, client) => {
    for (let i = client; running; i++) {
      const route: Route = i % 2 === 0 ? "/agents/query" : "/api/v1/metrics";
      const r = await send(baseUrl, key, route, i);
      records.push(r);
      await sleep(r.status === 200 ? PAUSE_AFTER_OK_MS : PAUSE_AFTER_FAILURE_MS);
    }
  });
  return {
    records,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

/**
 * `npm run bench -- events [--events 100000] [--batch 1000] [--clients 4] [--port 4602]`: tracking
 * events through `POST /api/v1/events` in batches against the real app (its own process, in-memory
 * database): throughput, p50/p95/max per batch, the server's peak RSS; then a replayed batch (must
 * add nothing) and the row counts (events without consent and bots not stored). The baseline from
 * the same run is the endpoint's CPU floor: validating and mapping the same events in-process.
 */
import { z } from "zod";
import { parseEvents } from "../ingest/events/event-schema.ts";
import { mapTrackedTouch } from "../ingest/events/map-touch.ts";
import { isTouch, touchOrigin } from "../ingest/events/touch-origin.ts";
import { startChildServer } from "./child-server.ts";

const argsSchema = z.object({
  events: z.coerce.number().int().min(1000).max(10_000_000).default(100_000),
  batch: z.coerce.number().int().min(1).max(1000).default(1000),
  clients: z.coerce.number().int().min(1).max(32).default(4),
  port: z.coerce.number().int().min(4600).max(4699).default(4602),
});

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const SOURCES = [
  "?utm_source=google&utm_medium=cpc&utm_campaign=brand",
  "?gclid=Cj0KCQjw",
  "?fbclid=IwAR2x",
  "?ttclid=E.C.P",
  "?utm_source=klaviyo&utm_medium=email&utm_campaign=weekly",
  "?utm_source=impact&utm_medium=affiliate",
];
const REFERRERS = [
  "https://www.google.com/",
  "https://www.reddit.com/r/camping",
  "https://backpacker.com/gear",
];

/** A deterministic mix: tagged landings, referrals, inner page views, orders, consent, no consent, bots. */
export function makeEvents(count: number): Record<string, unknown>[] {
  const r = rng(7);
  const start = Date.parse("2026-10-01T00:00:00Z");
  return Array.from({ length: count }, (_, i) => {
    const visitor = Math.floor(r() * count * 0.1);
    const ts = new Date(start + Math.floor(r() * 30 * 86_400_000)).toISOString();
    const base = {
      eventId: `bench-${i}`,
      ts,
      anonymousId: `v${visitor}`,
      consent: { analytics: true },
      userAgent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 Safari/605.1.15",
    };
    const x = r();
    if (x < 0.35)
      return { ...base, type: "page", url: `https://shop.example/${SOURCES[i % SOURCES.length]}` };
    if (x < 0.5)
      return {
        ...base,
        type: "page",
        url: "https://shop.example/",
        referrer: REFERRERS[i % REFERRERS.length],
      };
    if (x < 0.85)
      return { ...base, type: "page", url: "https://shop.example/p/tent", referrer: "https://shop.example/" };
    if (x < 0.88) {
      return {
        ...base,
        type: "order",
        customerId: `c${visitor}`,
        order: { orderId: `o-${i}`, revenue: Math.round(r() * 20000) / 100, currency: "USD" },
      };
    }
    if (x < 0.9) return { ...base, type: "consent", consent: { analytics: r() < 0.5, marketing: false } };
    if (x < 0.95)
      return { ...base, type: "page", url: "https://shop.example/", consent: { analytics: false } };
    if (x < 0.96) return { ...base, type: "page", url: "https://shop.example/", userAgent: "Googlebot/2.1" };
    return { ...base, type: "page", url: "https://shop.example/", sessionStart: true };
  });
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

async function post(url: string, key: string, events: unknown[]) {
  const t = performance.now();
  const res = await fetch(`${url}/api/v1/events`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify({ events }),
  });
  const body = (await res.json()) as Record<string, number>;
  if (res.status !== 200) throw new Error(`POST /api/v1/events: ${res.status} ${JSON.stringify(body)}`);
  return { ms: performance.now() - t, body };
}

/** Run the benchmark. */
export async function run(argv: string[]): Promise<void> {
  const args = argsSchema.parse(
    Object.fromEntries(argv.map((a) => a.replace(/^--/, "").split("=")).map(([k, v]) => [k, v])),
  );
  const events = makeEvents(args.events);
  const batches: unknown[][] = [];
  for (let i = 0; i < events.length; i += args.batch) batches.push(events.slice(i, i + args.batch));

  // Baseline: the endpoint's CPU work alone (zod per event, URL parsing, channel mapping).
  const t0 = performance.now();
  for (const b of batches) {
    for (const v of parseEvents(b).valid) {
      const o = touchOrigin(v.event);
      if (isTouch(v.event, o)) mapTrackedTouch(o, new Map(), []);
    }
  }
  const floorMs = performance.now() - t0;

  const server = await startChildServer(args.port);
  try {
    const latencies: number[] = [];
    const totals: Record<string, number> = {};
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: args.clients }, async () => {
        while (next < batches.length) {
          const b = batches[next++]!;
          const r = await post(server.url, server.writeKey, b);
          latencies.push(r.ms);
          for (const [k, v] of Object.entries(r.body))
            if (typeof v === "number") totals[k] = (totals[k] ?? 0) + v;
        }
      }),
    );
    const wallMs = performance.now() - started;
    latencies.sort((a, b) => a - b);
    const rss = await server.ask<{ peakMb: number }>("rss");
    const before = await server.ask<Record<string, number>>("count");
    const replay = await post(server.url, server.writeKey, batches[0]!);
    const after = await server.ask<Record<string, number>>("count");
    const rate = args.events / (wallMs / 1000);
    console.log(
      `events: ${args.events.toLocaleString("en-US")} events in ${batches.length} batches of ${args.batch}, ` +
        `${args.clients} concurrent clients: ${Math.round(wallMs).toLocaleString("en-US")} ms, ` +
        `${Math.round(rate).toLocaleString("en-US")} events/s; per batch p50 ${pct(latencies, 0.5).toFixed(0)} ms, ` +
        `p95 ${pct(latencies, 0.95).toFixed(0)} ms, max ${latencies.at(-1)!.toFixed(0)} ms; server peak RSS ${rss.peakMb.toFixed(0)} MB`,
    );
    console.log(
      `baseline (validate + map the same events in-process, no HTTP, no database): ${Math.round(floorMs)} ms, ` +
        `${Math.round(args.events / (floorMs / 1000)).toLocaleString("en-US")} events/s; endpoint = ${(wallMs / floorMs).toFixed(2)}x the CPU floor`,
    );
    console.log(`outcome: ${JSON.stringify(totals)}`);
    console.log(`rows: ${JSON.stringify(before)}`);
    console.log(
      `replayed batch 1: ${JSON.stringify(replay.body)}; rows after: ${JSON.stringify(after)} ` +
        `(${JSON.stringify(after) === JSON.stringify(before) ? "nothing added" : "ROWS CHANGED"})`,
    );
  } finally {
    await server.stop();
  }
}

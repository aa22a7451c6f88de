/**
 * Test support: a local webhook receiver that checks every request's HMAC signature on its own
 * (node:crypto over the raw body, not the project's signing code), counts deliveries, and can be
 * told to fail its next requests; and a scheduler wired to it with a controllable clock.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Database } from "../db/database.ts";
import { silentLogger } from "../lib/logger.ts";
import { createDeliver } from "./delivery/deliver.ts";
import type { Producers } from "./schedule/producers.ts";
import { createScheduler, type RetryPolicy } from "./scheduler.ts";

export interface ReceivedDelivery {
  deliveryId: string;
  timestamp: string;
  signatureValid: boolean;
  body: {
    deliveryId: number;
    period: string;
    title: string;
    text: string;
    link: string | null;
    data: unknown;
  };
}

export interface TestReceiver {
  url: string;
  received: ReceivedDelivery[];
  /** Answer the next `n` requests with `status` (default 500). */
  failNext(n: number, status?: number): void;
  close(): Promise<void>;
}

/** Start a receiver on 127.0.0.1 (an ephemeral port) that verifies signatures with `secret`. */
export async function startReceiver(secret: string): Promise<TestReceiver> {
  const received: ReceivedDelivery[] = [];
  let failures = 0;
  let failStatus = 500;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      if (failures > 0) {
        failures--;
        res.writeHead(
          failStatus,
          failStatus >= 300 && failStatus < 400 ? { location: "http://127.0.0.1:1/" } : {},
        );
        res.end("no");
        return;
      }
      const raw = Buffer.concat(chunks).toString("utf8");
      const timestamp = String(req.headers["x-timestamp"] ?? "");
      const given = Buffer.from(String(req.headers["x-signature"] ?? ""));
      const expected = Buffer.from(
        `sha256=${createHmac("sha256", secret).update(`${timestamp}.${raw}`).digest("hex")}`,
      );
      const signatureValid = given.length === expected.length && timingSafeEqual(given, expected);
      received.push({
        deliveryId: String(req.headers["x-delivery-id"] ?? ""),
        timestamp,
        signatureValid,
        body: JSON.parse(raw),
      });
      res.writeHead(signatureValid ? 200 : 401);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    failNext(n, status = 500) {
      failures = n;
      failStatus = status;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A controllable clock: `set` and `advance` move it; nothing waits for real time. */
export function testClock(start: string) {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set: (iso: string) => {
      t = new Date(iso).getTime();
    },
    advance: (ms: number) => {
      t += ms;
    },
  };
}

/** Producers that count what they produce (content names the period, so deliveries can be told apart). */
export function countingProducers(): Producers & { produced: string[] } {
  const produced: string[] = [];
  const produce = async (ctx: { periodKey: string; organizationId: number }) => {
    produced.push(ctx.periodKey);
    return {
      title: `test brief ${ctx.periodKey}`,
      text: `period ${ctx.periodKey}`,
      data: { period: ctx.periodKey },
    };
  };
  return { brief: produce, report: produce, produced };
}

/** A scheduler on `db` delivering webhooks to local addresses (WEBHOOK_ALLOW_PRIVATE=1). */
export function testScheduler(
  db: Database,
  clock: { now: () => Date },
  opts: { producers?: Producers; retry?: RetryPolicy; evaluateAlerts?: (now: Date) => Promise<number> } = {},
) {
  return createScheduler({
    db,
    now: clock.now,
    logger: silentLogger,
    deliver: createDeliver({ db, now: clock.now, allowPrivateWebhooks: true }),
    producers: opts.producers ?? countingProducers(),
    retry: opts.retry,
    evaluateAlerts: opts.evaluateAlerts,
  });
}

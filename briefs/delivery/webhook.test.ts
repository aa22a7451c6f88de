import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startReceiver, type TestReceiver } from "../testing.ts";
import { verifyWebhookSignature } from "./signature.ts";
import { blockedAddressReason, webhookUrlProblem } from "./ssrf.ts";
import { sendWebhook } from "./webhook.ts";

const SECRET = "receiver-secret-0123456789";
const message = {
  title: "Weekly brief",
  text: "spend 100.00",
  data: { spend: 100 },
  link: "http://app/?q=x",
};
const ctx = {
  organizationId: 1,
  runId: 7,
  source: "schedule" as const,
  sourceId: 3,
  periodKey: "2026-11-02T09:00",
};
const now = () => new Date("2026-11-02T14:00:00Z");

let receiver: TestReceiver;
beforeEach(async () => {
  receiver = await startReceiver(SECRET);
});
afterEach(() => receiver.close());

describe("sendWebhook", () => {
  it("delivers JSON that a receiver verifies with HMAC-SHA256 over timestamp.body", async () => {
    const result = await sendWebhook({ url: receiver.url, secret: SECRET }, message, ctx, {
      allowPrivate: true,
      now,
    });
    expect(result).toEqual({ ok: true, httpStatus: 200 });
    const [got] = receiver.received;
    console.log("received:", JSON.stringify({ ...got, body: { ...got!.body, data: "..." } }));
    expect(got).toMatchObject({ deliveryId: "7", timestamp: "1793628000", signatureValid: true });
    expect(got!.body).toMatchObject({ deliveryId: 7, period: "2026-11-02T09:00", title: "Weekly brief" });
  });

  it("is refused by a receiver holding another secret", async () => {
    const result = await sendWebhook({ url: receiver.url, secret: "some-other-secret-000" }, message, ctx, {
      allowPrivate: true,
      now,
    });
    expect(result).toEqual({ ok: false, httpStatus: 401, error: "HTTP 401" });
    expect(receiver.received[0]?.signatureValid).toBe(false);
  });

  it("does not follow redirects", async () => {
    receiver.failNext(1, 302);
    const result = await sendWebhook({ url: receiver.url, secret: SECRET }, message, ctx, {
      allowPrivate: true,
      now,
    });
    expect(result).toEqual({ ok: false, httpStatus: 302, error: "redirects are not followed" });
  });

  it("refuses private, loopback, link-local and metadata addresses, and non-http schemes (SSRF)", async () => {
    const port = new URL(receiver.url).port;
    const attempts = [
      receiver.url, // 127.0.0.1
      `http://localhost:${port}/hook`, // a name that resolves to loopback: refused in the lookup
      `http://[::1]:${port}/hook`,
      `http://[::ffff:127.0.0.1]:${port}/hook`,
      "http://169.254.169.254/latest/meta-data/",
      "http://10.0.0.5/hook",
      "http://[fd00::1]/hook",
      "file:///etc/passwd",
      "gopher://127.0.0.1:6379/_INFO",
    ];
    const results: Record<string, string | undefined> = {};
    for (const url of attempts) {
      const r = await sendWebhook({ url, secret: SECRET }, message, ctx, { allowPrivate: false, now });
      expect(r.ok).toBe(false);
      results[url] = r.error;
    }
    console.log("SSRF refusals:", JSON.stringify(results, null, 1));
    expect(Object.values(results).every((e) => e?.startsWith("refused:"))).toBe(true);
    expect(receiver.received).toHaveLength(0);
  });

  it("classifies addresses", () => {
    expect(blockedAddressReason("8.8.8.8")).toBeUndefined();
    expect(blockedAddressReason("2606:4700:4700::1111")).toBeUndefined();
    expect(blockedAddressReason("100.64.1.1")).toMatch(/private/);
    expect(blockedAddressReason("fe80::1")).toMatch(/private/);
    expect(webhookUrlProblem("https://user:pw@example.com/", false)).toBe(
      "credentials in the URL are not allowed",
    );
    expect(webhookUrlProblem("http://127.0.0.1/", true)).toBeUndefined();
  });
});

describe("verifyWebhookSignature (what a receiver runs)", () => {
  it("accepts the signed body within five minutes and refuses a changed body or an old timestamp", async () => {
    await sendWebhook({ url: receiver.url, secret: SECRET }, message, ctx, { allowPrivate: true, now });
    const got = receiver.received[0]!;
    const body = JSON.stringify(got.body);
    const base = { secret: SECRET, timestamp: got.timestamp, now: now() };
    const signature = `sha256=${(await import("node:crypto")).createHmac("sha256", SECRET).update(`${got.timestamp}.${body}`).digest("hex")}`;
    expect(verifyWebhookSignature({ ...base, body, signature })).toBe(true);
    expect(verifyWebhookSignature({ ...base, body: `${body} `, signature })).toBe(false);
    expect(verifyWebhookSignature({ ...base, body, signature, now: new Date("2026-11-02T14:10:00Z") })).toBe(
      false,
    );
  });
});

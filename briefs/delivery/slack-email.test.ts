import { HttpResponse, http, passthrough } from "msw";
import { setupServer } from "msw/node";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertTestOrganizations } from "../../api/testing.ts";
import { openTestDatabase } from "../../db/connect.ts";
import type { Database } from "../../db/database.ts";
import { createDeliver } from "./deliver.ts";
import { createEmailSender } from "./email.ts";

const posted: { auth: string | null; body: Record<string, unknown> }[] = [];
const msw = setupServer(
  http.post("https://slack.com/api/:method", async ({ request, params }) => {
    posted.push({
      auth: request.headers.get("authorization"),
      body: (await request.json()) as Record<string, unknown>,
    });
    if (params.method !== "chat.postMessage")
      return HttpResponse.json({ ok: false, error: "unknown_method" });
    return HttpResponse.json({ ok: true, ts: "1.2" });
  }),
  http.all(/^http:\/\/127\.0\.0\.1:/, () => passthrough()),
);
const message = {
  title: "Weekly KPIs: Acme",
  text: "spend: 100.00",
  data: { spend: 100 },
  link: "http://app.test/?q=x",
};
const ctx = {
  organizationId: 0,
  runId: 1,
  source: "schedule" as const,
  sourceId: 1,
  periodKey: "2026-11-02T09:00",
};

let db: Database;
let orgs: { acme: number; beta: number };
beforeAll(async () => {
  msw.listen({ onUnhandledFrame: "error" });
  db = await openTestDatabase();
  orgs = await insertTestOrganizations(db);
  await db.query(
    "INSERT INTO slack_installations (installation_key, team_id, organization_id, bot_token) VALUES ('T:T_ACME', 'T_ACME', $1, 'xoxb-acme')",
    [orgs.acme],
  );
});
afterAll(async () => {
  msw.close();
  await db.close();
});

describe("Slack delivery", () => {
  it("posts with the organization's installation token, and fails for an organization without Slack", async () => {
    const deliver = createDeliver({
      db,
      now: () => new Date(),
      allowPrivateWebhooks: false,
      slack: { apiUrl: "https://slack.com/api" },
    });
    const ok = await deliver({ type: "slack", channel: "C0123ABC" }, message, {
      ...ctx,
      organizationId: orgs.acme,
    });
    expect(ok).toEqual({ ok: true, httpStatus: 200 });
    expect(posted).toEqual([
      {
        auth: "Bearer xoxb-acme",
        body: {
          channel: "C0123ABC",
          text: "*Weekly KPIs: Acme*\nspend: 100.00\n<http://app.test/?q=x|Ask about it in the chat>",
          unfurl_links: false,
        },
      },
    ]);
    const none = await deliver({ type: "slack", channel: "C0123ABC" }, message, {
      ...ctx,
      organizationId: orgs.beta,
    });
    expect(none).toEqual({ ok: false, error: "Slack is not installed for this organization" });
    const off = createDeliver({ db, now: () => new Date(), allowPrivateWebhooks: false });
    expect(await off({ type: "slack", channel: "C1" }, message, ctx)).toEqual({
      ok: false,
      error: "Slack is not configured on this service",
    });
  });
});

describe("e-mail delivery", () => {
  it("sends through SMTP to a local in-process receiver", async () => {
    const mails: { from: string; to: string[]; data: string }[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        let data = "";
        stream.on("data", (c: Buffer) => {
          data += c.toString("utf8");
        });
        stream.on("end", () => {
          mails.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            data,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    const port = (smtp.server.address() as { port: number }).port;
    try {
      const deliver = createDeliver({
        db,
        now: () => new Date(),
        allowPrivateWebhooks: false,
        email: createEmailSender({ smtpUrl: `smtp://127.0.0.1:${port}`, from: "analyst@example.test" }),
      });
      const result = await deliver(
        { type: "email", to: ["cmo@example.test", "cfo@example.test"] },
        message,
        ctx,
      );
      expect(result).toEqual({ ok: true });
      expect(mails).toHaveLength(1);
      expect(mails[0]).toMatchObject({
        from: "analyst@example.test",
        to: ["cmo@example.test", "cfo@example.test"],
      });
      expect(mails[0]!.data).toContain("Subject: Weekly KPIs: Acme");
      expect(mails[0]!.data).toContain("Ask about it in the chat: http://app.test/?q=x");
      expect(mails[0]!.data).toContain("filename=data.json");
      const off = createDeliver({ db, now: () => new Date(), allowPrivateWebhooks: false });
      expect(await off({ type: "email", to: ["a@example.test"] }, message, ctx)).toEqual({
        ok: false,
        error: "e-mail is off: SMTP_URL is not set",
      });
    } finally {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});

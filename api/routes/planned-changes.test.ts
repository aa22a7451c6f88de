import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPlannedChangeWindows } from "../../db/repositories/planned-changes.ts";
import { apiFetch, startTestApi, type TestApi } from "../testing.ts";

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in tests
type Json = Record<string, any>;
const json = async (res: Response): Promise<Json> => (await res.json()) as Json;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ now: new Date("2026-11-01T12:00:00Z") });
  const org = api.orgs.acme;
  await api.db.query(
    `INSERT INTO channels (organization_id, key, label, is_paid) VALUES
       ($1, 'display', 'Display', true), ($1, 'paid_social', 'Paid Social', true)`,
    [org],
  );
  await api.db.query(
    `INSERT INTO campaigns (organization_id, id, name, channel, platform, objective, start_date, daily_budget) VALUES
       ($1, 1006, 'Display - Remarketing', 'display', 'google_ads', 'conversions', '2025-01-01', 70),
       ($1, 1007, 'Display - Prospecting', 'display', 'google_ads', 'awareness', '2025-01-01', 60),
       ($1, 1009, 'Prospecting - Broad', 'paid_social', 'meta_ads', 'conversions', '2025-01-01', 150)`,
    [org],
  );
  // Starting the API migrates an in-memory database: slow on a busy shared machine.
}, 600_000);
afterAll(async () => {
  await api.close();
});

describe("/api/v1/planned-changes", () => {
  it("records a channel's holdout week and a campaign's lasting budget change, lists them to every role, deletes one", async () => {
    const holdout = await apiFetch(api, "/api/v1/planned-changes", {
      key: api.keys.analyst,
      body: {
        channel: "display",
        from: "2026-06-22",
        to: "2026-06-28",
        expectedChangePercent: -100,
        note: "Holdout week",
      },
    });
    expect(holdout.status).toBe(201);
    const { plannedChange } = await json(holdout);
    expect(plannedChange).toMatchObject({
      channel: "display",
      campaignId: null,
      campaign: null,
      from: "2026-06-22",
      to: "2026-06-28",
      kind: "temporary",
      expectedChangePercent: -100,
      note: "Holdout week",
      createdBy: expect.stringMatching(/^key:/),
    });
    const raise = await json(
      await apiFetch(api, "/api/v1/planned-changes", {
        key: api.keys.admin,
        body: { campaignId: 1007, from: "2026-07-06", expectedChangePercent: 250 },
      }),
    );
    expect(raise.plannedChange).toMatchObject({
      channel: "display",
      campaign: "Display - Prospecting",
      to: null,
      kind: "lasting",
    });

    const list = await json(await apiFetch(api, "/api/v1/planned-changes", { key: api.keys.viewer }));
    expect(list.plannedChanges.map((p: Json) => [p.channel, p.from, p.to])).toEqual([
      ["display", "2026-06-22", "2026-06-28"],
      ["display", "2026-07-06", null],
    ]);
    // What the anomaly scan reads: the channel-wide holdout once per campaign of the channel.
    expect(await readPlannedChangeWindows(api.db, api.orgs.acme)).toEqual([
      {
        channel: "display",
        platform: "google_ads",
        campaign: "Display - Remarketing",
        from: "2026-06-22",
        to: "2026-06-28",
      },
      {
        channel: "display",
        platform: "google_ads",
        campaign: "Display - Prospecting",
        from: "2026-06-22",
        to: "2026-06-28",
      },
      {
        channel: "display",
        platform: "google_ads",
        campaign: "Display - Prospecting",
        from: "2026-07-06",
        to: null,
      },
    ]);

    const removed = await apiFetch(api, `/api/v1/planned-changes/${plannedChange.id}`, {
      key: api.keys.analyst,
      method: "DELETE",
    });
    expect(removed.status).toBe(204);
    const after = await json(await apiFetch(api, "/api/v1/planned-changes", { key: api.keys.viewer }));
    expect(after.plannedChanges.map((p: Json) => p.from)).toEqual(["2026-07-06"]);
  });

  it("refuses viewers, unknown channels and campaigns, a campaign in another channel, and bad dates", async () => {
    const post = (key: string, body: Json) => apiFetch(api, "/api/v1/planned-changes", { key, body });
    expect((await post(api.keys.viewer, { channel: "display", from: "2026-06-01" })).status).toBe(403);
    const cases: [Json, RegExp][] = [
      [{ channel: "tv", from: "2026-06-01" }, /^channel: 'tv' is not a channel/],
      [{ campaignId: 4242, from: "2026-06-01" }, /^campaignId: no campaign 4242/],
      [
        { channel: "paid_social", campaignId: 1007, from: "2026-06-01" },
        /^channel: campaign 1007 is in display/,
      ],
      [{ from: "2026-06-01" }, /channel/],
      [{ channel: "display", from: "2026-02-30" }, /from/],
      [{ channel: "display", from: "2026-06-10", to: "2026-06-01" }, /to/],
      [{ channel: "display", from: "2026-06-01", expectedChangePercent: -150 }, /expectedChangePercent/],
      [{ channel: "display", from: "2026-06-01", budget: 5 }, /budget/],
    ];
    for (const [body, message] of cases) {
      const res = await post(api.keys.analyst, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await json(res)).error.message, JSON.stringify(body)).toMatch(message);
    }
  });

  it("keeps organizations apart: another organization's planned change is a 404 and not listed", async () => {
    const mine = await json(
      await apiFetch(api, "/api/v1/planned-changes", {
        key: api.keys.analyst,
        body: { channel: "paid_social", from: "2026-09-01", to: "2026-09-14", expectedChangePercent: 40 },
      }),
    );
    const other = await apiFetch(api, `/api/v1/planned-changes/${mine.plannedChange.id}`, {
      key: api.keys.betaAdmin,
      method: "DELETE",
    });
    expect(other.status).toBe(404);
    const betaList = await json(await apiFetch(api, "/api/v1/planned-changes", { key: api.keys.betaAdmin }));
    expect(betaList.plannedChanges).toEqual([]);
  });
});

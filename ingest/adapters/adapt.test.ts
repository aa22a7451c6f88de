import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createRateTable } from "../currency/rate-table.ts";
import { adaptExport } from "./adapt.ts";
import { createMemoryCampaignIds } from "./campaign-ids.ts";
import { customerIdFor } from "./customer-ids.ts";
import { FIXTURES, fixtureRates } from "./fixtures/index.ts";
import type { AdapterKind } from "./types.ts";

const ctx = () => ({
  currency: "USD",
  rates: createRateTable(fixtureRates()),
  campaignIds: createMemoryCampaignIds(),
});
const adapt = (kind: AdapterKind, named = false) =>
  adaptExport(createReadStream(FIXTURES[kind]), ctx(), named ? { kind } : {});
const spendRow = (date: string, id: number, channel: string, platform: string, cells: string[]) => ({
  date,
  campaign_id: String(id),
  channel,
  platform,
  spend: cells[0],
  impressions: cells[1],
  clicks: cells[2],
  platform_conversions: cells[3],
  platform_revenue: cells[4],
});
const campaign = (
  id: number,
  name: string,
  channel: string,
  platform: string,
  objective: string,
  budget: string,
) => ({
  campaign_id: String(id),
  name,
  channel,
  platform,
  objective,
  start_date: "2026-03-01",
  end_date: null,
  daily_budget: budget,
});
const empty = { campaigns: [], ad_spend_daily: [], conversions: [], email_daily: [], web_sessions_daily: [] };

describe("adaptExport on each fixture", () => {
  it("detects every fixture's kind from its header, and accepts it named", async () => {
    for (const kind of Object.keys(FIXTURES) as AdapterKind[]) {
      expect((await adapt(kind)).kind).toBe(kind);
      expect((await adapt(kind, true)).kind).toBe(kind);
    }
  });

  it("Google Ads: skips the title lines and Total rows, reads quoted thousands and '--'", async () => {
    const r = await adapt("google_ads");
    expect([r.rowsRead, r.rowsSkipped, r.problems]).toEqual([9, 3, []]);
    expect(r.records).toEqual({
      ...empty,
      campaigns: [
        campaign(1, "Search - Brand Tents", "paid_search", "google_ads", "conversions", "150.00"),
        campaign(2, "Display - Prospecting", "display", "google_ads", "awareness", "80.00"),
      ],
      ad_spend_daily: [
        spendRow("2026-03-01", 1, "paid_search", "google_ads", [
          "1204.50",
          "12480",
          "936",
          "41.00",
          "4812.30",
        ]),
        spendRow("2026-03-01", 2, "display", "google_ads", ["75.25", "48310", "212", "0.00", "0.00"]),
        spendRow("2026-03-02", 1, "paid_search", "google_ads", [
          "1310.00",
          "13002",
          "1004",
          "44.50",
          "5100.00",
        ]),
        spendRow("2026-03-02", 2, "display", "google_ads", ["79.10", "50120", "230", "1.00", "89.99"]),
        spendRow("2026-03-03", 1, "paid_search", "google_ads", [
          "998.75",
          "11870",
          "880",
          "37.00",
          "4200.10",
        ]),
        spendRow("2026-03-03", 2, "display", "google_ads", ["0.00", "0", "0", "0.00", "0.00"]),
      ],
    });
    expect(r.summary.campaigns).toEqual([
      { platform: "google_ads", externalId: "21436587901", name: "Search - Brand Tents", campaignId: 1 },
      { platform: "google_ads", externalId: "21436587902", name: "Display - Prospecting", campaignId: 2 },
    ]);
    expect(r.summary.ratesUsed).toEqual([]);
  });

  it("Meta: converts EUR spend and value at the day's rate (Sunday takes Friday's), empty cells are 0", async () => {
    const r = await adapt("meta_ads");
    expect([r.rowsRead, r.rowsSkipped, r.problems]).toEqual([6, 0, []]);
    expect(r.records.campaigns).toEqual([
      campaign(1, "Prospecting - Spring Collection", "paid_social", "meta_ads", "conversions", "0.00"),
      campaign(2, "Retargeting - Cart Abandoners", "paid_social", "meta_ads", "conversions", "0.00"),
    ]);
    // 412.37 EUR x 1.0790 = 444.947... -> 444.95; 1820.40 x 1.0790 = 1964.2116 -> 1964.21.
    expect(r.records.ad_spend_daily).toEqual([
      spendRow("2026-03-01", 1, "paid_social", "meta_ads", ["444.95", "38120", "611", "14.00", "1964.21"]),
      spendRow("2026-03-01", 2, "paid_social", "meta_ads", ["103.69", "8042", "142", "6.00", "757.46"]),
      spendRow("2026-03-02", 1, "paid_social", "meta_ads", ["431.17", "36955", "587", "12.00", "1636.44"]),
      spendRow("2026-03-02", 2, "paid_social", "meta_ads", ["109.88", "8311", "0", "0.00", "0.00"]),
      spendRow("2026-03-03", 1, "paid_social", "meta_ads", ["457.80", "39880", "640", "15.00", "2133.52"]),
      spendRow("2026-03-03", 2, "paid_social", "meta_ads", ["0.00", "0", "0", "0.00", "0.00"]),
    ]);
    expect(r.summary.ratesUsed).toEqual([
      {
        currency: "EUR",
        date: "2026-03-01",
        rateDate: "2026-02-27",
        rate: 1.079,
        scope: "organization",
        rows: 4,
        amountIn: "3030.87",
        amountOut: "3270.31",
      },
      {
        currency: "EUR",
        date: "2026-03-02",
        rateDate: "2026-03-02",
        rate: 1.0832,
        scope: "organization",
        rows: 3,
        amountIn: "2010.24",
        amountOut: "2177.49",
      },
      {
        currency: "EUR",
        date: "2026-03-03",
        rateDate: "2026-03-03",
        rate: 1.0851,
        scope: "organization",
        rows: 2,
        amountIn: "2388.10",
        amountOut: "2591.32",
      },
    ]);
  });

  it("TikTok: US dates, '-' for none, the 'Total of N results' row skipped", async () => {
    const r = await adapt("tiktok_ads");
    expect([r.rowsRead, r.rowsSkipped, r.problems]).toEqual([7, 1, []]);
    expect(r.records.campaigns.map((c) => [c.campaign_id, c.name, c.channel, c.platform])).toEqual([
      ["1", "Spark Ads - Trail Creators", "paid_social", "tiktok_ads"],
      ["2", "In-Feed - Camp Kitchen", "paid_social", "tiktok_ads"],
    ]);
    expect(r.records.ad_spend_daily).toEqual([
      spendRow("2026-03-01", 1, "paid_social", "tiktok_ads", [
        "1024.30",
        "152800",
        "1310",
        "22.00",
        "2640.00",
      ]),
      spendRow("2026-03-01", 2, "paid_social", "tiktok_ads", ["310.00", "61200", "402", "5.00", "545.50"]),
      spendRow("2026-03-02", 1, "paid_social", "tiktok_ads", [
        "998.70",
        "149015",
        "1288",
        "19.00",
        "2310.80",
      ]),
      spendRow("2026-03-02", 2, "paid_social", "tiktok_ads", ["305.25", "59870", "388", "0.00", "0.00"]),
      spendRow("2026-03-03", 1, "paid_social", "tiktok_ads", [
        "1101.05",
        "160220",
        "1402",
        "24.00",
        "2904.60",
      ]),
      spendRow("2026-03-03", 2, "paid_social", "tiktok_ads", ["0.00", "0", "0", "0.00", "0.00"]),
    ]);
  });

  it("Shopify: one conversion per counted order, net of refunds, CAD converted, buyers by e-mail", async () => {
    const r = await adapt("shopify_orders");
    // 9 rows: #1002's second line item, the voided #1005 and the cancelled #1006 carry nothing.
    expect([r.rowsRead, r.rowsSkipped, r.problems]).toEqual([9, 3, []]);
    const ann = String(customerIdFor("ann.lee@example.com", ""));
    expect(r.records.conversions).toEqual([
      {
        order_id: "5550001001",
        customer_id: ann,
        ts: "2026-03-01T14:13:55.000Z",
        revenue: "237.07",
        currency: "USD",
        is_new_customer: "true",
      },
      {
        order_id: "5550001002",
        customer_id: String(customerIdFor("bo.chen@example.com", "")),
        ts: "2026-03-02T02:40:01.000Z",
        revenue: "1242.71",
        currency: "USD",
        is_new_customer: "true",
      },
      // Total 150.96 - refunded 40.00; the e-mail's case does not matter.
      {
        order_id: "5550001003",
        customer_id: String(customerIdFor("cara.diaz@example.com", "")),
        ts: "2026-03-02T13:05:30.000Z",
        revenue: "110.96",
        currency: "USD",
        is_new_customer: "true",
      },
      // 114.13 CAD on the shop's 2 March (UTC 3 March) x 0.7361 = 84.011... -> 84.01; Ann's second order.
      {
        order_id: "5550001004",
        customer_id: ann,
        ts: "2026-03-03T00:22:01.000Z",
        revenue: "84.01",
        currency: "USD",
        is_new_customer: "false",
      },
      // A POS order without e-mail is its own customer.
      {
        order_id: "5550001007",
        customer_id: String(customerIdFor(null, "5550001007")),
        ts: "2026-03-03T21:10:00.000Z",
        revenue: "48.71",
        currency: "USD",
        is_new_customer: "true",
      },
      {
        order_id: "5550001008",
        customer_id: String(customerIdFor("fay.wong@example.com", "")),
        ts: "2026-03-04T04:59:30.000Z",
        revenue: "107.17",
        currency: "USD",
        is_new_customer: "true",
      },
    ]);
    expect(r.summary.ratesUsed).toEqual([
      {
        currency: "CAD",
        date: "2026-03-02",
        rateDate: "2026-03-02",
        rate: 0.7361,
        scope: "organization",
        rows: 1,
        amountIn: "114.13",
        amountOut: "84.01",
      },
    ]);
  });

  it("Shopify: a buyer with an earlier order in the database is not new", async () => {
    const earlier = new Set([customerIdFor("bo.chen@example.com", "")]);
    const r = await adaptExport(createReadStream(FIXTURES.shopify_orders), {
      ...ctx(),
      hasEarlierOrder: async (id) => earlier.has(id),
    });
    expect(r.records.conversions.map((c) => [c.order_id, c.is_new_customer])).toEqual([
      ["5550001001", "true"],
      ["5550001002", "false"],
      ["5550001003", "true"],
      ["5550001004", "false"],
      ["5550001007", "true"],
      ["5550001008", "true"],
    ]);
  });

  it("Klaviyo: e-mail sends by day with unique opens and clicks; SMS skipped", async () => {
    const r = await adapt("klaviyo_campaigns");
    expect([r.rowsRead, r.rowsSkipped, r.problems]).toEqual([4, 1, []]);
    expect(r.records).toEqual({
      ...empty,
      email_daily: [
        {
          date: "2026-03-01",
          email_campaign: "Spring Launch",
          sends: "24310",
          opens: "10987",
          clicks: "1204",
          unsubscribes: "58",
        },
        {
          date: "2026-03-02",
          email_campaign: "Gear Guide: Tents",
          sends: "12045",
          opens: "6120",
          clicks: "702",
          unsubscribes: "21",
        },
        {
          date: "2026-03-03",
          email_campaign: "Weekend Flash Sale",
          sends: "24402",
          opens: "9850",
          clicks: "1515",
          unsubscribes: "77",
        },
      ],
    });
  });

  it("GA4: '#' preamble and totals row skipped, source / medium classified and summed by day and channel", async () => {
    const r = await adapt("ga4_traffic");
    expect([r.rowsRead, r.rowsSkipped, r.problems]).toEqual([16, 1, []]);
    const s = (date: string, channel: string, sessions: number, users: number, bounces: number) => ({
      date,
      channel,
      sessions: String(sessions),
      users: String(users),
      bounces: String(bounces),
    });
    expect(r.records.web_sessions_daily).toEqual([
      s("2026-03-01", "direct", 990, 880, 419),
      s("2026-03-01", "email", 1102, 1010, 312),
      s("2026-03-01", "organic_search", 1388, 1210, 487),
      s("2026-03-01", "organic_social", 95, 88, 34), // reddit.com / referral: GA4's Organic Social
      s("2026-03-01", "paid_search", 1630, 1402, 450),
      s("2026-03-01", "paid_social", 602 + 240, 540 + 211, 602 - 318 + (240 - 120)), // facebook + instagram
      s("2026-03-02", "direct", 1011, 901, 411),
      s("2026-03-02", "organic_search", 1350, 1190, 470),
      s("2026-03-02", "paid_search", 1701, 1455, 468),
      s("2026-03-02", "referral", 166, 150, 46),
      s("2026-03-03", "organic_search", 201, 180, 71),
      s("2026-03-03", "paid_search", 1522, 1301, 482),
      s("2026-03-03", "paid_social", 470, 400, 230),
      s("2026-03-03", "unassigned", 0, 0, 0),
    ]);
  });

  it("GA4: the organization's rules decide before GA4's grouping", async () => {
    const r = await adaptExport(createReadStream(FIXTURES.ga4_traffic), {
      ...ctx(),
      channelRules: [{ source: { op: "exact", value: "reddit.com" }, channel: "referral" }],
    });
    expect(r.records.web_sessions_daily.filter((x) => x.date === "2026-03-01").map((x) => x.channel)).toEqual(
      ["direct", "email", "organic_search", "paid_search", "paid_social", "referral"],
    );
  });
});

describe("adaptExport errors", () => {
  const from = (text: string) => Readable.from([text]);

  it("reports a bad cell with its line, column and what was expected, and keeps the good rows", async () => {
    const csv = [
      "Day,Campaign,Campaign ID,Cost,Impr.,Clicks",
      "2026-03-01,A,1,10.00,100,5",
      "2026-03-32,A,1,10.00,100,5",
      "2026-03-02,A,1,ten,100,5",
      "2026-03-03,A,1,12.00,100,-3",
    ].join("\n");
    const r = await adaptExport(from(csv), ctx());
    expect(r.problems).toEqual([
      { line: 3, field: "day", expected: "a date such as 2026-03-01", value: "2026-03-32" },
      { line: 4, field: "cost", expected: "a number", value: "ten" },
      { line: 5, field: "clicks", expected: "a whole number", value: "-3" },
    ]);
    expect(r.records.ad_spend_daily.map((x) => x.date)).toEqual(["2026-03-01"]);
  });

  it("refuses a row whose currency has no rate, naming the fix", async () => {
    const csv = [
      "Day,Campaign,Campaign ID,Currency code,Cost,Impr.,Clicks",
      "2026-03-01,A,1,GBP,10.00,100,5",
    ].join("\n");
    const r = await adaptExport(from(csv), ctx());
    expect(r.problems).toEqual([
      {
        line: 2,
        field: "spend",
        expected: "a GBP -> USD rate for 2026-03-01 (import one with POST /api/v1/currency-rates)",
        value: "GBP",
      },
    ]);
    expect(r.records.ad_spend_daily).toEqual([]);
  });

  it("stops after maxProblems", async () => {
    const rows = Array.from({ length: 50 }, () => "bad-date,A,1,1,1,1");
    const r = await adaptExport(
      from(["Day,Campaign,Campaign ID,Cost,Impr.,Clicks", ...rows].join("\n")),
      ctx(),
      {
        maxProblems: 5,
      },
    );
    expect(r.problems.length).toBe(5);
  });

  it("names the kinds it knows when no header is found", async () => {
    await expect(adaptExport(from("a,b,c\n1,2,3\n"), ctx())).rejects.toThrow(
      /no header found in the first 30 rows: expected the header of one of: Google Ads campaign report \(CSV\); Meta Ads Manager export/,
    );
  });

  it("refuses a file that is not the named kind", async () => {
    await expect(
      adaptExport(createReadStream(FIXTURES.meta_ads), ctx(), { kind: "tiktok_ads" }),
    ).rejects.toThrow(
      "no header found in the first 30 rows: expected the header of a TikTok Ads Manager export (CSV)",
    );
  });

  it("names a required column that is missing", async () => {
    await expect(
      adaptExport(from("Session source / medium,Sessions,Engaged sessions\ngoogle / cpc,1,1\n"), ctx()),
    ).rejects.toThrow(
      'line 1: the GA4 traffic acquisition export by session source / medium (CSV) needs a column "date"',
    );
  });
});

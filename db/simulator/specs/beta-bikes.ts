import type { CampaignSpec, OrgSpec } from "../spec-types.ts";

const campaigns: CampaignSpec[] = [
  // google_ads: 3 search + 1 display.
  c("Search - Brand - DE", "paid_search", "google_ads", "conversions", 45),
  c("Search - E-Bikes - Generic", "paid_search", "google_ads", "conversions", 85),
  c("Shopping - PMax - Bikes & Parts", "paid_search", "google_ads", "catalog_sales", 70),
  c("Display - Remarketing - 30d", "display", "google_ads", "conversions", 30),
  // meta_ads: 4 campaigns (Beta Bikes does not use TikTok).
  c("Prospecting - Broad - DE/AT", "paid_social", "meta_ads", "conversions", 60),
  c("Retargeting - Viewed Product 7d", "paid_social", "meta_ads", "conversions", 30),
  c("Frühjahr26 - E-Bike Launch - Video", "paid_social", "meta_ads", "awareness", 90, {
    start: "2026-03-15",
    end: "2026-05-15",
  }),
  c("BF25 - Bikes - Prospecting", "paid_social", "meta_ads", "conversions", 120, {
    start: "2025-11-21",
    end: "2025-12-01",
  }),
  // awin (affiliate network): 3 partner programs.
  { ...c("Affiliate - Bike Blogs", "affiliate", "awin", "conversions", 15), source: "radfahren-blog" },
  { ...c("Affiliate - Cashback (Shoop)", "affiliate", "awin", "conversions", 12), source: "shoop" },
  { ...c("Affiliate - Voucher Sites", "affiliate", "awin", "conversions", 10), source: "mydealz" },
];

/** The second tenant: a smaller German bike shop, spring-heavy, higher order values, in EUR. */
export const BETA_BIKES: OrgSpec = {
  slug: "beta-bikes",
  name: "Beta Bikes",
  timeZone: "Europe/Berlin",
  currency: "EUR",
  industry: "bicycle_retail",
  orderPrefix: "B",
  campaignIdBase: 5000,
  customers: 12_500,
  weekday: [1.2, 1.05, 0.98, 0.96, 0.95, 0.9, 0.92],
  seasons: [
    { label: "Black Friday", from: "2025-11-28", to: "2025-11-28", demand: 1.8 },
    { label: "Cyber Monday", from: "2025-12-01", to: "2025-12-01", demand: 1.5 },
    { label: "Advent", from: "2025-12-02", to: "2025-12-20", demand: 0.9 },
    { label: "Christmas", from: "2025-12-21", to: "2025-12-26", demand: 0.35 },
    { label: "Winter", from: "2025-12-27", to: "2026-02-28", demand: 0.6 },
    { label: "Spring season", from: "2026-03-15", to: "2026-06-30", demand: 1.5 },
    { label: "Summer", from: "2026-07-01", to: "2026-08-31", demand: 1.2 },
    { label: "Autumn", from: "2026-10-01", to: "2026-10-31", demand: 0.8 },
  ],
  monthlyBudgetIndex: [0.6, 0.7, 1.2, 1.4, 1.4, 1.2, 1.1, 1.0, 0.9, 0.8, 0.8, 0.7],
  campaigns,
  platforms: {
    google_ads: {
      cpc: 0.8,
      ctr: 0.05,
      claimFactor: 2.7,
      sources: [{ source: "google", share: 1 }],
      medium: "cpc",
    },
    meta_ads: {
      cpc: 0.65,
      ctr: 0.011,
      claimFactor: 4.2,
      sources: [
        { source: "instagram", share: 0.55 },
        { source: "facebook", share: 0.45 },
      ],
      medium: "paid_social",
    },
    awin: {
      cpc: 0.4,
      ctr: 0.02,
      claimFactor: 3.1,
      sources: [{ source: "awin", share: 1 }],
      medium: "affiliate",
    },
  },
  curves: {
    paid_search: { alpha: 1.2, halfSaturation: 380, scale: 6.5, theta: 0.25 },
    paid_social: { alpha: 1.5, halfSaturation: 420, scale: 3.2, theta: 0.5 },
    display: { alpha: 1.8, halfSaturation: 140, scale: 0.8, theta: 0.5 },
    affiliate: { alpha: 1.0, halfSaturation: 110, scale: 1.6, theta: 0.2 },
  },
  baselineFirstOrders: 3.3,
  unpaidSessions: { organic_search: 900, direct: 420, referral: 160 },
  aov: { newMean: 420, returningMean: 95, sigma: 0.75 },
  repeat: { probability: 0.3, meanGapDays: 55 },
  email: {
    listBase: 14_000,
    optInRate: 0.45,
    newsletterName: "Beta Bikes Newsletter",
    newsletterWeekday: 0,
    promos: [
      { date: "2025-11-28", name: "Black Friday Deals" },
      { date: "2025-12-01", name: "Cyber Monday" },
      { date: "2026-03-14", name: "Saisonstart 2026" },
      { date: "2026-04-30", name: "Mai-Tour Special" },
      { date: "2026-07-10", name: "Sommer Sale" },
      { date: "2026-09-25", name: "Herbst Service Check" },
    ],
    incrementalShare: { base: 0.1, newsletter: 0.12, promo: 0.3 },
  },
  touches: { firstJourney: 11, repeatJourney: 2, browser: 5, meanGapDays: 8 },
  regions: [
    { name: "Bayern", share: 0.18 },
    { name: "Nordrhein-Westfalen", share: 0.2 },
    { name: "Baden-Württemberg", share: 0.16 },
    { name: "Berlin", share: 0.1 },
    { name: "Hamburg", share: 0.06 },
    { name: "Hessen", share: 0.08 },
    { name: "Niedersachsen", share: 0.08 },
    { name: "Österreich", share: 0.08 },
    { name: "other", share: 0.06 },
  ],
  referrers: ["mtb-news.de", "radfahren.de", "reddit.com", "youtube.com"],
  anomalies: [
    {
      kind: "tracking_outage",
      date: "2026-06-09",
      lossRate: 0.9,
      description: "Consent banner update blocked the analytics tag: most conversions and sessions were lost",
    },
    {
      kind: "runaway_spend",
      date: "2026-04-22",
      campaign: "Search - E-Bikes - Generic",
      multiplier: 5,
      description: "Broad-match keywords added without a budget cap for one day",
    },
    {
      kind: "conversion_rate_drop",
      channel: "paid_search",
      from: "2026-09-01",
      to: "2026-09-14",
      factor: 0.5,
      description: "Out-of-stock e-bike models still advertised in search: conversion rate halved",
    },
  ],
  // Planned spend tests (db/simulator/flights.ts), one channel at a time, clear of each other and
  // of the injected anomalies (April 22, June 9, September 1-14); the seed picks the weeks.
  flights: [
    { channel: "display", kind: "up", window: { from: "2026-01-12", to: "2026-02-15" } },
    { channel: "paid_search", kind: "down", window: { from: "2026-05-18", to: "2026-06-07" } },
    { channel: "display", kind: "holdout", window: { from: "2026-06-15", to: "2026-06-28" } },
    { channel: "paid_social", kind: "up", window: { from: "2026-06-29", to: "2026-07-19" } },
    { channel: "affiliate", kind: "holdout", window: { from: "2026-07-20", to: "2026-08-02" } },
    { channel: "paid_search", kind: "holdout", window: { from: "2026-08-03", to: "2026-08-16" } },
    { channel: "affiliate", kind: "up", window: { from: "2026-09-21", to: "2026-10-11" } },
    { channel: "paid_social", kind: "holdout", window: { from: "2026-10-12", to: "2026-10-25" } },
  ],
};

function c(
  name: string,
  channel: CampaignSpec["channel"],
  platform: string,
  objective: CampaignSpec["objective"],
  dailyBudget: number,
  window: { start: string; end: string | null } = { start: "2025-03-01", end: null },
): CampaignSpec {
  return { name, channel, platform, objective, dailyBudget, start: window.start, end: window.end };
}

import type { CampaignSpec, OrgSpec } from "../spec-types.ts";

const BF = { start: "2025-11-20", end: "2025-12-02" };
const HOLIDAY = { start: "2025-12-03", end: "2025-12-22" };

const campaigns: CampaignSpec[] = [
  // google_ads: 5 search + 3 display = 8 campaigns on the platform.
  c("Search - Brand - Exact", "paid_search", "google_ads", "conversions", 130),
  c("Search - NonBrand - Tents & Shelters", "paid_search", "google_ads", "conversions", 170),
  c("Search - NonBrand - Hiking Boots", "paid_search", "google_ads", "conversions", 140),
  c("Shopping - PMax - All Products", "paid_search", "google_ads", "catalog_sales", 210),
  c("BF25 - Search - Sitewide Deals", "paid_search", "google_ads", "conversions", 420, BF),
  c("Display - Remarketing - 30d Visitors", "display", "google_ads", "conversions", 70),
  {
    // Budget raised in July and kept: display spend about doubles for the last four months, so the
    // history shows display at two spend levels. Budget changes like this are what make a response
    // curve measurable (see evals/truth/budget-truth.ts).
    ...c("Display - Prospecting - Outdoor Enthusiasts", "display", "google_ads", "awareness", 60),
    budgetChanges: [{ from: "2026-07-06", dailyBudget: 210 }],
  },
  c("Holiday25 - Display - Gift Guide", "display", "google_ads", "awareness", 150, HOLIDAY),
  // meta_ads: 6 campaigns.
  c("Prospecting - Broad - Advantage+", "paid_social", "meta_ads", "conversions", 150),
  c("Prospecting - Lookalike 1% Purchasers", "paid_social", "meta_ads", "conversions", 110),
  c("Retargeting - Cart Abandoners 14d", "paid_social", "meta_ads", "conversions", 60),
  c("BF25 - Sitewide - Prospecting", "paid_social", "meta_ads", "conversions", 450, BF),
  c("Holiday25 - Gift Guide - Carousel", "paid_social", "meta_ads", "traffic", 220, HOLIDAY),
  c("Summer26 - Camping Collection - Video", "paid_social", "meta_ads", "awareness", 160, {
    start: "2026-06-01",
    end: "2026-08-31",
  }),
  // tiktok_ads: 3 campaigns.
  c("TikTok - Spark Ads - Trail Creators", "paid_social", "tiktok_ads", "awareness", 70),
  c("TikTok - Prospecting - Gen Z Hikers", "paid_social", "tiktok_ads", "conversions", 50),
  c("Summer26 - TikTok - Festival Camping", "paid_social", "tiktok_ads", "traffic", 90, {
    start: "2026-06-15",
    end: "2026-08-15",
  }),
  // impact (affiliate network): 3 partner programs.
  {
    ...c("Affiliate - Coupon & Deal Sites", "affiliate", "impact", "conversions", 45),
    source: "retailmenot",
  },
  {
    ...c("Affiliate - Gear Review Publishers", "affiliate", "impact", "conversions", 55),
    source: "outdoorgearlab",
  },
  { ...c("Affiliate - Cashback & Loyalty", "affiliate", "impact", "conversions", 30), source: "rakuten" },
];

/** The demo organization: a US outdoor-gear web shop with a full paid mix. */
export const ACME: OrgSpec = {
  slug: "acme",
  name: "Acme Outdoor",
  timeZone: "America/New_York",
  currency: "USD",
  industry: "outdoor_retail",
  orderPrefix: "A",
  campaignIdBase: 1000,
  customers: 50_000,
  weekday: [1.1, 1.06, 1.0, 0.98, 0.97, 0.92, 1.02],
  seasons: [
    { label: "Black Friday week", from: "2025-11-21", to: "2025-11-27", demand: 1.45 },
    { label: "Black Friday", from: "2025-11-28", to: "2025-11-28", demand: 2.8 },
    { label: "Black Friday weekend", from: "2025-11-29", to: "2025-11-30", demand: 1.9 },
    { label: "Cyber Monday", from: "2025-12-01", to: "2025-12-01", demand: 2.4 },
    { label: "Cyber week", from: "2025-12-02", to: "2025-12-02", demand: 1.4 },
    { label: "Holiday run-up", from: "2025-12-03", to: "2025-12-19", demand: 1.35 },
    { label: "Last shipping days", from: "2025-12-20", to: "2025-12-23", demand: 1.1 },
    { label: "Christmas", from: "2025-12-24", to: "2025-12-25", demand: 0.55 },
    { label: "After-Christmas sales", from: "2025-12-26", to: "2025-12-31", demand: 1.2 },
    { label: "Winter lull", from: "2026-01-02", to: "2026-02-28", demand: 0.8 },
    { label: "Spring", from: "2026-03-20", to: "2026-05-31", demand: 1.05 },
    { label: "Summer", from: "2026-06-01", to: "2026-08-31", demand: 1.3 },
    { label: "Labor Day", from: "2026-09-04", to: "2026-09-07", demand: 1.25 },
  ],
  monthlyBudgetIndex: [0.8, 0.8, 0.95, 1.0, 1.1, 1.2, 1.2, 1.1, 0.95, 0.95, 1.15, 1.25],
  campaigns,
  platforms: {
    google_ads: {
      cpc: 1.1,
      ctr: 0.045,
      claimFactor: 2.4,
      sources: [{ source: "google", share: 1 }],
      medium: "cpc",
    },
    meta_ads: {
      cpc: 0.95,
      ctr: 0.012,
      claimFactor: 3.6,
      sources: [
        { source: "facebook", share: 0.6 },
        { source: "instagram", share: 0.4 },
      ],
      medium: "paid_social",
    },
    tiktok_ads: {
      cpc: 0.7,
      ctr: 0.008,
      claimFactor: 3.0,
      sources: [{ source: "tiktok", share: 1 }],
      medium: "paid_social",
    },
    impact: {
      cpc: 0.5,
      ctr: 0.02,
      claimFactor: 2.2,
      sources: [{ source: "impact", share: 1 }],
      medium: "affiliate",
    },
  },
  curves: {
    paid_search: { alpha: 1.3, halfSaturation: 1400, scale: 22, theta: 0.3 },
    paid_social: { alpha: 1.6, halfSaturation: 1300, scale: 16, theta: 0.55 },
    display: { alpha: 2.0, halfSaturation: 500, scale: 5, theta: 0.6 },
    affiliate: { alpha: 1.1, halfSaturation: 400, scale: 6, theta: 0.2 },
  },
  baselineFirstOrders: 10,
  unpaidSessions: { organic_search: 2600, direct: 1500, referral: 420 },
  aov: { newMean: 105, returningMean: 118, sigma: 0.55 },
  repeat: { probability: 0.36, meanGapDays: 70 },
  email: {
    listBase: 60_000,
    optInRate: 0.6,
    newsletterName: "Weekly Trail Notes",
    newsletterWeekday: 4,
    promos: [
      { date: "2025-11-25", name: "BF25 - Early Access" },
      { date: "2025-11-28", name: "Black Friday 2025" },
      { date: "2025-12-01", name: "Cyber Monday 2025" },
      { date: "2025-12-08", name: "Holiday Gift Guide" },
      { date: "2025-12-18", name: "Last Shipping Day" },
      { date: "2026-01-02", name: "New Year Sale" },
      { date: "2026-03-20", name: "Spring Trail Launch" },
      { date: "2026-06-19", name: "Summer Sale" },
      { date: "2026-09-05", name: "Labor Day Sale" },
      { date: "2026-10-08", name: "Fall Camping Collection" },
    ],
    incrementalShare: { base: 0.12, newsletter: 0.15, promo: 0.35 },
  },
  touches: { firstJourney: 8, repeatJourney: 2, browser: 7, meanGapDays: 6 },
  regions: [
    { name: "CA", share: 0.14 },
    { name: "TX", share: 0.09 },
    { name: "NY", share: 0.07 },
    { name: "CO", share: 0.07 },
    { name: "WA", share: 0.06 },
    { name: "FL", share: 0.06 },
    { name: "OR", share: 0.05 },
    { name: "UT", share: 0.04 },
    { name: "PA", share: 0.04 },
    { name: "IL", share: 0.04 },
    { name: "MA", share: 0.04 },
    { name: "NC", share: 0.04 },
    { name: "other", share: 0.26 },
  ],
  referrers: ["reddit.com", "backpacker.com", "switchbacktravel.com", "youtube.com", "cleverhiker.com"],
  anomalies: [
    {
      kind: "tracking_outage",
      date: "2026-03-17",
      lossRate: 0.92,
      description:
        "Checkout tag removed by a site release: most conversions and sessions that day were not tracked",
    },
    {
      kind: "runaway_spend",
      date: "2026-05-14",
      campaign: "Prospecting - Broad - Advantage+",
      multiplier: 7,
      description: "Daily budget typo (1500 instead of 150) on one Meta campaign for one day",
    },
    {
      kind: "conversion_rate_drop",
      channel: "paid_social",
      from: "2026-08-10",
      to: "2026-08-23",
      factor: 0.45,
      description:
        "Broken mobile landing page for paid social traffic: conversion rate fell by more than half",
    },
  ],
  // Planned spend tests (db/simulator/flights.ts): one channel at a time, each paid channel
  // stepped up or down and paused for a week, mostly inside the last 180 days the budget curves
  // are fitted on. Windows stay clear of each other, of the injected anomalies (May 14, August
  // 10-23) and of the display budget raise on July 6; the seed picks the weeks inside them.
  flights: [
    { channel: "display", kind: "down", window: { from: "2026-01-12", to: "2026-02-15" } },
    { channel: "paid_social", kind: "up", window: { from: "2026-05-25", to: "2026-06-14" } },
    { channel: "display", kind: "holdout", window: { from: "2026-06-15", to: "2026-06-28" } },
    { channel: "paid_search", kind: "down", window: { from: "2026-07-13", to: "2026-08-02" } },
    { channel: "affiliate", kind: "holdout", window: { from: "2026-06-29", to: "2026-07-12" } },
    { channel: "affiliate", kind: "up", window: { from: "2026-08-31", to: "2026-09-20" } },
    { channel: "paid_search", kind: "holdout", window: { from: "2026-09-21", to: "2026-10-04" } },
    { channel: "paid_social", kind: "holdout", window: { from: "2026-10-05", to: "2026-10-18" } },
  ],
};

function c(
  name: string,
  channel: CampaignSpec["channel"],
  platform: string,
  objective: CampaignSpec["objective"],
  dailyBudget: number,
  window: { start: string; end: string | null } = { start: "2024-04-15", end: null },
): CampaignSpec {
  return { name, channel, platform, objective, dailyBudget, start: window.start, end: window.end };
}

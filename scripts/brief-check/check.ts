/**
 * Compare a built brief with the independent recomputation (recompute.ts): every KPI sum, ratio
 * and change, every channel's revenue contribution, the budget's current spend per channel, the
 * spend behind each insight, and the profit arithmetic on the model's estimates. Then every figure
 * of the narrative must be grounded (agent/verify's display-precision rule) in the independent
 * values; figures only grounded in model estimates (fitted curves, which a CSV cannot reproduce)
 * are counted separately.
 */
import { extractNumbers } from "../../agent/verify/extract-numbers.ts";
import { collectGroundNumbers, verifyAnswer } from "../../agent/verify/index.ts";
import type { Brief } from "../../briefs/build-brief.ts";
import { type ExportRows, kpiSums, ordersWithLastTouch, revenueByChannel, spendBy } from "./recompute.ts";

/** One compared figure. */
export interface Check {
  figure: string;
  brief: number | null;
  csv: number | null;
  ok: boolean;
}

const close = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
const change = (c: number | null, p: number | null) =>
  c === null || p === null || p === 0 ? null : (c - p) / Math.abs(p);

/** Check one brief against its organization's export rows. */
export function checkBrief(brief: Brief, rows: ExportRows, lookbackDays = 30) {
  const tz = brief.organization.timeZone;
  const orders = ordersWithLastTouch(rows, tz, lookbackDays);
  const checks: Check[] = [];
  const add = (figure: string, b: number | null, c: number | null) =>
    checks.push({ figure, brief: b, csv: c, ok: close(b, c) });
  const independent: Record<string, unknown> = {};
  const model: Record<string, unknown> = {};

  const p = brief.period;
  const sums = {
    current: kpiSums(rows, orders, p.from, p.to),
    previous: kpiSums(rows, orders, p.previous.from, p.previous.to),
  };
  const hasLastYear = rows.spend.some((r) => r.date! >= p.lastYear.from && r.date! <= p.lastYear.to);
  add("last year has data (1 yes, 0 no)", brief.sections.kpis.lastYearAvailable ? 1 : 0, hasLastYear ? 1 : 0);
  const derived = (s: typeof sums.current) => ({
    mer: ratio(s.revenue, s.spend),
    paid_roas: ratio(s.paidAttributedRevenue, s.spend),
    spend: s.spend,
    revenue: s.revenue,
    orders: s.orders,
    cac: ratio(s.spend, s.newCustomers),
  });
  const cur = derived(sums.current);
  const prev = derived(sums.previous);
  for (const r of brief.sections.kpis.rows) {
    add(`${r.key} ${p.from}..${p.to}`, r.current, cur[r.key]);
    add(`${r.key} ${p.previous.from}..${p.previous.to}`, r.previous, prev[r.key]);
    add(`${r.key} change vs previous`, r.changeVsPrevious, change(cur[r.key], prev[r.key]));
  }
  independent.kpis = {
    cur,
    prev,
    sums,
    changes: Object.keys(cur).map((k) => change(cur[k as keyof typeof cur], prev[k as keyof typeof prev])),
  };

  const m = brief.sections.movers;
  if (m) {
    const a = revenueByChannel(orders, p.from, p.to);
    const b = revenueByChannel(orders, p.previous.from, p.previous.to);
    const total = (x: Map<string, number>) => [...x.values()].reduce((s, v) => s + v, 0);
    add("revenue change", m.change, total(a) - total(b));
    add("revenue change %", m.pctChange, change(total(a), total(b)));
    const contributions: Record<string, number> = {};
    for (const c of m.contributions) {
      const v = (a.get(c.member) ?? 0) - (b.get(c.member) ?? 0);
      contributions[c.member] = v;
      add(`revenue contribution ${c.member}`, c.contribution, v);
      add(`revenue ${c.member} before`, c.base, b.get(c.member) ?? 0);
      add(`revenue ${c.member} now`, c.current, a.get(c.member) ?? 0);
    }
    independent.movers = {
      change: total(a) - total(b),
      pct: change(total(a), total(b)),
      contributions,
      a: Object.fromEntries(a),
      b: Object.fromEntries(b),
    };
  }

  const budget = brief.sections.budget;
  // The budget's current spend is the last `days` days of history, which ends the day before the plan.
  const histTo = budget.available ? addDaysIso(budget.period.from, -1) : p.to;
  const histFrom = budget.available ? addDaysIso(histTo, -(budget.period.days - 1)) : p.from;
  const byChannel = spendBy(rows, "channel", histFrom, histTo);
  const byCampaign = spendBy(rows, "campaign_id", histFrom, histTo);
  const margin = budget.grossMargin;
  independent.margin = { grossMargin: margin, breakEven: 1 / margin };
  if (budget.available) {
    let curTotal = 0;
    let recTotal = 0;
    for (const c of budget.channels) {
      add(
        `budget current spend ${c.channel} ${histFrom}..${histTo}`,
        c.currentSpend,
        round2(byChannel.get(c.channel) ?? 0),
      );
      curTotal += c.currentSpend;
      recTotal += c.recommendedSpend;
    }
    add(
      "budget total (current spend)",
      budget.totalBudget,
      round2([...byChannel.values()].reduce((a, b) => a + b, 0)),
    );
    // From the rounded channel spends: within a cent of the brief's figure (computed unrounded).
    const profit = round2(margin * budget.expectedRevenueChange - (recTotal - curTotal));
    checks.push({
      figure: "budget expected gross profit (margin x revenue - spend change), to the cent",
      brief: budget.expectedProfitChange,
      csv: profit,
      ok: Math.abs(budget.expectedProfitChange - profit) <= 0.0101,
    });
    independent.budget = {
      current: Object.fromEntries(byChannel),
      total: [...byChannel.values()].reduce((a, b) => a + b, 0),
      profit: margin * budget.expectedRevenueChange - (recTotal - curTotal),
    };
    model.budget = budget.channels
      .map((c) => ({ rec: c.recommendedSpend, rev: c.revenueChange, m: c.marginalRoasAfter }))
      .concat([{ rec: 0, rev: budget.expectedRevenueChange, m: null }]);
  }

  const insightModel: unknown[] = [];
  const insightCsv: unknown[] = [];
  for (const [i, ins] of brief.sections.insights.entries()) {
    const spend = ins.evidence.find((e) => e.label === "current spend");
    const target = ins.title.match(/campaign (.+?)(?: by |$)/)?.[1];
    if (spend && ins.source === "recommend") {
      const campaign = target ? rows.campaigns.find((c) => c.name === target) : undefined;
      const channel = !campaign
        ? Object.keys(Object.fromEntries(byChannel)).find((k) =>
            ins.title.toLowerCase().includes(labelish(k)),
          )
        : undefined;
      const csv = campaign
        ? byCampaign.get(campaign.campaign_id!)
        : channel
          ? byChannel.get(channel)
          : undefined;
      add(
        `insight ${i + 1} current spend (${campaign ? `campaign ${campaign.campaign_id}` : channel})`,
        spend.value,
        csv === undefined ? null : round2(csv),
      );
    }
    insightCsv.push(
      ins.evidence
        .filter((e) => e.label === "current spend" || e.label.startsWith("gross margin"))
        .map((e) => e.value),
    );
    insightModel.push(ins.evidence.map((e) => e.value));
    // Profit arithmetic on the model's estimates, recomputed here.
    const rev = ins.evidence.find((e) => e.label === "expected revenue at current spend");
    if (spend && rev && /^Pause/.test(ins.title)) {
      const profit = spend.value - margin * rev.value;
      insightCsv.push({ profit, avg: rev.value / spend.value });
    }
    // A campaign action (pause, cut, raise) gives its spend change and the revenue change the
    // channel's curve expects: the profit change is margin x revenue change - spend change.
    const spendDelta = ins.evidence.find((e) => e.label === "spend change");
    const revenueDelta = ins.evidence.find((e) => e.label === "expected revenue change");
    if (spendDelta && revenueDelta)
      insightModel.push({ profit: margin * revenueDelta.value - spendDelta.value });
    const recSpend = ins.evidence.find((e) => e.label === "recommended spend");
    const recRev = ins.evidence.find((e) => e.label === "expected revenue at recommended spend");
    if (spend && rev && recSpend && recRev) {
      const spendChange = recSpend.value - spend.value;
      const revenueChange = recRev.value - rev.value;
      insightModel.push({ spendChange, revenueChange, profit: margin * revenueChange - spendChange });
    }
  }
  independent.insights = insightCsv;
  model.insights = insightModel;

  // Every figure of the narrative, grounded in the independent values first, then in model estimates.
  const csvGround = collectGroundNumbers([independent]);
  const bothGround = collectGroundNumbers([independent, model]);
  const figures = extractNumbers(brief.narrative);
  const fromCsv = figures.filter((f) => verifyAnswer(f.text, csvGround).ok);
  const fromModel = figures.filter(
    (f) => !verifyAnswer(f.text, csvGround).ok && verifyAnswer(f.text, bothGround).ok,
  );
  const ungrounded = figures.filter((f) => !verifyAnswer(f.text, bothGround).ok);
  return {
    checks,
    figures: figures.length,
    fromCsv: fromCsv.length,
    fromModel: fromModel.map((f) => f.text),
    ungrounded: ungrounded.map((f) => f.text),
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const labelish = (k: string) => k.replace(/_/g, " ");
function addDaysIso(d: string, n: number): string {
  const t = Date.parse(`${d}T00:00:00Z`) + n * DAY_MS;
  return new Date(t).toISOString().slice(0, 10);
}
const DAY_MS = 86_400_000;

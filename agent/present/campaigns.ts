/**
 * campaigns results as answers: the campaign list (channel, platform, objective, daily budget,
 * dates) or each campaign's spend against its budget (pacing). The first line answers: how many
 * campaigns there are, or whether any went over its daily budget. Every figure comes from the
 * tool's data (counts and totals included), so the verifier grounds it.
 */
import type { CampaignPacing, RecordedBudgetChange } from "../../core/budget/pacing.ts";
import type { CampaignRow, CampaignsData } from "../../tools/campaigns/execute.ts";
import { formatCurrency, formatDate, formatNumber, formatPeriod, joinList } from "../answer/index.ts";
import { presentChange } from "./campaign-change.ts";
import { presentHoldouts } from "./campaign-holdout.ts";
import { presentPlanned } from "./campaign-planned.ts";
import { projectionLines } from "./pacing-projection.ts";
import { blowoutLine } from "./pacing-standout.ts";
import type { Presentation, PresentContext } from "./types.ts";

const YES_NO = /^\s*(?:any|are|is|was|were|did|do|does|has|have|had)\b/i;
const ON_PACE_WORDS = /\b(?:on (?:pace|track|course|target)|pacing|land(?:ing)?)\b/i;
const pct = (r: number) => `${formatNumber(r * 100, 1)}%`;
const objectiveWords = (o: string) => o.replaceAll("_", " ");

function dates(c: CampaignRow): string {
  if (c.status === "scheduled") return `starts ${formatDate(c.startDate)}`;
  if (c.endDate === null) return `live since ${formatDate(c.startDate)}`;
  return `${c.status === "ended" ? "ran" : "runs"} ${formatDate(c.startDate)} – ${formatDate(c.endDate)}`;
}

/** "awareness campaigns on Meta Ads in Paid Social": the filters in words. */
function scopeWords(d: CampaignsData): string {
  const f = d.filters;
  const parts: string[] = [];
  if (f.objective) parts.push(`with the ${objectiveWords(f.objective)} objective`);
  if (f.platform) parts.push(`on ${d.labels.platform[f.platform] ?? f.platform}`);
  if (f.channel) parts.push(`in ${d.labels.channel[f.channel] ?? f.channel}`);
  if (f.status === "live") parts.push("running today");
  if (f.status === "ended") parts.push("that have ended");
  return parts.length ? ` ${parts.join(" ")}` : "";
}

/** One named campaign: its settings in a sentence. */
function presentOne(d: CampaignsData, c: CampaignRow, money: (v: number) => string): Presentation {
  const text = `${c.name} has a daily budget of ${money(c.dailyBudget)} and the ${objectiveWords(c.objective)} objective; it runs on ${d.labels.platform[c.platform] ?? c.platform} (${d.labels.channel[c.channel] ?? c.channel}) and is ${c.status === "live" ? "live" : c.status === "ended" ? "ended" : "not started yet"} (${dates(c)}).\nThe daily budget is the campaign's current setting.`;
  return { text, data: listTable(d, [c]), provenance: d.provenance };
}

function listTable(d: CampaignsData, rows: readonly CampaignRow[]): Presentation["data"] {
  return {
    columns: [
      { key: "campaign", label: "Campaign" },
      { key: "channel", label: "Channel" },
      { key: "platform", label: "Platform" },
      { key: "objective", label: "Objective" },
      { key: "daily_budget", label: "Daily budget", unit: "currency" },
      { key: "start_date", label: "Start" },
      { key: "end_date", label: "End" },
      { key: "status", label: "Status" },
    ],
    rows: rows.map((c) => ({
      campaign: c.name,
      campaign_id: c.id,
      channel: d.labels.channel[c.channel] ?? c.channel,
      platform: d.labels.platform[c.platform] ?? c.platform,
      objective: objectiveWords(c.objective),
      daily_budget: c.dailyBudget,
      start_date: c.startDate,
      end_date: c.endDate,
      status: c.status,
    })),
  };
}

function presentList(d: CampaignsData, ctx: PresentContext): Presentation {
  const money = (v: number) => formatCurrency(v, ctx.currency);
  const n = d.counts;
  const scope = scopeWords(d);
  // "active campaigns" already says their status.
  const statusParts =
    d.filters.status !== "all"
      ? []
      : [
          n.live ? `${n.live} live` : "",
          n.ended ? `${n.ended} ended` : "",
          n.scheduled ? `${n.scheduled} not started yet` : "",
        ].filter(Boolean);
  const objectives = Object.entries(n.byObjective)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([o, k]) => `${k} ${objectiveWords(o)}`);
  const one = d.filters.campaigns?.length && n.total === 1 ? d.campaigns[0] : undefined;
  if (one) return presentOne(d, one, money);
  const lead =
    n.total === 0
      ? `You have no campaigns${scope}.`
      : d.filters.campaigns?.length
        ? `These ${n.total} campaigns${scope}:`
        : `You have ${n.total} campaign${n.total === 1 ? "" : "s"}${scope}${statusParts.length ? ` (${joinList(statusParts)})` : ""}${objectives.length > 1 ? `; by objective: ${joinList(objectives)}` : ""}.`;
  const lines = d.campaigns.map(
    (c) =>
      `- ${c.name}: ${d.labels.channel[c.channel] ?? c.channel}, ${d.labels.platform[c.platform] ?? c.platform}; objective ${objectiveWords(c.objective)}; daily budget ${money(c.dailyBudget)}; ${dates(c)}`,
  );
  const note = n.total ? "Daily budgets are the campaigns' current settings; status is as of today." : "";
  return {
    text: [lead, ...lines, note].filter(Boolean).join("\n"),
    data: listTable(d, d.campaigns),
    provenance: d.provenance,
  };
}

/** "Holdout week: Paid Search paused ... (September 28 – October 4, 2026)". */
function changeWords(c: RecordedBudgetChange): string {
  const when = c.to === null ? `from ${formatDate(c.from)}` : formatPeriod({ from: c.from, to: c.to });
  return `${c.note || "a recorded change"} (${when})`;
}

function pacingLine(c: CampaignPacing, money: (v: number) => string): string {
  if (c.budget === null) return `- ${c.name}: spent ${money(c.spend)}; budget unknown (see below)`;
  const share = c.pacing === null ? "" : ` (${pct(c.pacing)})`;
  const over =
    c.daysOverBudget === 0
      ? "never over its daily budget"
      : `over its daily budget on ${c.daysOverBudget} day${c.daysOverBudget === 1 ? "" : "s"} (${money(c.overBudgetAmount)} above in all${c.worstDay ? `; most on ${formatDate(c.worstDay.date)}: ${money(c.worstDay.spend)} against ${money(c.worstDay.budget)}` : ""})`;
  return `- ${c.name}: spent ${money(c.spend)} of a ${money(c.budget)} budget${share}; ${over}`;
}

function presentPacing(d: CampaignsData, ctx: PresentContext): Presentation {
  const money = (v: number) => formatCurrency(v, ctx.currency);
  const p = d.pacing!;
  const t = d.totals!;
  const span = formatPeriod(d.period!);
  const period = `${d.period!.from === d.period!.to ? "on" : "in"} ${span}`;
  const over = p.campaigns.filter((c) => c.daysOverBudget > 0);
  // "any campaigns over budget?" gets its yes or no first; "how did spend compare" its figures.
  // fix8b: "are we on pace for the budget" asks the total against the budget, not a yes on days over.
  const yesNo = YES_NO.test(ctx.question ?? "") && !ON_PACE_WORDS.test(ctx.question ?? "");
  const lead =
    p.campaigns.length === 0
      ? `No campaign${scopeWords(d)} was live or spent anything ${period}.`
      : over.length === 0
        ? `${yesNo ? "No: n" : "N"}o campaign${scopeWords(d)} spent more than its daily budget on any day ${period}.`
        : `${yesNo ? "Yes: " : ""}${t.campaignsOverOnSomeDay} of ${d.counts.total} campaigns${scopeWords(d)} spent more than their daily budget on at least one day ${period}: ${joinList(over.map((c) => `${c.name} (${c.daysOverBudget} day${c.daysOverBudget === 1 ? "" : "s"}, ${money(c.overBudgetAmount)} over)`))}.`;
  const periodVerdict =
    p.campaigns.length === 0
      ? ""
      : t.campaignsOverForPeriod === 0
        ? "None spent more than its budget for the period as a whole."
        : `${t.campaignsOverForPeriod} spent more than its budget for the period as a whole.`;
  const together = yesNo ? "All together they spent" : `In ${span}, the campaigns together spent`;
  const overall =
    t.budget === null
      ? `${together} ${money(t.spend)}.`
      : `${together} ${money(t.spend)} of a ${money(t.budget)} budget${t.pacing === null ? "" : ` (${pct(t.pacing)})`}.`;
  const applied = p.changesApplied.length
    ? `Budgets are the daily budgets over each campaign's live days, with these recorded changes applied: ${p.changesApplied.map(changeWords).join("; ")}.`
    : "No budget change is recorded for these campaigns in or after this period, so each day's budget is the campaign's current daily budget.";
  const unknown = p.changesUnknown.length
    ? `I can't say what the budget was for ${joinList(p.campaigns.filter((c) => c.budget === null).map((c) => c.name))}: ${p.changesUnknown.map(changeWords).join("; ")} states no size of change.`
    : "";
  const cut =
    d.askedPeriod && !d.projection
      ? `Spend data runs through ${formatDate(d.period!.to)}, so the period ends there.`
      : "";
  const projected = d.projection ? projectionLines(d.projection, d.dataEnd, money) : [];
  const blowout = blowoutLine(p.campaigns, money);
  const text = [
    ...projected,
    ...(yesNo ? [lead, blowout, periodVerdict, overall] : [overall, periodVerdict, lead, blowout]),
    "By campaign (most spend first):",
    ...p.campaigns.map((c) => pacingLine(c, money)),
    applied,
    unknown,
    cut,
  ]
    .filter(Boolean)
    .join("\n");
  return {
    text,
    data: {
      columns: [
        { key: "campaign", label: "Campaign" },
        { key: "channel", label: "Channel" },
        { key: "daily_budget", label: "Daily budget (current)", unit: "currency" },
        { key: "live_days", label: "Days live", unit: "count" },
        { key: "budget", label: "Budget", unit: "currency" },
        { key: "spend", label: "Spend", unit: "currency" },
        { key: "pacing", label: "Spend / budget", unit: "percent" },
        { key: "days_over_budget", label: "Days over daily budget", unit: "count" },
        { key: "over_budget_amount", label: "Spent above daily budgets", unit: "currency" },
      ],
      rows: p.campaigns.map((c) => ({
        campaign: c.name,
        campaign_id: c.id,
        channel: d.labels.channel[c.channel] ?? c.channel,
        daily_budget: c.dailyBudget,
        live_days: c.liveDays,
        budget: c.budget,
        spend: c.spend,
        pacing: c.pacing,
        days_over_budget: c.daysOverBudget,
        over_budget_amount: c.overBudgetAmount,
      })),
    },
    provenance: d.provenance,
  };
}

/**
 * @example presentCampaigns(data, ctx).text // "You have 20 campaigns (14 live and 6 ended); ..."
 */
export function presentCampaigns(d: CampaignsData, ctx: PresentContext): Presentation {
  if (d.analysis === "change" && d.change) return presentChange(d, ctx);
  if (d.analysis === "holdout") return presentHoldouts(d, ctx);
  if (d.analysis === "planned") return presentPlanned(d, ctx);
  return d.analysis === "pacing" && d.pacing ? presentPacing(d, ctx) : presentList(d, ctx);
}

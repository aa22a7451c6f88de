/**
 * Budget pacing: each campaign's spend in a period against the budget it had in that period.
 *
 * The data keeps a campaign's *current* daily budget; what it was on a past day follows from the
 * organization's recorded planned changes (planned_changes): a lasting change of the campaign (or
 * of its whole channel) on day D with a stated percent means the budget before D was the later
 * budget divided by (1 + percent / 100); a temporary change (a budget flight, a holdout week)
 * multiplies the budget on its days. A day with no recorded change has the current daily budget.
 * A change with no stated percent makes the budget of the days it governs unknown, and only
 * those campaigns' budgets are reported as unknown (never guessed).
 *
 * Pure: dates are org-local ISO strings, no clock.
 */

/** A campaign as pacing needs it. */
export interface PacingCampaign {
  id: number;
  name: string;
  channel: string;
  /** The campaign's current daily budget. */
  dailyBudget: number;
  /** First and last live day (inclusive); `endDate` null while it runs. */
  startDate: string;
  endDate: string | null;
}

/** A recorded planned change (planned_changes). */
export interface RecordedBudgetChange {
  id: number;
  channel: string;
  /** One campaign, or null for every campaign of the channel. */
  campaignId: number | null;
  from: string;
  /** Last day of a temporary change; null for a lasting one. */
  to: string | null;
  /** Budget change in percent (-100 for a pause); null when the plan states none. */
  percent: number | null;
  note: string;
}

/** One campaign's spend on one day (days with no row spent nothing). */
export interface CampaignDaySpend {
  campaignId: number;
  date: string;
  spend: number;
}

/** One campaign's pacing over the period. */
export interface CampaignPacing {
  id: number;
  name: string;
  channel: string;
  /** The current daily budget. */
  dailyBudget: number;
  /** Days of the period the campaign was live. */
  liveDays: number;
  /** The budget for its live days (daily budgets summed), null when a change makes it unknown. */
  budget: number | null;
  spend: number;
  /** spend / budget (1 = spent exactly its budget); null when the budget is unknown or zero. */
  pacing: number | null;
  /** Days whose spend exceeded that day's budget (by more than half a cent). */
  daysOverBudget: number;
  /** What those days spent above their budgets, summed. */
  overBudgetAmount: number;
  /** The day most over its budget, when any was; `over` is that day's spend less its budget. */
  worstDay: { date: string; spend: number; budget: number; over: number } | null;
  /** Ids of the recorded changes that set this campaign's budget on some day of the period. */
  changeIds: number[];
}

/** The period's pacing for every campaign live in it. */
export interface PacingResult {
  from: string;
  to: string;
  /** Most spend first. */
  campaigns: CampaignPacing[];
  /** The recorded changes used (any campaign), by start date. */
  changesApplied: RecordedBudgetChange[];
  /** Changes with no stated percent that left a campaign's budget unknown. */
  changesUnknown: RecordedBudgetChange[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Every ISO date from `from` to `to` inclusive. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end; t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

const governs = (c: RecordedBudgetChange, campaign: PacingCampaign) =>
  c.campaignId === null ? c.channel === campaign.channel : c.campaignId === campaign.id;

/**
 * One day's budget of a campaign: the current daily budget taken back through every lasting change
 * after the day, times every temporary change covering it. Null when one of them states no percent
 * (or a lasting pause, whose budget before cannot be recovered from 0).
 */
function budgetOn(
  day: string,
  campaign: PacingCampaign,
  changes: readonly RecordedBudgetChange[],
  used: Set<RecordedBudgetChange>,
  unknown: Set<RecordedBudgetChange>,
): number | null {
  let budget = campaign.dailyBudget;
  for (const c of changes) {
    if (!governs(c, campaign)) continue;
    const lasting = c.to === null;
    const applies = lasting ? c.from > day : c.from <= day && day <= (c.to as string);
    if (!applies) continue;
    if (c.percent === null || (lasting && c.percent <= -100)) {
      unknown.add(c);
      return null;
    }
    used.add(c);
    const factor = 1 + c.percent / 100;
    budget = lasting ? budget / factor : budget * factor;
  }
  return budget;
}

/**
 * Spend against budget per campaign over `from`..`to` (inclusive, org-local).
 * @example
 * budgetPacing({ from: "2026-10-01", to: "2026-10-02", campaigns: [c], changes: [], spend: [...] })
 * // { campaigns: [{ budget: 100, spend: 90, pacing: 0.9, daysOverBudget: 0, ... }], ... }
 */
export function budgetPacing(input: {
  from: string;
  to: string;
  campaigns: readonly PacingCampaign[];
  changes: readonly RecordedBudgetChange[];
  spend: readonly CampaignDaySpend[];
}): PacingResult {
  const spendOf = new Map<string, number>();
  for (const s of input.spend) {
    const key = `${s.campaignId}|${s.date}`;
    spendOf.set(key, (spendOf.get(key) ?? 0) + s.spend);
  }
  const days = daysBetween(input.from, input.to);
  const used = new Set<RecordedBudgetChange>();
  const unknown = new Set<RecordedBudgetChange>();
  const out: CampaignPacing[] = [];
  for (const campaign of input.campaigns) {
    const live = days.filter(
      (d) => d >= campaign.startDate && (campaign.endDate === null || d <= campaign.endDate),
    );
    const spentDays = days.filter((d) => spendOf.has(`${campaign.id}|${d}`));
    if (live.length === 0 && spentDays.length === 0) continue;
    const own = new Set<RecordedBudgetChange>();
    let budget: number | null = 0;
    let spend = 0;
    let daysOver = 0;
    let overAmount = 0;
    let worst: CampaignPacing["worstDay"] = null;
    // Days it spent outside its live dates count too: spend with a budget of 0.
    for (const day of days) {
      const isLive = live.includes(day);
      const spent = spendOf.get(`${campaign.id}|${day}`) ?? 0;
      spend += spent;
      const dayBudget = isLive ? budgetOn(day, campaign, input.changes, own, unknown) : 0;
      if (dayBudget === null || budget === null) {
        budget = null;
        continue;
      }
      budget += dayBudget;
      const over = spent - dayBudget;
      if (over > 0.005) {
        daysOver += 1;
        overAmount += over;
        if (!worst || over > worst.spend - worst.budget)
          worst = { date: day, spend: round2(spent), budget: round2(dayBudget), over: round2(over) };
      }
    }
    for (const c of own) used.add(c);
    const rounded = budget === null ? null : round2(budget);
    out.push({
      id: campaign.id,
      name: campaign.name,
      channel: campaign.channel,
      dailyBudget: campaign.dailyBudget,
      liveDays: live.length,
      budget: rounded,
      spend: round2(spend),
      pacing: rounded === null || rounded === 0 ? null : round2(spend) / rounded,
      daysOverBudget: budget === null ? 0 : daysOver,
      overBudgetAmount: budget === null ? 0 : round2(overAmount),
      worstDay: budget === null ? null : worst,
      changeIds: [...own].map((c) => c.id).sort((a, b) => a - b),
    });
  }
  const byStart = (a: RecordedBudgetChange, b: RecordedBudgetChange) =>
    a.from.localeCompare(b.from) || a.id - b.id;
  return {
    from: input.from,
    to: input.to,
    campaigns: out.sort((a, b) => b.spend - a.spend || a.id - b.id),
    changesApplied: [...used].sort(byStart),
    changesUnknown: [...unknown].sort(byStart),
  };
}

/**
 * Email program: two always-on flows (welcome, abandoned cart), a weekly newsletter and dated
 * promos. Produces the email_daily rows, email clicks per day (which feed email touches and
 * sessions) and the share of repeat orders email truly causes each day.
 */
import { DAYS, dayOfDate, weekdayOfDay } from "./calendar.ts";
import type { Rng } from "./random.ts";
import type { OrgSpec } from "./spec-types.ts";

export interface EmailRow {
  day: number;
  name: string;
  sends: number;
  opens: number;
  clicks: number;
  unsubscribes: number;
}

export interface EmailPlan {
  rows: EmailRow[];
  clicks: Float64Array;
  /** Probability that a repeat order on that day is caused by email (would not happen without it). */
  incrementalShare: Float64Array;
}

const RATES = {
  flowWelcome: { open: 0.55, click: 0.07, unsub: 0.004 },
  flowCart: { open: 0.5, click: 0.09, unsub: 0.003 },
  newsletter: { open: 0.36, click: 0.018, unsub: 0.0015 },
  promo: { open: 0.42, click: 0.034, unsub: 0.0022 },
} as const;

/**
 * Build the email program. `firstOrders` (expected per day) grows the list through opt-ins;
 * `sessions` (all channels, per day) drives abandoned-cart sends.
 */
export function buildEmailPlan(
  spec: OrgSpec,
  scale: number,
  firstOrders: ArrayLike<number>,
  sessions: ArrayLike<number>,
  rng: Rng,
): EmailPlan {
  const promos = new Map(spec.email.promos.map((p) => [dayOfDate(p.date), p.name]));
  const rows: EmailRow[] = [];
  const clicks = new Float64Array(DAYS);
  const share = new Float64Array(DAYS);
  let list = spec.email.listBase * scale;
  const emit = (day: number, name: string, sends: number, rates: (typeof RATES)[keyof typeof RATES]) => {
    const s = Math.max(0, Math.round(sends));
    if (s === 0) return;
    const opens = Math.round(s * rates.open * rng.lognormalMean(1, 0.06));
    const c = Math.min(opens, Math.round(s * rates.click * rng.lognormalMean(1, 0.1)));
    const unsub = Math.round(s * rates.unsub * rng.lognormalMean(1, 0.2));
    rows.push({ day, name, sends: s, opens, clicks: c, unsubscribes: unsub });
    clicks[day] = clicks[day]! + c;
    list -= unsub;
  };
  for (let d = 0; d < DAYS; d++) {
    const optIns = spec.email.optInRate * firstOrders[d]!;
    // Welcome series: three emails per new subscriber spread over the following days, plus
    // newsletter sign-ups from visitors who have not bought yet.
    emit(
      d,
      "Welcome Series",
      (optIns + spec.email.listBase * scale * 0.0008) * 3 * rng.lognormalMean(1, 0.1),
      RATES.flowWelcome,
    );
    emit(d, "Abandoned Cart", sessions[d]! * 0.006 * rng.lognormalMean(1, 0.12), RATES.flowCart);
    const newsletter = weekdayOfDay(d) === spec.email.newsletterWeekday;
    if (newsletter) emit(d, spec.email.newsletterName, list * 0.97, RATES.newsletter);
    const promo = promos.get(d);
    if (promo !== undefined) emit(d, promo, list, RATES.promo);
    const inc = spec.email.incrementalShare;
    share[d] = Math.min(
      0.9,
      inc.base + (newsletter ? inc.newsletter : 0) + (promo !== undefined ? inc.promo : 0),
    );
    list += optIns + spec.email.listBase * scale * 0.0008;
  }
  return { rows, clicks, incrementalShare: share };
}

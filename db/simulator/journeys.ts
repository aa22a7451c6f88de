/**
 * Streams customers, their touchpoints and their orders as CSV lines, a batch of customers at a
 * time, so 10M touchpoints never sit in memory. Customers either browse without buying, or buy a
 * first order whose day and cause (baseline demand or one paid channel) are drawn from the plan's
 * expected first orders, then repeat with the plan's repeat process (some repeats caused by email).
 * An incremental order always has a touch from the channel that caused it; every other touch is
 * drawn from that day's channel exposure, so click-based attribution over-credits paid channels
 * exactly as in real data. Inside a conversion-rate drop, orders whose converting touch is on the
 * affected channel are lost (conversion-drop.ts), drawn from their own random stream so every
 * other draw stays as it would be without the drop.
 */
import { DAYS, isoUtc, ZoneClock } from "./calendar.ts";
import { campaignLabels, type TouchLabel, unpaidLabels } from "./labels.ts";
import type { OrgPlan } from "./plan.ts";
import { cumulative, Rng } from "./random.ts";
import { buildSamplers, FIRST_ORDER_CAUSES, type Samplers } from "./samplers.ts";
import { CHANNEL_KEYS, PAID_CHANNELS, type PaidChannel } from "./spec-types.ts";

/**
 * Receives customers and orders as CSV lines (newline-terminated, organization_id first) in COPY
 * column order, and touchpoints as values (touchpointCsv renders the line), because 10M of them
 * are cheaper to load in binary than to format as text.
 */
export interface JourneySink {
  customer(line: string): void;
  /** `label` is the touch's `channel,platform,campaign_id,source,medium` (one interned string per label). */
  touchpoint(id: number, customerId: number, epochMs: number, label: string): void;
  conversion(line: string): void;
}

/** The CSV line (JOURNEY_COLUMNS.touchpoints order) of one touchpoint a JourneySink receives. */
export function touchpointCsv(
  orgId: number,
  id: number,
  customerId: number,
  epochMs: number,
  label: string,
): string {
  return `${orgId},${id},${customerId},${isoUtc(epochMs)},${label}\n`;
}

/** COPY column lists matching the lines the generator writes. */
export const JOURNEY_COLUMNS = {
  customers: ["organization_id", "id", "first_seen_at", "region"],
  touchpoints: [
    "organization_id",
    "id",
    "customer_id",
    "ts",
    "channel",
    "platform",
    "campaign_id",
    "source",
    "medium",
  ],
  conversions: ["organization_id", "order_id", "customer_id", "ts", "revenue", "currency", "is_new_customer"],
} as const;

const MAX_TOUCHES = 400;
const EMAIL_INDEX = CHANNEL_KEYS.indexOf("email");
const IS_PAID = CHANNEL_KEYS.map((c) => (PAID_CHANNELS as readonly string[]).includes(c));
const CAUSES = FIRST_ORDER_CAUSES.length;

/** Deterministic, resumable generator of one organization's customers (in id order). */
export class JourneyGenerator {
  readonly total: number;
  private readonly rng: Rng;
  /** Draws of conversion-rate-drop losses only. */
  private readonly dropRng: Rng;
  /** Per day: whether any paid channel converts below its normal rate. */
  private readonly dropDay: Uint8Array;
  private lost = 0;
  private readonly samplers: Samplers;
  private readonly clock: ZoneClock;
  private readonly paidLabels: TouchLabel[];
  private readonly otherLabels: ReturnType<typeof unpaidLabels>;
  private readonly regions: string[];
  private readonly regionCumulative: Float64Array;
  private readonly pConvert: number;
  private nextCustomer = 0;
  private nextTouchId = 1;
  private nextOrder = 1;
  // Per-customer scratch space, reused to keep garbage low at 10M touches.
  private readonly touchMs = new Float64Array(MAX_TOUCHES);
  private readonly touchFrag: string[] = new Array(MAX_TOUCHES).fill("");
  private readonly touchChannel = new Int8Array(MAX_TOUCHES);
  private readonly order = new Int32Array(MAX_TOUCHES);
  private touches = 0;

  constructor(
    private readonly plan: OrgPlan,
    private readonly orgId: number,
  ) {
    const spec = plan.spec;
    this.total = plan.customers;
    this.rng = new Rng(plan.seed, `${spec.slug}:customers`);
    this.dropRng = new Rng(plan.seed, `${spec.slug}:conversion-drop`);
    this.dropDay = new Uint8Array(DAYS);
    for (const c of PAID_CHANNELS) {
      plan.conversionFactors[c].forEach((f, d) => {
        if (f < 1) this.dropDay[d] = 1;
      });
    }
    this.samplers = buildSamplers(plan);
    this.clock = new ZoneClock(spec.timeZone);
    this.paidLabels = campaignLabels(spec, plan.spend.campaigns);
    this.otherLabels = unpaidLabels(spec);
    this.regions = spec.regions.map((r) => r.name);
    this.regionCumulative = cumulative(spec.regions.map((r) => r.share));
    const expectedFirst = plan.firstOrders.reduce((s, x) => s + x, 0);
    this.pConvert = Math.min(1, expectedFirst / this.total);
  }

  /** Customers still to generate. */
  get remaining(): number {
    return this.total - this.nextCustomer;
  }

  /** Orders lost so far to conversion-rate drops (their customers' sessions failed to convert). */
  get lostToConversionDrops(): number {
    return this.lost;
  }

  /** Generate up to `count` more customers into `sink`; returns how many were generated. */
  generate(count: number, sink: JourneySink): number {
    const n = Math.min(count, this.remaining);
    for (let i = 0; i < n; i++) this.customer(this.nextCustomer++ + 1, sink);
    return n;
  }

  private customer(customerId: number, sink: JourneySink): void {
    const r = this.rng;
    const spec = this.plan.spec;
    this.touches = 0;
    let orderLines = "";
    let firstOrderMs = Number.POSITIVE_INFINITY;
    if (r.next() < this.pConvert) {
      const cell = r.pickCumulative(this.samplers.firstOrder);
      let day = (cell / CAUSES) | 0;
      const cause = cell % CAUSES;
      let sec = this.secondOfDay();
      this.journey(day, sec, 1 + Math.min(r.negBinomial(spec.touches.firstJourney, 2), 150), 4);
      if (cause > 0) this.causalTouch(PAID_CHANNELS[cause - 1]!, day, sec);
      firstOrderMs = this.clock.toUtcMs(day, sec);
      // A first order lost to a conversion-rate drop: the customer never became one, so the repeat
      // chain is drawn (keeping the random stream) and then discarded with its touches.
      const bought = !this.lostToDrop(
        day,
        firstOrderMs,
        Number.NEGATIVE_INFINITY,
        cause > 0 ? cause - 1 : -1,
      );
      const firstJourneyTouches = this.touches;
      orderLines += this.orderLine(customerId, day, firstOrderMs, true);
      // The previous tracked order: attribution credits a repeat only with touches after it.
      let previousMs = orderLines ? firstOrderMs : Number.NEGATIVE_INFINITY;
      for (let k = 0; k < 30 && r.next() < spec.repeat.probability; k++) {
        day += r.geometric(spec.repeat.meanGapDays);
        if (day >= DAYS) break;
        sec = this.secondOfDay();
        this.journey(day, sec, r.poisson(spec.touches.repeatJourney), 3);
        if (r.next() < this.plan.email.incrementalShare[day]!) {
          const lag = r.next() < 0.7 ? 0 : 1;
          this.addTouch(
            lag === 0 ? day : day - 1,
            lag === 0 ? this.before(sec) : this.secondOfDay(),
            EMAIL_INDEX,
          );
        }
        const ms = this.clock.toUtcMs(day, sec);
        const line = this.orderLine(customerId, day, ms, false);
        if (bought && !this.lostToDrop(day, ms, previousMs, -1)) {
          orderLines += line;
          if (line) previousMs = ms;
        }
      }
      if (!bought) {
        orderLines = "";
        firstOrderMs = Number.POSITIVE_INFINITY;
        this.touches = firstJourneyTouches;
      }
    } else {
      let day = r.pickCumulative(this.samplers.arrival);
      const n = 1 + Math.min(r.negBinomial(spec.touches.browser, 1.5), 200);
      for (let j = 0; j < n && day < DAYS; j++) {
        this.addTouch(day, this.secondOfDay(), this.channelOn(day));
        day += Math.round(r.exponential(spec.touches.meanGapDays));
      }
    }
    this.emit(customerId, firstOrderMs, orderLines, sink);
  }

  /** `n` touches in the days before an order at (day, sec); lags are geometric, capped at 45 days. */
  private journey(day: number, sec: number, n: number, meanLagDays: number): void {
    for (let j = 0; j < n; j++) {
      const lag = Math.min(this.rng.geometric(meanLagDays) - 1, 45);
      const d = Math.max(0, day - lag);
      this.addTouch(d, d === day ? this.before(sec) : this.secondOfDay(), this.channelOn(d));
    }
  }

  /** The click from the channel that caused an incremental order, shortly before it. */
  private causalTouch(channel: PaidChannel, day: number, sec: number): void {
    const lag = Math.min(this.rng.geometric(2) - 1, 14);
    const d = this.samplers.lastActiveDay[channel][Math.max(0, day - lag)]!;
    if (d < 0) return;
    this.addTouch(d, d === day ? this.before(sec) : this.secondOfDay(), CHANNEL_KEYS.indexOf(channel));
  }

  private channelOn(day: number): number {
    const width = CHANNEL_KEYS.length;
    return this.rng.pickCumulative(this.samplers.touchMix, day * width, day * width + width) - day * width;
  }

  private addTouch(day: number, sec: number, channelIndex: number): void {
    if (this.touches >= MAX_TOUCHES || day < 0) return;
    const channel = CHANNEL_KEYS[channelIndex]!;
    let label: TouchLabel;
    if (IS_PAID[channelIndex]) {
      const pick = this.samplers.campaignsByChannel[channel as PaidChannel];
      const width = pick.campaigns.length;
      const j = this.rng.pickCumulative(pick.cumulative, day * width, day * width + width) - day * width;
      label = this.paidLabels[pick.campaigns[j]!]!;
    } else {
      label = this.otherLabels[channel]!;
    }
    const full =
      label.full.length === 1 ? label.full[0]! : label.full[this.rng.pickCumulative(label.sourceCumulative)]!;
    this.touchMs[this.touches] = this.clock.toUtcMs(day, sec);
    this.touchFrag[this.touches] = full;
    this.touchChannel[this.touches] = channelIndex;
    this.touches++;
  }

  /**
   * Whether the order at (day, ms) is lost to a conversion-rate drop: its converting touch (the
   * latest touch after `afterMs` and not after the order) is on a channel converting at factor f
   * that day, with probability 1 - f. An incremental order of that channel itself (paidCause, an
   * index into PAID_CHANNELS, -1 for none) is never lost here: the plan already scaled those.
   */
  private lostToDrop(day: number, ms: number, afterMs: number, paidCause: number): boolean {
    if (!this.dropDay[day]) return false;
    let last = -1;
    for (let i = 0; i < this.touches; i++) {
      const t = this.touchMs[i]!;
      if (t > afterMs && t <= ms && (last < 0 || t >= this.touchMs[last]!)) last = i;
    }
    if (last < 0 || !IS_PAID[this.touchChannel[last]!]) return false;
    const channel = CHANNEL_KEYS[this.touchChannel[last]!] as PaidChannel;
    const f = this.plan.conversionFactors[channel][day]!;
    if (f >= 1 || channel === PAID_CHANNELS[paidCause]) return false;
    if (this.dropRng.next() < f) return false;
    this.lost++;
    return true;
  }

  private orderLine(customerId: number, day: number, ms: number, isNew: boolean): string {
    const spec = this.plan.spec;
    const mean = isNew ? spec.aov.newMean : spec.aov.returningMean;
    const revenue = Math.max(5, this.rng.lognormalMean(mean, spec.aov.sigma));
    const orderNo = this.nextOrder++;
    const outage = this.plan.outage;
    // The shop took the order, but a broken tag means analytics never saw it.
    if (outage && outage.day === day && this.rng.next() < outage.lossRate) return "";
    const id = `${spec.orderPrefix}-${String(orderNo).padStart(6, "0")}`;
    return `${this.orgId},${id},${customerId},${isoUtc(ms)},${revenue.toFixed(2)},${spec.currency},${isNew ? "t" : "f"}\n`;
  }

  private emit(customerId: number, firstOrderMs: number, orderLines: string, sink: JourneySink): void {
    const n = this.touches;
    for (let i = 0; i < n; i++) this.order[i] = i;
    const ms = this.touchMs;
    // Insertion sort: journeys are short and mostly in order already.
    for (let i = 1; i < n; i++) {
      const v = this.order[i]!;
      let j = i - 1;
      while (j >= 0 && ms[this.order[j]!]! > ms[v]!) {
        this.order[j + 1] = this.order[j]!;
        j--;
      }
      this.order[j + 1] = v;
    }
    const firstSeen = Math.min(n > 0 ? ms[this.order[0]!]! : Number.POSITIVE_INFINITY, firstOrderMs);
    const region = this.regions[this.rng.pickCumulative(this.regionCumulative)]!;
    sink.customer(`${this.orgId},${customerId},${isoUtc(firstSeen)},${region}\n`);
    for (let i = 0; i < n; i++) {
      const t = this.order[i]!;
      sink.touchpoint(this.nextTouchId++, customerId, ms[t]!, this.touchFrag[t]!);
    }
    if (orderLines) sink.conversion(orderLines);
  }

  /** A local second of day drawn from the hourly activity profile. */
  private secondOfDay(): number {
    return this.rng.pickCumulative(this.samplers.hour) * 3600 + this.rng.int(3600);
  }

  /** A second shortly before `sec` on the same day (a click minutes before a purchase). */
  private before(sec: number): number {
    return Math.max(0, sec - 1 - Math.floor(this.rng.exponential(2400)));
  }
}

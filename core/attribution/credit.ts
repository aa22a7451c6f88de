/**
 * Per-conversion credit rows for materialization: for one model, every conversion's credit split
 * over (channel, campaign) so it sums to 1 per conversion, and summing over campaigns gives the
 * channel's credit.
 *
 * All models run at channel level over every journey (converting paths with one conversion each,
 * non-converting paths as nulls). Rule-based models and counterfactual credit touches directly.
 * Markov weights come from the whole data set (removal effects); each conversion is split over the
 * channels on its path in proportion to them, then equally over that channel's touches. Shapley's
 * closed form already splits each path equally over its distinct channels, then equally over their
 * touches. A touch's credit goes to its campaign (0 = none). A conversion without any touch in its
 * window is credited to `direct` with no campaign.
 */
import { runModel } from "./attribute.ts";
import type { ConvertingJourney, CustomerJourneys, JourneyTouch } from "./journeys.ts";
import type { CoreOptions, KeyedPath, ModelName } from "./types.ts";

/** The channel that takes conversions with no recorded touch. */
export const UNTOUCHED_CHANNEL = "direct";

/** One row of `attribution_results` (without the organization). */
export interface CreditRow {
  model: string;
  orderId: string;
  conversionTs: number;
  channel: string;
  campaignId: number;
  credit: number;
  revenue: number;
}

/** Journeys of all customers flattened into model input, converting paths first. */
export interface PreparedJourneys {
  conversions: ConvertingJourney[];
  /** Model input: one path per entry of `conversions` (same index), then the non-converting paths. */
  paths: KeyedPath[];
}

/**
 * Flatten customers' journeys into keyed channel paths (built once, reused by every model).
 * @example prepareJourneys([buildCustomerJourneys(touches, conversions, { lookbackDays: 30 })])
 */
export function prepareJourneys(customers: Iterable<CustomerJourneys>): PreparedJourneys {
  const conversions: ConvertingJourney[] = [];
  const nulls: JourneyTouch[][] = [];
  for (const c of customers) {
    conversions.push(...c.converting);
    if (c.nonConverting) nulls.push(c.nonConverting);
  }
  const toPath = (touches: JourneyTouch[], conv: ConvertingJourney | null): KeyedPath => {
    const channels = touches.map((t) => t.channel);
    return {
      keys: channels,
      channels,
      ts: touches.map((t) => t.ts),
      conversionTime: conv?.conversionTs,
      conversions: conv ? 1 : 0,
      nulls: conv ? 0 : 1,
      value: conv?.revenue ?? 0,
    };
  };
  const paths = [...conversions.map((c) => toPath(c.touches, c)), ...nulls.map((t) => toPath(t, null))];
  return { conversions, paths };
}

/** Name stored in `attribution_results.model`: `markov_2` etc. for higher Markov orders. */
export function storedModelName(model: ModelName, opts: Pick<CoreOptions, "order">): string {
  return model === "markov" && opts.order > 1 ? `markov_${opts.order}` : model;
}

/**
 * Credit rows of one model for every conversion in `prepared`.
 * @example creditRows(prepareJourneys(customers), "linear", options)
 */
export function creditRows(prepared: PreparedJourneys, model: ModelName, opts: CoreOptions): CreditRow[] {
  const name = storedModelName(model, opts);
  const { touchCredits } = runModel(prepared.paths, model, opts);
  const rows: CreditRow[] = [];
  prepared.conversions.forEach((conv, i) => {
    const base = { model: name, orderId: conv.orderId, conversionTs: conv.conversionTs };
    if (conv.touches.length === 0) {
      rows.push({ ...base, channel: UNTOUCHED_CHANNEL, campaignId: 0, credit: 1, revenue: conv.revenue });
      return;
    }
    const credits = touchCredits[i]!;
    const byCampaign = new Map<string, CreditRow>();
    conv.touches.forEach((t, j) => {
      const campaignId = t.campaignId ?? 0;
      const key = `${t.channel}\u0001${campaignId}`;
      const row = byCampaign.get(key) ?? { ...base, channel: t.channel, campaignId, credit: 0, revenue: 0 };
      row.credit += credits[j]!;
      byCampaign.set(key, row);
    });
    for (const row of byCampaign.values()) {
      // Touches with no credit (e.g. all but the first under first_touch) are not stored.
      if (row.credit === 0) continue;
      row.revenue = row.credit * conv.revenue;
      rows.push(row);
    }
  });
  return rows;
}

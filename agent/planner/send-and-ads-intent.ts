/**
 * fix20e: a name that an email send and ad campaigns share, asked with no channel word: "how did
 * the holiday gift guide campaigns do" names the "Holiday Gift Guide" email and the "Holiday25 -
 * Display - Gift Guide" and "Holiday25 - Gift Guide - Carousel" ad campaigns. Read as the send
 * alone, the answer left the ad campaigns out. Every campaign whose name holds the name's words is
 * answered: the ad campaigns on spend, revenue, ROAS and orders, then the send on its email
 * measures (email figures cannot be split by ad campaign, nor ad figures by send).
 */

import { filterValue } from "./dimensions.ts";
import { EMAIL_WORD, nameWords, SEND_MEASURES } from "./email-send.ts";
import { normalize } from "./normalize.ts";
import { fittedPlan } from "./pipeline/assemble-stage.ts";
import type { Reading } from "./pipeline/types.ts";
import type { DimensionValue, Frame, Plan } from "./types.ts";

/** Words that say ads only ("the holiday gift guide ads", "display gift guide"): not the send. */
const ADS_WORD =
  /\b(?:ads?|adverts?|paid|display|carousel|video|search|social|meta|facebook|instagram|google|tiktok|spend|roas|cpa|cpc|ctr|impressions?)\b/;

/** Whether every distinctive word of the send's name begins a word of the campaign's name. */
function holdsName(campaign: DimensionValue, words: readonly string[]): boolean {
  const own = normalize(campaign.label).split(" ");
  return words.every((w) => own.some((o) => o.startsWith(w)));
}

/** The ad campaigns sharing the send's name; `adsOnly` when the question says ads. */
export interface SharedName {
  ads: DimensionValue[];
  adsOnly: boolean;
}

/**
 * The ad campaigns sharing the one named send's name, or undefined when the question names no
 * send, says email, or asks its own measures.
 * @example sharedNameCampaigns(reading("how did the holiday gift guide campaigns do"))?.ads.length // 2
 */
export function sharedNameCampaigns(r: Reading): SharedName | undefined {
  const send = r.emailSend;
  if (send?.kind !== "filter" || send.values.length !== 1) return undefined;
  if (EMAIL_WORD.test(r.p.text)) return undefined;
  // Only the send's own measures (set when none was asked): a measure asked is its own answer.
  if (r.p.metrics.join() !== SEND_MEASURES.join()) return undefined;
  const label = r.ctx.dimensionValues.find(
    (v) => v.dimension === "email_campaign" && v.value === send.values[0],
  );
  const words = label ? nameWords(label.label) : [];
  if (words.length < 2) return undefined;
  const ads = r.ctx.dimensionValues.filter((v) => v.dimension === "campaign" && holdsName(v, words));
  return ads.length ? { ads, adsOnly: ADS_WORD.test(r.p.text) } : undefined;
}

/** The ad campaigns' results, then the send's (unless ads alone were asked). */
export function sendAndAdsPlan(r: Reading, { ads, adsOnly }: SharedName): Plan {
  const period = r.p.time.period!;
  const adsFrame: Frame = {
    intent: "query",
    metrics: ["revenue", "spend", "roas", "orders"],
    dimensions: ["campaign"],
    filters: [{ field: "campaign", op: "in", values: ads.map((v) => filterValue("campaign", v.value)) }],
    period,
  };
  const sendFrame: Frame = {
    intent: "query",
    metrics: [...SEND_MEASURES],
    dimensions: [],
    filters: r.p.dims.filters.filter((f) => f.field === "email_campaign"),
    period,
  };
  const plans = (adsOnly ? [adsFrame] : [adsFrame, sendFrame]).map((f) => fittedPlan(f, r.ctx.catalog));
  const calls = plans.flatMap((p) => (p.kind === "tool_calls" ? p.calls : []));
  return { kind: "tool_calls", intent: "query", calls, frame: adsFrame };
}

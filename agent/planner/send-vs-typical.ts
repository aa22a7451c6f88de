/**
 * One promotional email send against its usual level (fix7e, #12): "did unsubs spike on the labor
 * day email", "was the summer sale email's open rate unusual", "how did the fall camping blast's
 * clicks compare to a typical send". A promo goes out once, so there is no earlier period of it to
 * compare with, and an anomaly scan of every email's daily totals misses it: the answer is the
 * send's rate next to every other send of the kinds that go out the same way (promos and the
 * newsletter, not the automated flows) over the same period, and a yes or no computed from them
 * (agent/present/send-vs-typical-note.ts).
 */
import { assembleCalls } from "./assemble.ts";
import { emailKind } from "./email-groups.ts";
import { frameFor } from "./frame.ts";
import type { Reading } from "./pipeline/types.ts";
import type { Frame, Plan } from "./types.ts";

/**
 * Words that set one send against its usual level: a spike or a dip, unusual, or "vs typical".
 * Shared with the answer's verdict, so the two read the same questions.
 */
export const SEND_VS_TYPICAL =
  /\b(?:spik\w*|jump\w*|surg\w*|soar\w*|shot up|spiked|balloon\w*|dip(?:ped|s)?|tank\w*|plung\w*|crater\w*|unusual\w*|abnormal\w*|out of (?:line|the ordinary)|(?:higher|lower|more|fewer|worse|better|bigger|smaller) than (?:usual|normal|typical|average|expected|the (?:rest|others?|other (?:sends|e ?mails|promos|campaigns))|other (?:sends|e ?mails|promos|campaigns)|our other \w+)|(?:above|below) (?:average|normal|usual|typical|the rest)|(?:vs|versus|against|compared? (?:to|with)|relative to|next to) (?:(?:the|a|our) )?(?:typical|usual|normal|average|rest|other (?:sends|e ?mails|promos|blasts|campaigns)|(?:typical|usual|normal|average) (?:send|e ?mail|promo|blast|rate|level))|(?:typical|usual|normal) (?:send|e ?mail|promo|blast|rate|level)s?)\b/;

/**
 * fix21e: whether one send worked, asked with no measure: "did the labor day email work", "was the
 * summer sale send a success", "how did the new year sale email do", "was it any good". Read as a
 * lookup, the answer was the send's totals with no verdict; the verdict is its rates against the
 * other promos' (present/send-vs-typical-note.ts), led by a yes or no on its click rate.
 */
export const SEND_SUCCESS =
  /\b(?:work|works|worked|working|a success|successful|succeed\w*|a hit|a flop|flopp?ed|a dud|effective|perform(?:ed|ing)? (?:well|ok|okay|badly|poorly|good|bad)|(?:do|did|does) (?:well|ok|okay|good|badly|any good)|any good|good or bad|bad or good|pay off|paid off|land|landed|go over well|went over well|how (?:did|was|were|has|is) .{0,50}?\b(?:do|go|perform|land|doing|performing|go over|went|turn out)|how (?:well )?(?:did|has) .{0,50}?\bperform(?:ed)?)\s*(?:for us|overall|really|or not|at all)?\s*$/;

/** Another measure or a money ask: the send's own reading, not this verdict. */
const OTHER_ASK =
  /\b(?:revenue|orders?|money|roas|conversions?|unsub\w*|opens?|clicks?|open rate|click rate|ctr|sends|sent|delivered|bounce\w*|spam)\b/;

/** Whether the question asks whether a send worked, with no measure of its own. */
export function asksSendSuccess(text: string): boolean {
  return SEND_SUCCESS.test(text) && !SEND_VS_TYPICAL.test(text) && !OTHER_ASK.test(text);
}

/** The send's own counts, shown beside its rates when whether it worked is asked. */
const SUCCESS_COUNTS = ["email_sends", "email_opens", "email_clicks"];

/** Count measures and the rate that sets sends of different sizes side by side. */
const RATE_OF: Record<string, string> = {
  email_opens: "email_open_rate",
  email_clicks: "email_click_rate",
  email_unsubscribes: "email_unsubscribe_rate",
};
/** Rates a send is set against the others on when the question names none of its own. */
const DEFAULT_RATES = ["email_open_rate", "email_click_rate", "email_unsubscribe_rate"];

/** The send's rates to compare, from the measures asked ("unsubs" -> unsubscribe rate). */
function ratesOf(metrics: readonly string[]): string[] {
  const rates = metrics
    .map((m) => RATE_OF[m] ?? m)
    .filter((m) => m.startsWith("email_") && m.endsWith("_rate"));
  // "did the labor day email spike": no measure named beyond the defaults a named send gets.
  const asked = metrics.filter((m) => m !== "email_sends");
  return rates.length && asked.length < 5 ? [...new Set(rates)] : DEFAULT_RATES;
}

/** The named promotional send, when the question sets it against its usual level. */
export function readSendVsTypical(r: Reading): string | undefined {
  const send = r.emailSend;
  if (send?.kind !== "filter" || send.values.length !== 1) return undefined;
  const asked = SEND_VS_TYPICAL.test(r.p.text) || asksSendSuccess(r.p.text);
  if (!asked || r.p.time.compare?.mode === "explicit") return undefined;
  const value = r.ctx.dimensionValues.find(
    (v) => v.dimension === "email_campaign" && v.value === send.values[0],
  );
  // A newsletter or a flow goes out again and again: a spike in it is a question over time.
  return value && emailKind(value.label) === "promo" ? value.value : undefined;
}

/**
 * Two calls over the same period: the send's rates, then every promo and newsletter's rates (the
 * send among them), highest first.
 */
export function sendVsTypicalPlan(r: Reading, send: string): Plan {
  const base = frameFor("query", r.p, r.ctx.catalog);
  const success = !SEND_VS_TYPICAL.test(r.p.text) && asksSendSuccess(r.p.text);
  const rates = success ? DEFAULT_RATES : ratesOf(r.p.metrics);
  const metrics = success ? [...SUCCESS_COUNTS, ...rates] : rates;
  const peers = r.ctx.dimensionValues
    .filter((v) => v.dimension === "email_campaign" && emailKind(v.label) !== "flow")
    .map((v) => v.value);
  const own: Frame = {
    ...base,
    metrics,
    dimensions: [],
    filters: [{ field: "email_campaign", op: "in", values: [send] }],
    compare: undefined,
    order: undefined,
    limit: undefined,
    grain: undefined,
  };
  const all: Frame = {
    ...own,
    metrics: rates,
    dimensions: ["email_campaign"],
    filters: [{ field: "email_campaign", op: "in", values: peers }],
    order: { field: rates[0]!, direction: "desc" },
  };
  return {
    kind: "tool_calls",
    intent: "query",
    calls: [...assembleCalls(own), ...assembleCalls(all)],
    frame: all,
  };
}

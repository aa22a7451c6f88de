/**
 * fix10c: "what did the summer sale email make us", "revenue from the fall camping collection
 * send", "how much did the labor day sale email drive": orders are not linked to one email, only
 * to the Email channel, so a send's own revenue cannot be given. The nearest honest figure is the
 * revenue the attribution model credits to Email in the week from the send's day against the week
 * before, with a note saying so. The send's day comes from the email data (its flight, read into
 * the planner context by agent/planner-context.ts); a send that goes out again and again (the
 * newsletter) has no one day, and is left to the other email answers.
 */
import { addDays } from "../../semantic/query/dates.ts";
import { assembleCalls } from "./assemble.ts";
import { sendsNamed } from "./email-send.ts";
import { normalize } from "./normalize.ts";
import type { Reading } from "./pipeline/types.ts";
import type { DimensionValue, Frame, Plan } from "./types.ts";

/** Money words, outside the send's own name ("sale" in "Labor Day Sale" is no revenue ask). */
const MONEY =
  /\b(?:revenue|sales|sold|income|money|made|make|makes|earn\w*|generat\w*|drive|drove|driven|brought in|bring in|brings in|rake\w* in)\b/;

/** Words that say an email is meant. */
const EMAIL_WORD = /\b(?:e ?mails?|e mails?|newsletters?|sends?|blasts?|mailings?|mailers?)\b/;

/** A send that went out on one day or a few (a promotion), with its first day. */
function oneSend(r: Reading): { send: DimensionValue; day: string } | undefined {
  const sends = sendsNamed(r.p.text, r.ctx.dimensionValues);
  if (sends.length !== 1) return undefined;
  const send = sends[0]!;
  let rest = r.p.text;
  rest = rest.replace(new RegExp(`\\b${normalize(send.label)}\\b`, "g"), " ");
  // "revenue on black friday 2025" names a day that a send is also named after: an email word
  // must say the send is meant.
  if (!EMAIL_WORD.test(rest)) return undefined;
  // "labor day email revenue" reads "email revenue" as the metric email_revenue: still a money ask
  // of the send. Engagement metrics (sends, opens, clicks) are the send's own figures instead.
  const engagement = r.p.metrics.some((m) => m.startsWith("email_") && m !== "email_revenue");
  if (!MONEY.test(rest) || engagement) return undefined;
  const flight = send.flight;
  if (!flight || addDays(flight.from, 3) < flight.to) return undefined;
  return { send, day: flight.from };
}

/** @example readSendRevenue(reading) // { send: { label: "Labor Day Sale", ... }, day: "2026-09-05" } */
export function readSendRevenue(r: Reading): { send: DimensionValue; day: string } | undefined {
  return oneSend(r);
}

/** Email revenue in the 7 days from the send against the 7 days before, with the note. */
export function sendRevenuePlan(found: { send: DimensionValue; day: string }): Plan {
  const period = {
    from: found.day,
    to: addDays(found.day, 6),
    label: `7 days from the ${found.send.label} send`,
  };
  const before = { from: addDays(found.day, -7), to: addDays(found.day, -1), label: "the 7 days before" };
  const frame: Frame = {
    intent: "compare",
    metrics: ["revenue"],
    dimensions: [],
    filters: [{ field: "channel", op: "in", values: ["email"] }],
    period,
    compare: { mode: "explicit", period: before },
  };
  return {
    kind: "tool_calls",
    intent: "compare",
    calls: assembleCalls(frame),
    frame,
    notes: [
      `Orders are linked to the Email channel, not to a single email, so the ${found.send.label} email's own revenue can't be given. The nearest: revenue your attribution model credits to Email in the 7 days from the send (${found.day}) against the 7 days before it.`,
    ],
  };
}

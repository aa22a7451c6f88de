/**
 * fix19b: "how did it do per send", "whats that per email", "per-send numbers?" after an email
 * answer (the emails ranked, one email's engagement, the email program's figures): the same
 * emails' figures per send over the same period. Orders are credited to the Email channel, never
 * to one email, so revenue per send is the whole program's; per email, opens and clicks per send
 * are its open rate and click rate. Read alone, it compared the program's totals with the month
 * before, with no figure per send.
 */
import { assembleCalls } from "./assemble.ts";
import { inCatalog } from "./frame.ts";
import type { Reading } from "./pipeline/types.ts";
import type { Frame, Plan } from "./types.ts";

/** A figure asked per email sent. */
const PER_SEND = /\bper[ -]?(?:send|email sent|email|mail|delivery|recipient)s?\b|\b(?:a|each|every) send\b/;

/** Said first: why revenue per send is the program's and what stands for it per email. */
export const EMAIL_PER_SEND_NOTE =
  "Orders are credited to the Email channel as a whole, not to one email, so revenue per send is the whole email program's; per email, opens and clicks per send are its open rate and click rate.";

/** Whether the answer before was about email (its measures or its emails). */
function aboutEmail(previous: Frame): boolean {
  return (
    previous.metrics.some((m) => m.startsWith("email_")) ||
    previous.dimensions.includes("email_campaign") ||
    previous.filters.some((f) => f.field === "email_campaign")
  );
}

/** Whether the turn asks the email answer before per send, naming no other measure of its own. */
export function asksEmailPerSend(r: Reading): boolean {
  if (!r.previous || !aboutEmail(r.previous) || !PER_SEND.test(r.p.text)) return false;
  return r.p.metrics.every((m) => m.startsWith("email_") || m === "revenue");
}

/** The program's revenue per send, then each email's sends, opens and clicks per send. */
export function emailPerSendPlan(r: Reading): Plan {
  const prev = r.previous!;
  const period = r.p.time.period ?? prev.period;
  const emailFilters = prev.filters.filter((f) => f.field === "email_campaign");
  const program: Frame = {
    intent: "query",
    metrics: inCatalog(["email_revenue", "email_sends", "email_revenue_per_send"], r.ctx.catalog),
    dimensions: [],
    filters: [],
    period,
  };
  const byEmail = prev.dimensions.includes("email_campaign");
  const emails: Frame = {
    intent: "query",
    metrics: inCatalog(["email_sends", "email_open_rate", "email_click_rate", "email_clicks"], r.ctx.catalog),
    dimensions: byEmail || emailFilters.length ? ["email_campaign"] : [],
    filters: emailFilters,
    period,
    ...(byEmail && prev.order?.field.startsWith("email_") ? { order: prev.order } : {}),
  };
  return {
    kind: "tool_calls",
    intent: "query",
    calls: [...assembleCalls(program), ...assembleCalls(emails)],
    frame: emails,
    notes: [EMAIL_PER_SEND_NOTE],
  };
}

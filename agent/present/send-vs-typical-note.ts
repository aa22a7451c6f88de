/**
 * The yes or no of "did unsubs spike on the labor day email" (fix7e, #12), from the two calls the
 * planner makes for it (agent/planner/send-vs-typical.ts): the send's own rates, and every promo
 * and newsletter's rates over the same period. The send is set against the typical promo, the
 * middle one of the other promos by that rate (a send that exists, so every figure in the sentence
 * is one the tables show), with the newsletter's rate beside it when there is one.
 */
import type { MetricResult, ResultColumn } from "../../semantic/execute/execute.ts";
import { formatValue } from "../answer/format.ts";
import { emailKind } from "../planner/email-groups.ts";
import { normalize } from "../planner/normalize.ts";
import { asksSendSuccess, SEND_VS_TYPICAL } from "../planner/send-vs-typical.ts";
import { spec } from "./metric-spec.ts";

/** A successful call of the turn: its name, arguments and data. */
export interface TypicalCall {
  name: string;
  args: Record<string, unknown>;
  data: unknown;
}

/** Words that ask whether the send was lower than usual rather than higher. */
const ASKS_LOWER =
  /\b(?:dip\w*|tank\w*|plung\w*|crater\w*|drop\w*|fell|fall\w*|lower|fewer|below|smaller|worse)\b/;
/** Words that ask whether it was out of the ordinary either way. */
const ASKS_EITHER =
  /\b(?:unusual\w*|abnormal\w*|out of (?:line|the ordinary)|typical|usual|normal|average|compared?|vs|versus|against|relative)\b/;
/** Above this ratio to the typical send a rate is "well above" it (a spike); below its inverse "well below". */
const WELL = 1.5;
/** Within this ratio either way a rate is "in line with" the typical send. */
const NEAR = 1.15;

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

interface EmailFilter {
  field: string;
  op: string;
  values: unknown[];
}

function emailFilterOf(args: Record<string, unknown>): EmailFilter | undefined {
  return list(args.filters).find(
    (f): f is EmailFilter =>
      typeof f === "object" && f !== null && (f as EmailFilter).field === "email_campaign",
  );
}

/** Where a ratio to the typical send sits, in words. */
function level(ratio: number): string {
  if (ratio >= WELL) return "well above";
  if (ratio >= NEAR) return "above";
  if (ratio > 1 / NEAR) return "in line with";
  if (ratio > 1 / WELL) return "below";
  return "well below";
}

/** Yes or no to the question's direction ("spike": higher; "dip": lower; "unusual": either). */
function verdict(ratio: number, question: string): string {
  const lower = ASKS_LOWER.test(question);
  const either =
    !lower && ASKS_EITHER.test(question) && !/\b(?:spik|jump|surg|soar|higher|more)\w*/.test(question);
  const far = lower ? ratio <= 1 / WELL : either ? ratio >= WELL || ratio <= 1 / WELL : ratio >= WELL;
  const some = lower ? ratio <= 1 / NEAR : either ? ratio >= NEAR || ratio <= 1 / NEAR : ratio >= NEAR;
  return far ? "Yes" : some ? "Somewhat" : "No";
}

/** "Email unsubscribe rate" -> "unsubscribe rate". */
const short = (label: string) => label.replace(/^email /i, "").toLowerCase();

/**
 * One sentence per rate compared, or none when the turn is not a send set against its usual level.
 * @example sendVsTypicalNotes("did unsubs spike on the labor day email", calls, "USD")
 * // ["No: the Labor Day Sale email's unsubscribe rate (0.20%) was below the typical promo's ..."]
 */
export function sendVsTypicalNotes(
  question: string,
  calls: readonly TypicalCall[],
  currency: string,
): string[] {
  const text = normalize(question);
  const success = !SEND_VS_TYPICAL.test(text) && asksSendSuccess(text);
  if (!SEND_VS_TYPICAL.test(text) && !success) return [];
  const queries = calls.filter((c) => c.name === "query_metrics");
  const own = queries.find(
    (c) => !list(c.args.dimensions).length && emailFilterOf(c.args)?.values.length === 1,
  );
  const all = queries.find((c) => list(c.args.dimensions).join() === "email_campaign");
  if (!own || !all) return [];
  const send = String(emailFilterOf(own.args)!.values[0]);
  const ownData = own.data as MetricResult;
  const allData = all.data as MetricResult;
  const notes: string[] = [];
  const rated = new Set(allData.columns.filter((c) => c.kind === "metric").map((c) => c.key));
  for (const column of ownData.columns.filter((c) => c.kind === "metric" && rated.has(c.key))) {
    const value = ownData.rows[0]?.[column.key];
    if (typeof value !== "number") continue;
    const note = noteFor(send, value, column, allData, text, currency);
    if (note) notes.push(success ? note.replace(/^(?:Yes|No|Somewhat): t/, "T") : note);
  }
  if (!success) return notes;
  const lead = successLead(send, ownData, allData);
  return lead ? [lead, ...notes] : notes;
}

/**
 * fix21e: the yes or no to "did the labor day email work": its click rate (the step toward a sale
 * an email can be credited with) against the typical promo's, or its open rate when no click rate
 * came back. Orders are not linked to one send, so its own revenue is not part of the verdict.
 */
function successLead(send: string, own: MetricResult, all: MetricResult): string | undefined {
  for (const key of ["email_click_rate", "email_open_rate"]) {
    const value = own.rows[0]?.[key];
    const promos = all.rows
      .map((r) => ({ name: String(r.email_campaign), rate: r[key] }))
      .filter((r): r is { name: string; rate: number } => typeof r.rate === "number" && r.name !== send)
      .filter((r) => emailKind(r.name) === "promo")
      .sort((a, b) => b.rate - a.rate);
    const typical = promos[Math.floor(promos.length / 2)];
    if (typeof value !== "number" || !typical || typical.rate <= 0) continue;
    const ratio = value / typical.rate;
    const what = key === "email_click_rate" ? "got readers to click" : "got opened";
    if (ratio >= NEAR)
      return `Yes, the ${send} email worked: it ${what} more than the typical promo does (the rates below).`;
    if (ratio <= 1 / NEAR)
      return `Not really: the ${send} email ${what} less than the typical promo does (the rates below).`;
    return `It did about as well as a typical promo: the ${send} email ${what} about as much as the middle of the other promos (the rates below).`;
  }
  return undefined;
}

function noteFor(
  send: string,
  value: number,
  column: ResultColumn,
  all: MetricResult,
  question: string,
  currency: string,
): string | undefined {
  const rated = all.rows
    .map((r) => ({ name: String(r.email_campaign), rate: r[column.key] }))
    .filter((r): r is { name: string; rate: number } => typeof r.rate === "number" && r.name !== send);
  const promos = rated.filter((r) => emailKind(r.name) === "promo").sort((a, b) => b.rate - a.rate);
  const typical = promos[Math.floor(promos.length / 2)];
  if (!typical || typical.rate <= 0) return undefined;
  const metric = spec(column.key, column.label, column.unit ?? "percent", column.format);
  const fmt = (v: number) => formatValue(v, metric, currency);
  const ratio = value / typical.rate;
  const name = short(column.label);
  const newsletter = rated.find((r) => emailKind(r.name) === "newsletter");
  const besides = newsletter ? `; the newsletter (${newsletter.name}) ran ${fmt(newsletter.rate)}` : "";
  return `${verdict(ratio, question)}: the ${send} email's ${name} (${fmt(value)}) was ${level(ratio)} the typical promo's (${typical.name}, the middle of the other promos, ${fmt(typical.rate)})${besides}.`;
}

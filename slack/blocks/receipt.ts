/**
 * The receipt under an answer: which definitions, dates and time zone, filters, attribution model
 * and data freshness produced the numbers, read from the answer's provenance. Pure.
 */
import { formatDate, formatPeriod } from "../../agent/answer/format.ts";
import type { AgentAnswer } from "../../agent/contract.ts";
import { clip, escapeSlack } from "./text.ts";

/** Longest receipt line; Slack allows 3,000 per text, a receipt line should read at a glance. */
const MAX_LINE = 600;
/** Slack allows 10 elements in a context block. */
export const MAX_RECEIPT_LINES = 10;

type Entry = Record<string, unknown>;

const isRecord = (v: unknown): v is Entry => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === "string" && v ? v : undefined);

function definitionsLine(entries: Entry[]): string | undefined {
  const seen = new Map<string, string>();
  for (const e of entries) {
    if (!Array.isArray(e.definitions)) continue;
    for (const d of e.definitions) {
      if (!isRecord(d) || !str(d.key) || seen.has(String(d.key))) continue;
      const label = str(d.label) ?? String(d.key);
      const formula = str(d.formula);
      seen.set(String(d.key), formula ? `${label} = ${formula}` : label);
    }
  }
  if (seen.size === 0) return undefined;
  return `*Definitions:* ${[...seen.values()].join("; ")}`;
}

function periodLine(e: Entry): string | undefined {
  const range = e.timeRange;
  if (!isRecord(range) || !str(range.from) || !str(range.to)) return undefined;
  const period = { from: String(range.from), to: String(range.to) };
  const tz = str(range.timeZone);
  const cmp = e.comparisonRange;
  const vs =
    isRecord(cmp) && str(cmp.from) && str(cmp.to)
      ? ` vs ${formatPeriod({ from: String(cmp.from), to: String(cmp.to) })}`
      : "";
  return `*Dates:* ${formatPeriod(period)}${vs}${tz ? ` (${tz})` : ""}`;
}

function filterText(f: unknown): string {
  if (!isRecord(f)) return JSON.stringify(f);
  const field = str(f.field) ?? str(f.dimension) ?? "?";
  const op = str(f.op) ?? "eq";
  const value = Array.isArray(f.values) ? f.values.join(", ") : String(f.value ?? "null");
  const ops: Record<string, string> = {
    eq: "=",
    neq: "≠",
    in: "in",
    not_in: "not in",
    contains: "contains",
    gt: ">",
    gte: "≥",
    lt: "<",
    lte: "≤",
  };
  return `${field} ${ops[op] ?? op} ${value}`;
}

function filtersLine(e: Entry): string | undefined {
  if (!Array.isArray(e.filters)) return undefined;
  return `*Filters:* ${e.filters.length === 0 ? "none" : e.filters.map(filterText).join("; ")}`;
}

function attributionLine(e: Entry): string | undefined {
  const a = e.attribution;
  if (!isRecord(a) || !str(a.model)) return undefined;
  const lookback = typeof a.lookbackDays === "number" ? `, ${a.lookbackDays}-day lookback` : "";
  return `*Attribution:* ${a.model}${lookback}`;
}

function freshnessLine(e: Entry): string | undefined {
  const f = e.dataFreshness;
  if (!isRecord(f)) return undefined;
  const through = str(f.adSpendThrough) ?? str(f.conversionsThrough);
  if (!through) return undefined;
  return `*Data through:* ${/^\d{4}-\d{2}-\d{2}$/.test(through) ? formatDate(through) : through}`;
}

/**
 * The receipt's lines (mrkdwn), at most ten, without repeats across tool results.
 * @example receiptLines(answer) // ["*Definitions:* Return on ad spend = revenue / spend", "*Dates:* October 1–31, 2026 (America/New_York)", ...]
 */
export function receiptLines(answer: Pick<AgentAnswer, "provenance" | "model" | "verification">): string[] {
  const entries = answer.provenance.filter(isRecord);
  const lines: string[] = [];
  const add = (line: string | undefined) => {
    if (line && !lines.includes(line)) lines.push(line);
  };
  add(definitionsLine(entries));
  for (const e of entries) {
    add(periodLine(e));
    add(filtersLine(e));
    add(attributionLine(e));
    add(freshnessLine(e));
  }
  const model = `*Model:* ${answer.model.name}${answer.model.fallback ? " (fallback)" : ""} · ${answer.verification.grounded ? "every number checked against the data" : "numbers not verified"}`;
  const kept = lines.slice(0, MAX_RECEIPT_LINES - 1);
  return [...kept, model].map((l) => clip(escapeSlack(l), MAX_LINE));
}

/** Metric units by key from the provenance definitions (for table cells that columns do not describe). */
export function metricUnits(
  provenance: AgentAnswer["provenance"],
): Map<string, { unit?: string; format?: string }> {
  const units = new Map<string, { unit?: string; format?: string }>();
  for (const e of provenance) {
    if (!isRecord(e) || !Array.isArray(e.definitions)) continue;
    for (const d of e.definitions) {
      if (isRecord(d) && str(d.key)) units.set(String(d.key), { unit: str(d.unit), format: str(d.format) });
    }
  }
  return units;
}

/** The distinct compiled SQL statements in the provenance (text only: parameter values may hold filters). */
export function provenanceSql(provenance: AgentAnswer["provenance"]): string[] {
  const out: string[] = [];
  for (const e of provenance) {
    if (!isRecord(e)) continue;
    const sql = e.sql;
    const texts = typeof sql === "string" ? [sql] : isRecord(sql) ? Object.values(sql) : [];
    for (const t of texts) if (typeof t === "string" && !out.includes(t)) out.push(t);
  }
  return out;
}

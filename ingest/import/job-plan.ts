/**
 * A job's write plan: the columns it writes in COPY order, the fast path's checks for plain CSV
 * lines, natural keys of rows and batches, and the COPY line of a row.
 */
import { csvField } from "../../db/simulator/csv.ts";
import type { FastCheck } from "./fields.ts";
import type { Cell, KindDef } from "./kinds.ts";
import type { UpsertPlan } from "./upsert.ts";

/** What a job writes: the upsert plan plus the header of each column, looked up once. */
export interface JobPlan {
  upsert: UpsertPlan;
  /** Header of each column after organization_id, in COPY order. */
  headers: readonly string[];
  keyHeaders: readonly string[];
}

/** The job's column list: required columns, plus optional ones both the file and the table have. */
export function planFor(
  def: KindDef,
  first: Readonly<Record<string, string>>,
  table: Map<string, string>,
): JobPlan {
  const included = def.columns.filter((c) => !c.optional || (c.header in first && table.has(c.column)));
  return {
    upsert: {
      table: def.table,
      columns: ["organization_id", ...included.map((c) => c.column)],
      keys: def.keys,
      customerColumn: def.customerColumn,
    },
    headers: included.map((c) => c.header),
    keyHeaders: def.keys.map((k) => def.columns.find((c) => c.column === k)!.header),
  };
}

/** What the fast path needs, by column index in the file (which is the plan's order). */
export interface FastPlan {
  checks: readonly FastCheck[];
  keys: readonly number[];
  /** Index of the customer column, or -1. */
  customer: number;
  day: number;
}

/**
 * The fast path's plan. Its keys and day are the cells' text: a cell passes its fast check only
 * when it is exactly what the parsed value prints (ingest/import/fields.ts), so keys agree with
 * keyOf's on the parsed row and a corrected row in a later batch still replaces the first.
 */
export function fastPlanOf(def: KindDef, plan: JobPlan): FastPlan | undefined {
  const checks = plan.headers.map((h) => def.fast[h]);
  if (checks.some((c) => c === undefined)) return undefined;
  const customerHeader = def.columns.find((c) => c.column === def.customerColumn)?.header;
  return {
    checks: checks as FastCheck[],
    keys: plan.keyHeaders.map((h) => plan.headers.indexOf(h)),
    customer: customerHeader ? plan.headers.indexOf(customerHeader) : -1,
    day: plan.headers.indexOf(def.dayHeader),
  };
}

export function passes(checks: readonly FastCheck[], cells: readonly string[]): boolean {
  for (let i = 0; i < checks.length; i++) if (!checks[i]!(cells[i]!)) return false;
  return true;
}

export function fastKey(fastPlan: FastPlan, cells: readonly string[]): string {
  if (fastPlan.keys.length === 1) return cells[fastPlan.keys[0]!]!;
  return fastPlan.keys.map((i) => cells[i]).join("\u0001");
}

export function rowOfCells(headers: readonly string[], cells: readonly string[]): Record<string, string> {
  const row: Record<string, string> = {};
  for (let i = 0; i < headers.length; i++) row[headers[i]!] = cells[i]!;
  return row;
}

export interface KeyRange {
  min: string | undefined;
  max: string | undefined;
}

/**
 * A total order of keys that agrees with equality: shorter first, then by code unit. For the
 * canonical whole numbers of an id column it is numeric order, so consecutive batches of a file
 * in id order have disjoint ranges.
 */
export function keyOrder(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether two batches (rows by natural key, with their key ranges) share a key. */
export function sharesKey(
  a: ReadonlyMap<string, string>,
  aRange: KeyRange,
  b: ReadonlyMap<string, string>,
  bRange: KeyRange,
): boolean {
  if (aRange.min === undefined || bRange.min === undefined) return false;
  if (keyOrder(aRange.max!, bRange.min) < 0 || keyOrder(bRange.max!, aRange.min) < 0) return false;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const key of small.keys()) if (large.has(key)) return true;
  return false;
}

export function sameColumns(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((h, i) => h === b[i]);
}

export function keyOf(plan: JobPlan, row: Record<string, Cell | undefined>): string {
  if (plan.keyHeaders.length === 1) return String(row[plan.keyHeaders[0]!]);
  return plan.keyHeaders.map((h) => String(row[h])).join("\u0001");
}

export function csvRow(plan: JobPlan, organizationId: number, row: Record<string, Cell | undefined>): string {
  let line = String(organizationId);
  for (const header of plan.headers) {
    const v = row[header];
    line += `,${typeof v === "boolean" ? (v ? "t" : "f") : csvField(v ?? null)}`;
  }
  return `${line}\n`;
}

export function campaignIdOf(csvLine: string): number {
  // campaigns rows are "org,id,..." (the id is the first column after the organization).
  return Number(csvLine.split(",", 2)[1]);
}

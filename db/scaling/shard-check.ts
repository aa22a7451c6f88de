/**
 * Does a statement stay on one shard? PostgreSQL itself parses and plans the statement
 * (`EXPLAIN (VERBOSE, FORMAT JSON)`, nothing runs); this module reads the plan: every scan of a
 * distributed table must be pinned to one value of its distribution column, either directly
 * (`a.organization_id = 1`, a constant or parameter, in the scan's conditions) or through an
 * equality with another pinned scan's distribution column (a co-located join). The conditions are
 * PostgreSQL's own deparsed expressions, split into top-level AND conjuncts; a conjunct under OR
 * pins nothing.
 */
import type { Queryable } from "../database.ts";

/** One node of a JSON plan (only the fields we read). */
export interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  Alias?: string;
  Plans?: PlanNode[];
  [key: string]: unknown;
}

/** Plan fields that hold conditions. */
const CONDITION_FIELDS = [
  "Filter",
  "Index Cond",
  "Recheck Cond",
  "Hash Cond",
  "Merge Cond",
  "Join Filter",
  "One-Time Filter",
  "TID Cond",
] as const;

/** The plan PostgreSQL would use for `sql` with `params`, without running it. */
export async function explainPlan(db: Queryable, sql: string, params: readonly unknown[]): Promise<PlanNode> {
  const [row] = await db.query<{ "QUERY PLAN": unknown }>(`EXPLAIN (VERBOSE, FORMAT JSON) ${sql}`, params);
  const raw = row?.["QUERY PLAN"];
  const parsed = (typeof raw === "string" ? JSON.parse(raw) : raw) as { Plan: PlanNode }[];
  return parsed[0]!.Plan;
}

/** Statements EXPLAIN can plan (the rest are utility statements: BEGIN, SET, COPY, DDL). */
export function isPlannable(sql: string): boolean {
  const first = /^\s*(\w+)/.exec(sql)?.[1]?.toLowerCase();
  return (
    first === "select" || first === "with" || first === "insert" || first === "update" || first === "delete"
  );
}

function stripParens(s: string): string {
  let t = s.trim();
  while (t.startsWith("(") && t.endsWith(")") && closingParen(t, 0) === t.length - 1)
    t = t.slice(1, -1).trim();
  return t;
}

function closingParen(s: string, open: number): number {
  let depth = 0;
  let quoted = false;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === "'") quoted = !quoted;
    if (quoted) continue;
    if (c === "(") depth++;
    if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

/** Split at a top-level separator (outside parentheses and quotes). */
function splitTopLevel(s: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "'") quoted = !quoted;
    if (quoted) continue;
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (depth === 0 && s.startsWith(separator, i)) {
      parts.push(s.slice(start, i));
      start = i + separator.length;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

/**
 * The equalities `left = right` among a condition's top-level AND conjuncts (nested ANDs are
 * flattened; anything under an OR is skipped).
 * @example equalities("((a.organization_id = 1) AND (a.date >= '2024-01-01'::date))") // [["a.organization_id", "1"]]
 */
export function equalities(condition: string): [string, string][] {
  const out: [string, string][] = [];
  for (const part of splitTopLevel(stripParens(condition), " AND ")) {
    const conjunct = stripParens(part);
    if (splitTopLevel(conjunct, " OR ").length > 1) continue;
    if (splitTopLevel(conjunct, " AND ").length > 1) {
      out.push(...equalities(conjunct));
      continue;
    }
    const sides = splitTopLevel(conjunct, " = ");
    if (sides.length === 2) out.push([stripParens(sides[0]!), stripParens(sides[1]!)]);
  }
  return out;
}

/** A constant or parameter: `1`, `$1`, `'acme'::text`. */
const isConstant = (term: string) => /^(\$\d+|-?\d+|'(?:[^']|'')*'(?:::[\w ]+)?)$/.test(term);

interface Scan {
  table: string;
  alias: string;
  own: string[];
}

function collect(node: PlanNode, scans: Scan[], conditions: string[]): void {
  const own = CONDITION_FIELDS.map((f) => node[f]).filter((c): c is string => typeof c === "string");
  conditions.push(...own);
  if (node["Relation Name"] && node["Node Type"] !== "ModifyTable") {
    // A bitmap heap scan's index conditions sit on its Bitmap Index Scan children.
    const bitmap = (node.Plans ?? [])
      .filter((c) => c["Node Type"].startsWith("Bitmap"))
      .flatMap((c) => CONDITION_FIELDS.map((f) => c[f]).filter((x): x is string => typeof x === "string"));
    scans.push({
      table: node["Relation Name"],
      alias: node.Alias ?? node["Relation Name"],
      own: [...own, ...bitmap],
    });
  }
  for (const child of node.Plans ?? []) collect(child, scans, conditions);
}

/**
 * Scans of distributed tables in `plan` that are not pinned to one shard, as "table (alias)".
 * `distribution` maps each distributed table to its distribution column; other tables (reference
 * tables, catalogs) are ignored.
 */
export function unpinnedScans(plan: PlanNode, distribution: ReadonlyMap<string, string>): string[] {
  const scans: Scan[] = [];
  const conditions: string[] = [];
  collect(plan, scans, conditions);
  const distributed = scans.filter((s) => distribution.has(s.table));
  const columnOf = new Map(distributed.map((s) => [s.alias, `${s.alias}.${distribution.get(s.table)}`]));
  const pinned = new Set<string>();
  for (const s of distributed) {
    const column = columnOf.get(s.alias)!;
    const direct = s.own
      .flatMap(equalities)
      .some(([l, r]) => (l === column && isConstant(r)) || (r === column && isConstant(l)));
    if (direct) pinned.add(s.alias);
  }
  // Co-located joins: an equality between two distribution columns pins both once one is pinned.
  const edges = conditions
    .flatMap(equalities)
    .filter(([l, r]) => [...columnOf.values()].includes(l) && [...columnOf.values()].includes(r));
  for (let changed = true; changed; ) {
    changed = false;
    for (const [l, r] of edges) {
      const [la, ra] = [l.split(".")[0]!, r.split(".")[0]!];
      if (pinned.has(la) !== pinned.has(ra)) {
        pinned.add(la);
        pinned.add(ra);
        changed = true;
      }
    }
  }
  return distributed.filter((s) => !pinned.has(s.alias)).map((s) => `${s.table} (${s.alias})`);
}

/** Every table a plan reads or writes (scans and ModifyTable targets). */
export function tablesIn(plan: PlanNode): string[] {
  const out = new Set<string>();
  const walk = (n: PlanNode) => {
    if (n["Relation Name"]) out.add(n["Relation Name"]);
    for (const c of n.Plans ?? []) walk(c);
  };
  walk(plan);
  return [...out];
}

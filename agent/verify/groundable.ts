/**
 * Tool results as the verifier may use them: SQL text removed (its literals are not figures a
 * marketer saw) and prose fields removed (`narrative`, `detail`, `title`: template text built from
 * the same result, which must be grounded in the figures, never in itself).
 */
const NOT_GROUND = new Set(["sql", "narrative", "detail", "title"]);

/**
 * Strip SQL and prose from tool results before collecting ground numbers.
 * @example groundable([{ ok: true, data: { narrative: "Revenue $5", revenue: 5 } }]) // [{ ok: true, data: { revenue: 5 } }]
 */
export function groundable(results: readonly unknown[]): unknown[] {
  return results.map((r) => JSON.parse(JSON.stringify(r, (k, v) => (NOT_GROUND.has(k) ? undefined : v))));
}

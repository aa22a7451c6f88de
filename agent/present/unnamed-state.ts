/**
 * fix14b: a state the question names that the data does not record by name ("revenue in ohio"). The
 * data keeps the states with few customers together under 'other', so a filter on such a state
 * matches no row, and "Revenue $0.00" would read as the state having had no sales. The answer says
 * the state is not recorded by name instead, and gives no zero for it.
 */

import { REGION_LABELS } from "../../semantic/catalog/us-states.ts";
import type { MetricResult } from "../../semantic/execute/execute.ts";

/** The named states (their labels) of a region filter that have no row in the result. */
export function unnamedStates(result: Pick<MetricResult, "provenance" | "rows">): string[] {
  const asked = result.provenance.filters.flatMap((f) =>
    f.field === "region" && f.op === "in" && "values" in f ? f.values.map(String) : [],
  );
  if (!asked.length) return [];
  // Rows carry the code, or its label once labelled for the answer.
  const seen = new Set(result.rows.map((r) => String(r.region ?? "")));
  return asked
    .filter((code) => code !== "other" && !seen.has(code) && !seen.has(REGION_LABELS[code] ?? code))
    .map((code) => REGION_LABELS[code] ?? code);
}

const list = (names: readonly string[]) =>
  names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;

/**
 * The note for named states missing from the rows; "" when every named state has a row.
 * @example unnamedStateNote(ohioRevenue) // "Ohio is not recorded by name in your data: ..."
 */
export function unnamedStateNote(result: Pick<MetricResult, "provenance" | "rows">): string {
  const missing = unnamedStates(result);
  if (!missing.length) return "";
  const one = missing.length === 1;
  return `${list(missing)} ${one ? "is" : "are"} not recorded by name in your data for this period: orders from states with few customers are kept together under 'other', so ${one ? "its" : "their"} own figures can't be given (they are not zero). Ask for the same figure by state to see every state recorded by name and 'other'.`;
}

/**
 * A rate whose numerator is credited by attribution (orders, revenue: the last touch, under the
 * organization's default model) and whose denominator is counted by the session's own channel
 * (sessions, carts, checkouts) is not a step rate within one channel once it is split by channel:
 * a channel that closes orders other channels' sessions started reads high, even 100% or more
 * (fix7d: "checkout to purchase rate by channel" showed Display 100%). The answer says so, names
 * the channels it inflates most, and points to the overall rate, which is on one basis.
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";

/** Dimensions a session fact is split by, where the two bases part. */
const SPLIT_DIMENSIONS = new Set(["channel", "channel_group"]);
/** A channel's rate this many times the overall one (or 100% and up) is named as inflated. */
const INFLATED_FACTOR = 1.5;

type Basis = "attributed" | "session";

/** Which basis each leaf definition counts on, from its computation text. */
function leafBasis(formula: string): Basis | undefined {
  if (/\battribution_results\b|\bwith last touch\b|\bwith attribution model\b/.test(formula))
    return "attributed";
  if (/\bweb_sessions_daily\./.test(formula)) return "session";
  return undefined;
}

/** The bases a metric's computation reaches, through the formulas it uses. */
function basesOf(key: string, byKey: ReadonlyMap<string, string>, seen: Set<string> = new Set()): Set<Basis> {
  const out = new Set<Basis>();
  if (seen.has(key)) return out;
  seen.add(key);
  const formula = byKey.get(key);
  if (formula === undefined) return out;
  const leaf = leafBasis(formula);
  if (leaf) {
    out.add(leaf);
    return out;
  }
  for (const word of formula.match(/[a-z][a-z0-9_]*/g) ?? []) {
    if (word !== key && byKey.has(word)) for (const b of basesOf(word, byKey, seen)) out.add(b);
  }
  return out;
}

function pct(v: number): string {
  return `${(v * 100).toFixed(1)}%`;
}

/**
 * The note, or "" when no rate in the result mixes the two bases across a channel split.
 * @example basisMixNote(checkoutCompletionByChannel) // "Checkout completion rate by channel divides orders ..."
 */
export function basisMixNote(
  result: Pick<MetricResult, "columns" | "rows" | "totals" | "provenance">,
): string {
  const dim = result.columns.find((c) => c.kind === "dimension" && SPLIT_DIMENSIONS.has(c.key));
  if (!dim) return "";
  const byKey = new Map(result.provenance.definitions.map((d) => [d.key, d.formula]));
  const notes: string[] = [];
  for (const col of result.columns) {
    if (col.kind === "dimension" || col.unit !== "percent") continue;
    const bases = basesOf(col.key, byKey);
    if (!(bases.has("attributed") && bases.has("session"))) continue;
    const overall = result.totals[col.key];
    const inflated = result.rows
      .map((r) => ({ member: String(r[dim.key]), value: r[col.key] }))
      .filter(
        (r): r is { member: string; value: number } =>
          typeof r.value === "number" &&
          (r.value >= 1 ||
            (typeof overall === "number" && overall > 0 && r.value >= INFLATED_FACTOR * overall)),
      )
      .sort((a, b) => b.value - a.value);
    const named = inflated.length
      ? ` It reads highest where that happens most: ${inflated.map((r) => `${r.member} ${pct(r.value)}`).join(", ")}${typeof overall === "number" ? `, against ${pct(overall)} overall` : ""}.`
      : "";
    notes.push(
      `${col.label} by ${dim.label.toLowerCase()} is not a like-for-like rate: its orders are credited to a channel by attribution (the last touch) while the steps before are counted by the channel of the session, so a channel that closes orders started in other channels' sessions reads high, up to 100% or more.${named} The overall figure is on one basis; compare channels with that in mind.`,
    );
  }
  return notes.join("\n");
}

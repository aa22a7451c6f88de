/**
 * fix18f: a change the question states as done ("we doubled tiktok in august") held against the
 * spend the campaigns tool read before and after it. Said first, so a readout never rests on a
 * change that did not happen. Every figure is the tool's spend (or the change between the two).
 */

import type { ChangeImpact } from "../../tools/campaigns/change.ts";
import { formatCurrency, formatNumber } from "../answer/format.ts";
import { statedChange } from "../planner/change-premise.ts";

interface Result {
  name: string;
  result: { ok: boolean; data?: unknown };
}

/** A stated rise counts as borne out when spend rose at least this share of it. */
const BORNE_OUT = 0.6;

/**
 * The premise check, or undefined when the turn holds no change readout or states no change.
 * @example changePremiseVerdict(results, "we doubled tiktok in august", "USD") // "The premise does not hold: ..."
 */
export function changePremiseVerdict(
  results: readonly Result[],
  question: string,
  currency: string,
): string | undefined {
  const hit = results.find((r) => r.name === "campaigns" && r.result.ok);
  const change = (hit?.result.data as { change?: ChangeImpact } | undefined)?.change;
  const stated = statedChange(question);
  if (!change || stated === undefined) return undefined;
  const { before, after } = change;
  const money = (v: number) => formatCurrency(v, currency);
  if (before.spend <= 0) return undefined;
  const pct = ((after.spend - before.spend) / before.spend) * 100;
  const moved = `spend went from ${money(before.spend)} to ${money(after.spend)} (${pct >= 0 ? "up" : "down"} ${formatNumber(Math.abs(pct), 1)}%)`;
  const said =
    stated === "up"
      ? "went up"
      : stated === "down"
        ? "went down"
        : stated === 100
          ? "doubled"
          : stated === 200
            ? "tripled"
            : stated === -50
              ? "was halved"
              : stated === -100
                ? "stopped"
                : `went ${stated > 0 ? "up" : "down"} ${formatNumber(Math.abs(stated), 0)}%`;
  const rises = stated === "up" || (typeof stated === "number" && stated > 0);
  const target = typeof stated === "number" ? Math.abs(stated) : 0;
  const held = rises ? pct > 0 && pct >= target * BORNE_OUT : pct < 0 && Math.abs(pct) >= target * BORNE_OUT;
  return held
    ? `The change you describe shows in the data: ${moved}.`
    : `The premise does not hold: the data does not show spend that ${said}; ${moved} over the same windows.`;
}

/**
 * fix12d: the planner's placeholders for verdicts read from the turn's results (a choice between
 * campaigns, named groups judged, new customers against their cost), each replaced by its verdict
 * in finalize. A placeholder may sit inside a longer note (the frame's note joins several), so it is
 * replaced where it stands; one whose results cannot be read stays as written.
 */

import { CHANGE_PREMISE_NOTE } from "../planner/change-premise.ts";
import { PAUSE_WEEKS_NOTE } from "../planner/pause-effect.ts";
import { QUOTED_FIGURE_NOTE } from "../planner/quoted-figure.ts";
import { RANK_PREMISE_NOTE } from "../planner/rank-premise-intent.ts";
import {
  CAMPAIGN_BREAK_EVEN_NOTE,
  CAMPAIGN_LOSSES_NOTE,
  campaignBreakEvenVerdict,
  campaignLossesVerdict,
} from "./campaign-break-even-verdict.ts";
import { CAMPAIGN_PICK_NOTE, campaignPickVerdict } from "./campaign-pick-verdict.ts";
import { changePremiseVerdict } from "./change-premise-verdict.ts";
import { labelledResults } from "./group-totals.ts";
import { GROUP_VERDICT_NOTE, groupVerdict } from "./group-verdict.ts";
import { GROWTH_COST_NOTE, growthCostVerdict } from "./growth-cost-verdict.ts";
import {
  METRIC_VERDICT_NOTE,
  metricVerdict,
  QUOTED_VERDICT_NOTE,
  quotedMetricVerdict,
  WORTH_IT_NOTE,
} from "./metric-verdict.ts";
import { PAUSE_ROWS_NOTE, pauseRowsVerdict } from "./pause-rows-verdict.ts";
import { pauseWeeksVerdict } from "./pause-weeks-verdict.ts";
import { PAYOFF_NOTE, payoffVerdict } from "./payoff-verdict.ts";
import { quotedFigureVerdict } from "./quoted-figure-verdict.ts";
import { rankPremiseVerdict } from "./rank-premise-verdict.ts";
import { ROWS_BREAK_EVEN_NOTE, rowsBreakEvenVerdict } from "./rows-break-even-verdict.ts";
import { SOURCES_NOTE, sourcesNote } from "./sources-note.ts";
import type { PresentContext } from "./types.ts";

interface Result {
  name: string;
  args: Record<string, unknown>;
  result: { ok: boolean; data?: unknown };
}

/**
 * The note with its verdict placeholders replaced, or undefined when it holds none.
 * @example judgedNote(CAMPAIGN_PICK_NOTE, results, present, "scale a or b") // "Verdict: of the two, put more behind ..."
 */
export function judgedNote(
  note: string,
  results: readonly Result[],
  present: PresentContext,
  question = "",
): string | undefined {
  const verdicts: [string, () => string | undefined][] = [
    [CAMPAIGN_PICK_NOTE, () => campaignPickVerdict(results, present.currency)],
    [GROUP_VERDICT_NOTE, () => groupVerdict(labelledResults(results), present.currency)],
    [GROWTH_COST_NOTE, () => growthCostVerdict(results, question, present.currency)],
    [SOURCES_NOTE, () => sourcesNote(results)],
    [METRIC_VERDICT_NOTE, () => metricVerdict(results, present.currency)],
    [CAMPAIGN_BREAK_EVEN_NOTE, () => campaignBreakEvenVerdict(results)],
    [CAMPAIGN_LOSSES_NOTE, () => campaignLossesVerdict(results, present.currency)],
    [PAUSE_ROWS_NOTE, () => pauseRowsVerdict(results, present.currency)],
    [ROWS_BREAK_EVEN_NOTE, () => rowsBreakEvenVerdict(results, present.valueLabels)],
    [PAUSE_WEEKS_NOTE, () => pauseWeeksVerdict(results, present.currency, present.valueLabels)],
    [PAYOFF_NOTE, () => payoffVerdict(results, present.currency)],
    [CHANGE_PREMISE_NOTE, () => changePremiseVerdict(results, question, present.currency)],
    [RANK_PREMISE_NOTE, () => rankPremiseVerdict(results, present.currency, present.valueLabels)],
  ];
  // fix13b: a figure quoted to be checked, named in its placeholder.
  const quoted = QUOTED_FIGURE_NOTE.exec(note);
  if (quoted?.[1]) return quotedFigureVerdict(quoted[1], results, present.currency, !!quoted[2]);
  let out = note;
  // fix15f: a value quoted to be judged, named in its placeholder.
  const judged = QUOTED_VERDICT_NOTE.exec(note);
  if (judged?.[1])
    out = out.replace(
      judged[0],
      quotedMetricVerdict(Number(judged[1]), results, present.currency) ?? judged[0],
    );
  // fix18c: "is display worth it": the verdict led by the member named in its placeholder.
  const worth = WORTH_IT_NOTE.exec(out);
  if (worth?.[1]) out = out.replace(worth[0], metricVerdict(results, present.currency, worth[1]) ?? worth[0]);
  for (const [placeholder, verdict] of verdicts)
    if (out.includes(placeholder)) out = out.replace(placeholder, verdict() ?? placeholder);
  return out === note ? undefined : out;
}

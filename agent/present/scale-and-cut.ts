/**
 * "Which campaigns can we scale", "what to grow and what to switch off" (fix8c): the growth half
 * is answered in words before the ranked actions, whether or not anything has room to grow, and a
 * question asking both halves gets both: what to scale (or plainly that nothing clears
 * break-even, so nothing is scaled) and then the cuts and pauses.
 */
import type { RecommendData } from "../../tools/recommend/execute.ts";
import { formatNumber, formatPeriod, joinList } from "../answer/format.ts";

/** Growth words; "scale back" and "scale down" are cuts, not growth. */
const GROWTH =
  /\b(?:scale(?! (?:back|down))|scaling(?! (?:back|down))|grow|raise|increase|headroom|double down|invest more|spend more|put more|push harder|lean into|ramp up)\b/i;
/** Cut words. */
const CUT =
  /\b(?:pause|cut|stop|kill|turn off|switch off|shut off|reduce|drop|scale (?:back|down)|scaling (?:back|down)|get rid of|axe)\b/i;

/** What the question asks of the actions: growth, cuts, or both. */
export function actionHalves(question: string): { growth: boolean; cut: boolean } {
  return { growth: GROWTH.test(question), cut: CUT.test(question) };
}

/** The lines before the ranked actions: the growth half, and a lead-in to the cuts when both are asked. */
export function growthLines(d: RecommendData, question: string): string[] {
  const { growth, cut } = actionHalves(question);
  if (!growth) return [];
  const raises = d.recommendations.filter((r) => r.kind === "raise");
  const members = d.focus === "campaigns" ? "campaign" : "channel or campaign";
  const cuts = d.recommendations.filter((r) => r.kind !== "raise").length;
  if (raises.length)
    return [
      `To scale: ${joinList(raises.map((r) => r.title))}.`,
      ...(cut && cuts ? ["To cut or pause: the rest of the list below."] : []),
    ];
  const nothing = `Nothing to scale for ${formatPeriod(d.period)}: no ${members} has a next dollar that clearly returns more than break-even (a marginal ROAS of ${formatNumber(d.breakEvenRoas, 2)}x), so I would not raise any of them.`;
  if (!cut) return [`${nothing} What the data recommends instead:`];
  return [
    nothing,
    cuts
      ? "To cut or pause, ranked below:"
      : `Nothing to cut either: every ${members} is near the spend where its next dollar breaks even.`,
  ];
}

/**
 * left16d: a review that judges a period ("what worked and what didn't in Q3", "client update for
 * October: wins and concerns, keep it short"): the topline against the period before first, then
 * the wins and the concerns, one line each with its figure, biggest first, as many as asked
 * (review-items.ts names the candidates). "In 5 bullets" gives exactly five complete lines, each
 * marked worked or didn't, which the answer's length shaping keeps as five bullets; a short review
 * drops the detail clauses and the closing note. The KPI table and the channel chart stay the
 * brief's.
 */
import type { Brief } from "../../briefs/build-brief.ts";
import { bulletsAsked } from "../answer/answer-length.ts";
import { formatNumber, formatPeriod } from "../answer/format.ts";
import { asksShortReview } from "../planner/review-shape.ts";
import { presentBrief } from "./brief.ts";
import { asksChange, changeLine } from "./review-change.ts";
import { type ReviewItem, reviewItems, reviewMoney } from "./review-items.ts";
import type { Presentation, PresentContext } from "./types.ts";

/** What the planner asked of the review (tools/brief/definition.ts). */
export interface ReviewAsk {
  wins: number;
  concerns: number;
  short: boolean;
}

/** Biggest first, at most one line per key; the KPI fillers (size 0) keep their order last. */
function ranked(items: readonly ReviewItem[], side: ReviewItem["side"]): ReviewItem[] {
  const seen = new Set<string>();
  return items
    .filter((i) => i.side === side)
    .map((i, n) => ({ i, n }))
    .sort((a, b) => b.i.size - a.i.size || a.n - b.n)
    .map(({ i }) => i)
    .filter((i) => !seen.has(i.key) && seen.add(i.key) !== undefined);
}

/** How many of each side: as asked, and for an exact bullet count the other side fills a short one. */
function counts(ask: ReviewAsk, wins: number, concerns: number, exact: number | undefined) {
  if (exact === undefined) return { w: Math.min(ask.wins, wins), c: Math.min(ask.concerns, concerns) };
  let w = Math.min(Math.ceil(exact / 2), wins);
  let c = Math.min(exact - w, concerns);
  w = Math.min(wins, exact - c);
  c = Math.min(concerns, exact - w);
  return { w, c };
}

function topline(b: Brief): string {
  const money = (x: number) => reviewMoney(x, b.organization.currency);
  const row = (key: string) => b.sections.kpis.rows.find((r) => r.key === key);
  const part = (key: string, name: string) => {
    const r = row(key);
    if (!r || r.current === null) return undefined;
    const v =
      r.unit === "currency"
        ? money(r.current)
        : r.unit === "ratio"
          ? `${formatNumber(r.current, 2)}x`
          : formatNumber(r.current, 0);
    const d = r.changeVsPrevious;
    const ch = d === null ? "" : ` (${d >= 0 ? "up" : "down"} ${formatNumber(Math.abs(d) * 100, 1)}%)`;
    return `${name} ${v}${ch}`;
  };
  const parts = [
    part("revenue", "revenue"),
    part("spend", "ad spend"),
    part("orders", "orders"),
    part("mer", "MER"),
  ].filter((p): p is string => p !== undefined);
  return `${formatPeriod(b.period)} vs ${formatPeriod(b.period.previous)}: ${parts.join(", ")}`;
}

/**
 * The review's text over the brief's table and chart.
 * @example presentReview(brief, { wins: 3, concerns: 3, short: true }, ctx).text
 *   // "October 1–31, 2026 vs September 1–30, 2026: revenue $31,101 (down 15.2%), ...\nWins:\n- ..."
 */
export function presentReview(b: Brief, asked: ReviewAsk, ctx: PresentContext): Presentation {
  // "keep it short" is taken out of the text the planner reads (other-tool-words.ts): read it here.
  const ask = { ...asked, short: asked.short || asksShortReview((ctx.question ?? "").toLowerCase()) };
  const items = reviewItems(b);
  const wins = ranked(items, "win");
  const concerns = ranked(items, "concern");
  const exact = bulletsAsked(ctx.question ?? "");
  // fix14e: "... and what we're changing": one bullet of the asked count is the suggested change.
  const change = asksChange(ctx.question ?? "") ? changeLine(b) : undefined;
  const { w, c } = counts(ask, wins.length, concerns.length, change && exact ? exact - 1 : exact);
  const line = (i: ReviewItem) => (ask.short ? i.short : i.full);
  const head = topline(b);
  const r = b.sections.review;
  const model = (r?.attributionModel ?? b.sections.kpis.attributionModel).replace(/_/g, " ");
  const note = `Channel revenue is attributed revenue (${model}); ranked by dollars at stake.`;
  let lines: string[];
  if (exact !== undefined) {
    lines = [
      `${head}. What worked${change ? ", what didn't and what to change" : " and what didn't"}:`,
      ...wins.slice(0, w).map((i) => `Worked: ${line(i)}`),
      ...concerns.slice(0, c).map((i) => `Didn't: ${line(i)}`),
      ...(change ? [`Changing: ${change}`] : []),
    ];
  } else {
    const none = (what: string) => [`- No ${what} stood out against ${formatPeriod(b.period.previous)}.`];
    lines = [
      `${head}.`,
      ...(ask.wins > 0 ? [`Wins:`, ...(w ? wins.slice(0, w).map((i) => `- ${line(i)}`) : none("win"))] : []),
      ...(ask.concerns > 0
        ? [`Concerns:`, ...(c ? concerns.slice(0, c).map((i) => `- ${line(i)}`) : none("concern"))]
        : []),
      ...(change ? ["Changing:", `- ${change}`] : []),
      ...(ask.short ? [] : [note]),
    ];
  }
  // "In one paragraph": the same lines run together, each side as one sentence list.
  if (exact === undefined && /\bparagraph\b/i.test(ctx.question ?? "")) {
    const side = (name: string, picked: ReviewItem[]) =>
      picked.length ? [`${name}: ${picked.map((i) => line(i).replace(/\.$/, "")).join("; ")}.`] : [];
    lines = [
      [`${head}.`, ...side("Wins", wins.slice(0, w)), ...side("Concerns", concerns.slice(0, c))].join(" "),
    ];
  }
  const base = presentBrief(b);
  return { ...base, text: lines.join("\n"), provenance: { ...base.provenance, view: "review", ask } };
}

/**
 * fix7a: "has affiliate's share of spend grown, by month": one member's share of each period's
 * whole, period by period, and whether it grew. The planner breaks the metric down by time and by
 * the member's dimension (a share needs the whole, agent/planner/share.ts); without this the
 * answer listed every member's amount per month and left the share and the verdict undone.
 */
import { MONTH_NAMES } from "../../lib/months.ts";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { asksDirectRising } from "../planner/direct-share.ts";
import { CUSTOMER_TYPE_LABELS, CUSTOMER_TYPE_WORDS } from "./value-labels.ts";

/** A share asked for, as the planner reads it. */
const SHARE =
  /\b(?:share|percent|percentage|proportion|portion|fraction|slice|chunk|what part|contribution|mix)\s+of\b|%\s+of\b|\bwhat\s+%|\bhow much of\b|\b(?:as an?|in)\s+(?:%|(?:percent|percentage|share)\b)|\b(?:revenue|sales|spend|orders)\s+(?:%|(?:share|percent(?:age)?|mix)\b)/i;

const TIME_KEYS = new Set(["date", "week", "month", "quarter", "year"]);

/** Less than this many percentage points between the first and last period is "about level". */
const LEVEL_PP = 0.5;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A period bucket in words: "July 2026", "week of July 6, 2026", "Q3 2026". */
export function periodName(value: string, grain: unknown): string {
  const month = MONTH_NAMES[Number(value.slice(5, 7)) - 1];
  if (grain === "month") return `${month} ${value.slice(0, 4)}`;
  if (grain === "week") return `week of ${month} ${Number(value.slice(8, 10))}, ${value.slice(0, 4)}`;
  if (grain === "quarter")
    return `Q${Math.floor((Number(value.slice(5, 7)) - 1) / 3) + 1} ${value.slice(0, 4)}`;
  if (grain === "year") return value.slice(0, 4);
  return `${month} ${Number(value.slice(8, 10))}, ${value.slice(0, 4)}`;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** "Paid Search's", "Returning customers'": a plural name takes the apostrophe alone. */
export const possessive = (name: string) => (/s$/i.test(name) ? `${name}'` : `${name}'s`);

/**
 * The words that name a member in a question: its label, and for a labelled key its stored key
 * ("returning" or "repeat" names "Returning customers", the label the answer shows; leftC).
 */
function namesOf(member: string): string[] {
  const keys = Object.entries(CUSTOMER_TYPE_LABELS)
    .filter(([key, label]) => label === member || key === member)
    .flatMap(([key]) => CUSTOMER_TYPE_WORDS[key] ?? [key]);
  // fix16d: an ad platform is named without "Ads" too ("meta" names "Meta Ads").
  const bare = member.replace(/ Ads$/i, "");
  return [member, ...(bare !== member ? [bare] : []), ...keys];
}

/** One member's share of each period's whole, for a share question; undefined otherwise. */
export interface MemberShares {
  member: string;
  /** The metric's label in a sentence ("orders"). */
  label: string;
  shares: { at: string; share: number }[];
}

/**
 * The member's share of each period when the question asks a share of a metric broken down by time
 * and one other dimension whose member it names (at least two periods).
 */
export function memberShares(result: MetricResult, question?: string): MemberShares | undefined {
  const found = namedMemberShares(result, question);
  return found?.length === 1 ? found[0] : undefined;
}

/**
 * fix19e: each named member's share of each period ("organic vs paid share of revenue by month":
 * Paid's and Organic's share of each month's revenue), one entry per member named (one to four).
 */
export function namedMemberShares(result: MetricResult, question?: string): MemberShares[] | undefined {
  // fix14b: "is direct creeping up" asks direct's share of sessions (planner/direct-share.ts).
  if (!question || !(SHARE.test(question) || asksDirectRising(question))) return undefined;
  const dims = result.columns.filter((c) => c.kind === "dimension");
  const time = dims.find((c) => TIME_KEYS.has(c.key));
  const category = dims.find((c) => !TIME_KEYS.has(c.key));
  const metric = result.columns.find((c) => c.kind === "metric" && c.additive);
  if (!time || !category || !metric || dims.length !== 2) return undefined;
  const members = [...new Set(result.rows.map((r) => r[category.key]).filter((v) => typeof v === "string"))];
  const namedIn = (text: string) =>
    members.filter((m) =>
      namesOf(m as string).some((n) => new RegExp(`\\b${escapeRegExp(n)}\\b`, "i").test(text)),
    );
  let named = namedIn(question);
  // fix16d: a turn read after the share question it follows: the member named after the last "?".
  if (named.length > 1) {
    const last = namedIn(question.split(/\?\s+/).at(-1) ?? "");
    if (last.length === 1) named = last;
  }
  if (!named.length || named.length > 4 || named.length === members.length) return undefined;
  const label = metric.label.charAt(0).toLowerCase() + metric.label.slice(1);
  const out: MemberShares[] = [];
  for (const stored of named as string[]) {
    // Rows not yet labelled (a bare key) still read as the customers they stand for.
    const member = category.key === "customer_type" ? (CUSTOMER_TYPE_LABELS[stored] ?? stored) : stored;
    const byPeriod = new Map<string, { part: number; whole: number }>();
    for (const r of result.rows) {
      const at = String(r[time.key]);
      const v = typeof r[metric.key] === "number" ? (r[metric.key] as number) : 0;
      const entry = byPeriod.get(at) ?? { part: 0, whole: 0 };
      entry.whole += v;
      if (r[category.key] === stored) entry.part += v;
      byPeriod.set(at, entry);
    }
    const shares = [...byPeriod.entries()]
      .filter(([, e]) => e.whole > 0)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([at, e]) => ({ at, share: e.part / e.whole }));
    if (shares.length < 2) return undefined;
    out.push({ member, label, shares });
  }
  return out;
}

/**
 * leftA: a share of revenue or orders by channel is a share of what attribution credits each
 * channel; the answer names the model, as every attributed figure should.
 */
function creditBasis(result: MetricResult): string {
  const model = result.provenance?.attribution?.model;
  const byChannel = result.columns.some((c) => c.kind === "dimension" && c.key === "channel");
  if (!model || !byChannel) return "";
  return `Each channel's part is what the ${model.replace(/_/g, " ")} attribution model credits to it.`;
}

/**
 * The share lines for a share question broken down by time and one other dimension whose member
 * the question names; "" otherwise.
 * @example memberShareText(spendByMonthAndChannel, { grain: "month" }, "affiliate share of spend by month")
 *   // "Affiliate's share of ad spend by month ...\n- November 2025: 8.0% ..."
 */
export function memberShareText(
  result: MetricResult,
  args: Record<string, unknown>,
  question?: string,
): string {
  const all = namedMemberShares(result, question);
  if (!all?.length) return "";
  if (all.length > 1) return membersShareText(all, args, result);
  const { member, label, shares } = all[0]!;
  const first = shares[0]!;
  const last = shares.at(-1)!;
  const peak = shares.reduce((a, b) => (b.share > a.share ? b : a));
  const name = (s: { at: string }) => periodName(s.at, args.grain);
  const diff = (last.share - first.share) * 100;
  const verdict =
    Math.abs(diff) < LEVEL_PP
      ? `held about level, at ${pct(first.share)} in ${name(first)} and ${pct(last.share)} in ${name(last)}`
      : `${diff > 0 ? "grew" : "shrank"} from ${pct(first.share)} in ${name(first)} to ${pct(last.share)} in ${name(last)}`;
  return [
    `${possessive(member)} share of ${label} ${verdict} (highest ${pct(peak.share)} in ${name(peak)}).`,
    `${possessive(member)} share of each ${typeof args.grain === "string" ? args.grain : "day"}'s ${label}:`,
    ...shares.map((s) => `- ${name(s)}: ${pct(s.share)}`),
    creditBasis(result),
  ]
    .filter(Boolean)
    .join("\n");
}

/** One member's move over the periods: "grew from 30.1% in November 2025 to 35.2% in October 2026". */
function shareVerdict(shares: MemberShares["shares"], name: (s: { at: string }) => string): string {
  const first = shares[0]!;
  const last = shares.at(-1)!;
  const diff = (last.share - first.share) * 100;
  return Math.abs(diff) < LEVEL_PP
    ? `held about level, at ${pct(first.share)} in ${name(first)} and ${pct(last.share)} in ${name(last)}`
    : `${diff > 0 ? "grew" : "shrank"} from ${pct(first.share)} in ${name(first)} to ${pct(last.share)} in ${name(last)}`;
}

/**
 * fix19e: two or more named members' shares ("organic vs paid share of revenue by month"): each
 * one's move, then each period with every named member's share of that period's whole.
 */
function membersShareText(
  all: readonly MemberShares[],
  args: Record<string, unknown>,
  result: MetricResult,
): string {
  const name = (s: { at: string }) => periodName(s.at, args.grain);
  const label = all[0]!.label;
  const grain = typeof args.grain === "string" ? args.grain : "day";
  const periods = all[0]!.shares.map((s) => s.at);
  return [
    ...all.map((m) => `${possessive(m.member)} share of ${label} ${shareVerdict(m.shares, name)}.`),
    `Share of each ${grain}'s ${label}:`,
    ...periods.map(
      (at) =>
        `- ${name({ at })}: ${all
          .map((m) => `${m.member} ${pct(m.shares.find((s) => s.at === at)?.share ?? 0)}`)
          .join(", ")}`,
    ),
    creditBasis(result),
  ]
    .filter(Boolean)
    .join("\n");
}

/**
 * fix17c: "which campaign is driving it?", "what partner is behind that", "which channel drove the
 * drop" after a series ("affiliate revenue trend this year"): the series moved from its first
 * month (or week) to its latest, and the ask is which member moved most. Merged as a follow-up,
 * the answer was the series split by month and campaign, thirty rows with no driver named. The
 * plan explains the change of the series' metric from the first bucket to the latest by the member
 * asked (explain_change), with the series' filters.
 */
import type { ParsedQuestion } from "./parse.ts";
import type { Frame, Period } from "./types.ts";

/** The member asked for as the driver ("which affiliate campaign is driving it"). */
const DRIVER =
  /\b(?:which|what|wich|whcih) (?:[\w+&'-]+ ){0,2}?(campaigns?|channels?|platforms?|partners?|publishers?|sources?)\b.{0,30}?\b(?:driv\w*|drove|behind|responsible|caus\w*|explains?|accounts? for|pull\w*|dragg\w*|push\w*|contribut\w*|moved? (?:it|that|the most))/;

const DIMENSION: Readonly<Record<string, string>> = {
  campaign: "campaign",
  channel: "channel",
  platform: "platform",
  partner: "campaign",
  publisher: "campaign",
  source: "source",
};

/** The bucket of `grain` holding `day` (YYYY-MM-DD), as a period. */
function bucketOf(day: string, grain: "week" | "month"): Period {
  const d = new Date(`${day}T00:00:00Z`);
  if (grain === "month") {
    const from = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
    const to = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
    return { from: iso(from), to: iso(to), unit: "month", label: "" };
  }
  const from = new Date(d);
  from.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  const to = new Date(from);
  to.setUTCDate(from.getUTCDate() + 6);
  return { from: iso(from), to: iso(to), unit: "week", label: "" };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The explain frame for a driver asked after a series, or undefined when it is not one.
 * @example trendDriverFrame(parse("which affiliate campaign is driving it?"), affiliateRevenueByMonth2026)
 * // { intent: "explain", metrics: ["revenue"], dimensions: ["campaign"], period: October 2026, compare: January 2026 }
 */
export function trendDriverFrame(p: ParsedQuestion, previous: Frame | undefined): Frame | undefined {
  if (previous?.intent !== "trend" || !previous.dimensions.includes("date")) return undefined;
  const grain = previous.grain === "week" || previous.grain === "month" ? previous.grain : undefined;
  const metric = previous.metrics[0];
  const asked = DRIVER.exec(p.text)?.[1]?.replace(/s$/, "");
  const dimension = asked ? DIMENSION[asked] : undefined;
  if (!grain || !metric || !dimension || p.time.period) return undefined;
  const end = p.dataEnd && p.dataEnd < previous.period.to ? p.dataEnd : previous.period.to;
  const opening = bucketOf(previous.period.from, grain);
  // A first bucket that starts before the series does (a week from a Saturday) is cut short too.
  const first = opening.from < previous.period.from ? bucketOf(shift(opening.to, 1), grain) : opening;
  const last = bucketOf(end, grain);
  // A latest bucket cut short by the data's end is not comparable with a full one: the one before.
  const lastFull = last.to > end ? bucketOf(shift(last.from, -1), grain) : last;
  if (lastFull.from <= first.from) return undefined;
  const label = (b: Period) => {
    const d = new Date(`${b.from}T00:00:00Z`);
    return grain === "month"
      ? d.toLocaleString("en-US", { month: "long", year: "numeric", timeZone: "UTC" })
      : `the week of ${d.toLocaleString("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" })}`;
  };
  return {
    ...previous,
    intent: "explain",
    metrics: [metric],
    dimensions: [dimension],
    period: { ...lastFull, label: label(lastFull) },
    compare: { mode: "explicit", period: { ...first, label: label(first) } },
    grain: undefined,
  };
}

function shift(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

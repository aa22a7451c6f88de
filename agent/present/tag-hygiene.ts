/**
 * fix14b: "which sources look mis-tagged": every source / medium pair with its orders, checked by
 * rule for tagging problems, and the ones that look off named with the reason (or "none look off").
 * Sessions are kept by channel only, so the pairs are those of orders' touchpoints. The planner's
 * tag-hygiene.ts reads the ask.
 */
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { formatNumber, formatPeriod } from "../answer/format.ts";
import { asksTagHygiene } from "../planner/tag-hygiene.ts";

const NO_MEDIUM = new Set(["", "(none)", "none", "(not set)", "not set", "null", "undefined"]);
const DIRECT = new Set(["(direct)", "direct"]);
/** Mediums only ads carry. */
const PAID_MEDIUM = /^(?:cpc|ppc|cpm|cpv|paid.*|display|paid_social|paidsocial|social_paid|sem)$/;
/** Sources that are ad platforms (a paid medium on any other source is suspicious). */
const AD_SOURCE =
  /^(?:google|bing|microsoft|facebook|fb|instagram|ig|meta|tiktok|youtube|linkedin|pinterest|snapchat|reddit|twitter|x)$/;

/** A source or medium reduced to what its spellings share ("Facebook.com", "facebook" -> "facebook"). */
const key = (s: string) =>
  s
    .toLowerCase()
    .replace(/^www\./, "")
    .replace(/\.(?:com|net|org|co|io)(?:\.\w{2})?$/, "")
    .replace(/[^a-z0-9]/g, "");

interface Pair {
  label: string;
  source: string;
  medium: string;
  orders: number;
}

/** The problems of each pair, by rule. */
function problems(pairs: readonly Pair[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const flag = (p: Pair, why: string) => out.set(p.label, [...(out.get(p.label) ?? []), why]);
  const spellings = (part: (p: Pair) => string) => {
    const byKey = new Map<string, Set<string>>();
    for (const p of pairs) byKey.set(key(part(p)), (byKey.get(key(part(p))) ?? new Set()).add(part(p)));
    return byKey;
  };
  const sources = spellings((p) => p.source);
  const mediums = spellings((p) => p.medium);
  for (const p of pairs) {
    const direct = DIRECT.has(p.source.toLowerCase());
    const noMedium = NO_MEDIUM.has(p.medium.toLowerCase());
    if (noMedium && !direct) flag(p, "no medium outside direct");
    if (direct && !noMedium) flag(p, "direct with a medium");
    const sameSource = [...(sources.get(key(p.source)) ?? [])].filter((s) => s !== p.source);
    if (sameSource.length && p.source)
      flag(p, `the same source also spelled ${sameSource.map((s) => `'${s}'`).join(", ")}`);
    const sameMedium = [...(mediums.get(key(p.medium)) ?? [])].filter((m) => m !== p.medium);
    if (sameMedium.length && !noMedium)
      flag(p, `the same medium also spelled ${sameMedium.map((m) => `'${m}'`).join(", ")}`);
    if (PAID_MEDIUM.test(p.medium.toLowerCase()) && !AD_SOURCE.test(key(p.source)))
      flag(p, "a paid medium on a source that is not an ad platform");
  }
  return out;
}

/**
 * The pairs checked for tagging problems; "" unless the question asks it and the result is orders
 * (or another count) by source / medium.
 */
export function tagHygieneText(result: MetricResult, question: string | undefined): string {
  if (!question || !asksTagHygiene(question)) return "";
  const dims = result.columns.filter((c) => c.kind === "dimension");
  const metric = result.columns.find((c) => c.kind === "metric");
  if (dims.length !== 1 || dims[0]!.key !== "source_medium" || !metric) return "";
  const pairs: Pair[] = result.rows.map((r) => {
    const label = String(r.source_medium ?? "");
    const [source = "", medium = ""] = label.split(" / ").map((s) => s.trim());
    return {
      label,
      source,
      medium,
      orders: typeof r[metric.key] === "number" ? (r[metric.key] as number) : 0,
    };
  });
  const found = problems(pairs);
  const { from, to } = result.provenance.timeRange;
  const count = (p: Pair) => `${formatNumber(p.orders, 0)} ${metric.label.toLowerCase()}`;
  return [
    `For ${formatPeriod({ from, to })}, I checked every source / medium pair with ${metric.label.toLowerCase()} for tagging problems: a source with no medium outside direct, direct with a medium, one source or medium spelled two ways (case, www., .com), and a paid medium on a source that is not an ad platform. Sessions are recorded by channel only, so the pairs are those of your orders' touchpoints.`,
    found.size
      ? `These look off:\n${pairs
          .filter((p) => found.has(p.label))
          .map((p) => `- ${p.label} (${count(p)}): ${found.get(p.label)!.join("; ")}`)
          .join("\n")}`
      : `None of the ${pairs.length} pairs looks mis-tagged.`,
    `Every pair, by ${metric.label.toLowerCase()}:`,
    ...pairs.map((p) => `- ${p.label}: ${formatNumber(p.orders, 0)}`),
  ].join("\n");
}

import type { MetricResult } from "../../semantic/execute/execute.ts";
import type { ValueLabels } from "./value-labels.ts";

const KINDS: Record<string, string> = {
  channel: "channel",
  platform: "platform",
  channel_group: "channel group",
  email_campaign: "email send",
  source: "source",
  region: "state",
};

/**
 * "Only Paid Search on Google Ads.": which channel and platform the figures are for, in labels.
 * The planner settles some names without asking ("google search" is paid search on Google Ads),
 * so the answer must say what it chose; a figure without it reads as the whole business.
 * Breakdowns by the filtered dimension already name their rows and get no note.
 * @example filterNote(result, { channel: { paid_search: "Paid Search" } }) // "Only Paid Search."
 */
export function filterNote(
  result: Pick<MetricResult, "provenance" | "columns">,
  labels?: ValueLabels,
): string {
  const broken = new Set(result.columns.filter((c) => c.kind === "dimension").map((c) => c.key));
  const parts: string[] = [];
  let excluded = false;
  for (const f of result.provenance.filters) {
    const leftOutOfRanking = f.field === "region" && f.op === "not_in";
    // A campaign left out ("everything except brand search"): named, as the total is not the whole.
    if (f.field === "campaign" && f.op === "not_in" && !broken.has("campaign") && "values" in f) {
      const names = f.values.map((v) => labels?.campaign_name?.[String(v)] ?? `campaign ${String(v)}`);
      parts.push(`excluding the campaign${names.length > 1 ? "s" : ""} (${names.join(", ")})`);
      excluded = true;
      continue;
    }
    if (!KINDS[f.field] || (broken.has(f.field) && !leftOutOfRanking) || !("values" in f)) continue;
    // A channel group reads as a kind of channel ("only paid channels"), not a name ("only Paid").
    const names =
      f.field === "channel_group"
        ? f.values.map((v) => `${String(v).replace(/_/g, " ")} channels`)
        : f.values.map((v) => labels?.[f.field]?.[String(v)] ?? String(v).replace(/_/g, " "));
    // "top states" leaves out the catch-all of unnamed states (agent/planner/frame.ts).
    if (leftOutOfRanking) {
      parts.push(`named states; ${names.join(" and ")} is left out of the ranking`);
      continue;
    }
    if (f.op === "not_in") excluded = true;
    // A named email send ("the black friday email"): its name, in brackets so a year in it
    // ("Black Friday 2025") reads as part of a name, not as a figure to ground.
    if (f.field === "email_campaign") {
      parts.push(`${f.op === "not_in" ? "excluding " : ""}the email send (${names.join(" or ")})`);
      continue;
    }
    // A source is the site of the last touch ("instagram"), which says how the orders were counted.
    if (f.field === "source") {
      parts.push(
        `${f.op === "not_in" ? "excluding " : ""}orders whose last touch came from ${names.join(" or ")}`,
      );
      continue;
    }
    parts.push(`${f.op === "not_in" ? "excluding " : ""}${names.join(" or ")}`);
  }
  if (!parts.length) return "";
  // para19: a part left out reads after a comma ("Only Paid Search, excluding the campaign (...)"),
  // not "Paid Search on excluding".
  const joined = parts.reduce(
    (s, part, i) => (i ? `${s}${part.startsWith("excluding ") ? ", " : " on "}${part}` : part),
    "",
  );
  return `${excluded && parts.length === 1 ? "All channels, " : "Only "}${joined}.`;
}

/**
 * fix8b: the recorded planned changes listed (the campaigns tool's 'planned'): each test, flight,
 * holdout or lasting budget change with its dates, channel or campaign, expected change and note,
 * and how many of each kind. Every figure is a value of the tool's data.
 */
import type { CampaignsData } from "../../tools/campaigns/execute.ts";
import type { PlannedItem } from "../../tools/campaigns/planned.ts";
import { formatDate, formatNumber, formatPeriod } from "../answer/index.ts";
import type { Presentation, PresentContext } from "./types.ts";

const KIND_WORDS: Record<PlannedItem["kind"], string> = {
  holdout: "holdout (paused)",
  flight: "budget flight",
  lasting: "lasting budget change",
};

const KIND_PLURALS: Record<PlannedItem["kind"], string> = {
  holdout: "holdouts (paused)",
  flight: "budget flights",
  lasting: "lasting budget changes",
};

const when = (p: PlannedItem) =>
  p.to ? formatPeriod({ from: p.from, to: p.to }) : `from ${formatDate(p.from)}`;
const signed = (x: number) => `${x > 0 ? "+" : "-"}${formatNumber(Math.abs(x), 0)}%`;

/** @example presentPlanned(data, ctx).text // "8 planned changes are recorded for January 1–October 31, 2026: ..." */
export function presentPlanned(d: CampaignsData, _ctx: PresentContext): Presentation {
  const items = d.planned ?? [];
  const label = (p: PlannedItem) => d.labels.channel[p.channel] ?? p.channel;
  const span = d.within ? ` for ${formatPeriod(d.within)}` : "";
  const count = (k: PlannedItem["kind"]) => items.filter((p) => p.kind === k).length;
  const kinds = (["flight", "holdout", "lasting"] as const)
    .filter((k) => count(k) > 0)
    .map((k) => `${count(k)} ${count(k) === 1 ? KIND_WORDS[k] : KIND_PLURALS[k]}`);
  const line = (p: PlannedItem) =>
    `- ${when(p)}: ${label(p)}${p.campaign ? ` (${p.campaign})` : ""}, ${KIND_WORDS[p.kind]}${p.percent !== null ? ` ${signed(p.percent)}` : ""}${p.note ? `: ${p.note}` : ""}`;
  // fix16a: none starts within the days asked (a month still to come): say so plainly, then what
  // still applies from before and the latest recorded, never the earlier ones as if they were new.
  const within = d.within;
  const starting = within ? items.filter((p) => p.from >= within.from) : items;
  const latest = (d.latest ?? []).filter((l) => !items.some((p) => p.id === l.id));
  if (within && starting.length === 0 && (latest.length > 0 || items.length > 0)) {
    const text = [
      `No new planned change is recorded${span}.`,
      ...(items.length ? ["Still in effect then, from earlier:", ...items.map(line)] : []),
      ...(latest.length
        ? [
            `The latest planned change${latest.length === 1 ? "" : "s"} recorded before then:`,
            ...latest.map(line),
          ]
        : []),
      "Ask for the results of any of them (for example a holdout's effect on total sales, or a flight's extra spend and what it returned).",
    ].join("\n");
    return {
      text,
      data: tableOf([...items, ...latest], label),
      provenance: d.provenance,
    };
  }
  const text = items.length
    ? [
        `${items.length} planned change${items.length === 1 ? " is" : "s are"} recorded${span}: ${kinds.join(", ")}.`,
        ...items.map(line),
        "Ask for the results of any of them (for example a holdout's effect on total sales, or a flight's extra spend and what it returned).",
      ].join("\n")
    : `No planned change is recorded${span}.`;
  return { text, data: tableOf(items, label), provenance: d.provenance };
}

/** The table of the changes listed. */
function tableOf(items: readonly PlannedItem[], label: (p: PlannedItem) => string): Presentation["data"] {
  return {
    columns: [
      { key: "from", label: "From" },
      { key: "to", label: "To" },
      { key: "kind", label: "Kind" },
      { key: "channel", label: "Channel" },
      { key: "campaign", label: "Campaign" },
      { key: "change_percent", label: "Expected change (%)" },
      { key: "note", label: "Note" },
    ],
    rows: items.map((p) => ({
      from: p.from,
      to: p.to,
      kind: p.kind,
      channel: label(p),
      campaign: p.campaign,
      change_percent: p.percent,
      note: p.note,
    })),
  };
}

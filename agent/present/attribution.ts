import type { AttributionToolData } from "../../tools/attribution/execute.ts";
import { disagreementSentence } from "../answer/attribution-disagreement.ts";
import { formatCurrency, formatNumber } from "../answer/format.ts";
import { attributionAnswer, dataEndNote } from "../answer/index.ts";
import { chooseChart } from "../chart/index.ts";
import { modelChoiceSentence } from "./attribution-choice.ts";
import { asksMetricMethod, creditShiftSentence, modelInUseSentence } from "./attribution-direction.ts";
import { modelGapLines } from "./attribution-gap.ts";
import { modelGapTable } from "./attribution-gap-table.ts";
import { kindestModelSentence } from "./attribution-kindest.ts";
import { type ModelSwitch, modelSwitch } from "./attribution-switch.ts";
import type { Presentation, PresentContext } from "./types.ts";

const LEVEL_LABEL = { channel: "Channel", campaign: "Campaign", platform: "Platform" } as const;

/**
 * attribution: one sentence per model, a side-by-side table, and a grouped bar chart. Credit with
 * no campaign (or channel) reads "(no campaign)"; shares are left out when a filter cut the rows.
 */
export function presentAttribution(d: AttributionToolData, ctx: PresentContext): Presentation {
  const metric =
    d.metric === "revenue"
      ? { key: "credit", label: "Attributed revenue", unit: "currency" as const, format: "currency" as const }
      : {
          key: "credit",
          label: "Attributed conversions",
          unit: "count" as const,
          format: "decimal" as const,
        };
  const period = { from: d.period.from, to: d.period.to, timeZone: d.period.timeZone };
  // Under a filter (channels: ["email"]) the tool's shares are of the filtered credit, so email
  // would read "100%" of what is really a slice: leave shares out rather than mislead.
  const filtered = d.provenance.some((p) => p.filters.length > 0);
  // Channel and platform rows carry their key ("organic_search"): read them by the organization's
  // label ("Organic Search"), as every other answer does.
  const labels = d.level === "campaign" ? undefined : ctx.valueLabels?.[d.level];
  const name = (r: AttributionToolData["models"][number]["rows"][number]) =>
    r.key === null || r.key === undefined
      ? `(no ${d.level})`
      : (labels?.[String(r.key)] ?? (d.level === "campaign" ? r.label : r.label.replaceAll("_", " ")));
  const dataEnd = d.provenance[0]?.dataFreshness.adSpendThrough;
  const empty = d.models.every((m) => m.rows.length === 0);
  const answers = d.models
    .map((m) =>
      attributionAnswer({
        kind: "attribution",
        model: m.model.replaceAll("_", " "),
        metric,
        rows: m.rows.map((r) => ({
          name: name(r),
          credit: r.credit,
          ...(filtered ? {} : { share: r.share }),
        })),
        period,
        currency: ctx.currency,
        level: d.level,
        ...(d.limit ? { maxRows: Math.min(d.limit, 10) } : {}),
      }),
    )
    .join("\n");
  const leftOut = noneLeftOut(d, ctx.currency);
  // A period after the last data day: say where the data ends, and that there is none if so.
  // Each member's credit is absolute, so models can be compared on it under a filter too.
  const disagreement = disagreementSentence(
    d.models.map((m) => ({
      model: m.model,
      credits: m.rows.map((r) => ({ name: name(r), credit: r.credit })),
    })),
  );
  // fix5c: "which model are you using?" and "most undervalued by last click" answered first.
  // fix7c: "which model should we use" is a choice, answered with guidance, not the model in use.
  const choice = modelChoiceSentence(d, ctx.question);
  const inUse = choice || modelInUseSentence(d, ctx.question);
  const shift = creditShiftSentence(d, ctx.question, name, ctx.currency);
  // fix8c: "how far apart are two models on X and why": the gap first, then the credits.
  const fewGap = shift ? [] : modelGapLines(d, ctx.question, name, ctx.currency);
  // fix11a: the same gap per member for every row, asked as a table or in percent.
  const gap = shift || fewGap.length ? fewGap : modelGapTable(d, ctx.question, name, ctx.currency);
  // fix12c: "which model makes tiktok look best": that model named first.
  const kindest = kindestModelSentence(d, ctx.question, name, ctx.currency);
  // fix14c: "who gains most going from last click to linear": each member's change, the winner first.
  const moved = empty ? undefined : modelSwitch(d, ctx.question, name, ctx.currency);
  if (moved)
    return presentModelSwitch(d, moved, [inUse, ...moved.lines, dataEndNote(period, dataEnd)], metric);
  // fix21f: "how is roas computed, which model and window": the setup after the definition, with
  // the default model's credit left to the table (the ask is the method, not the split).
  const methodOnly = !!inUse && !choice && d.models.length === 1 && asksMetricMethod(ctx.question ?? "");
  const text = methodOnly
    ? inUse
    : empty && dataEndNote(period, dataEnd)
      ? [inUse, dataEndNote(period, dataEnd, true)].filter(Boolean).join("\n")
      : [
          kindest,
          inUse,
          shift,
          ...gap,
          answers,
          leftOut,
          shift || gap.length ? "" : disagreement,
          dataEndNote(period, dataEnd),
        ]
          .filter(Boolean)
          .join("\n");
  const rows = d.models.flatMap((m) =>
    m.rows.map((r) => ({
      model: m.model,
      [d.level]: name(r),
      credit: r.credit,
      share: filtered ? null : r.share,
    })),
  );
  const chart = chooseChart({
    columns: [
      { key: d.level, label: LEVEL_LABEL[d.level], kind: "category" },
      { key: "model", label: "Model", kind: "category" },
      { key: "credit", label: metric.label, kind: "metric", unit: metric.unit, format: metric.format },
    ],
    rows,
    metricKey: "credit",
    currency: ctx.currency,
    periodLabel: `${d.period.from} to ${d.period.to}`,
  });
  return {
    text,
    data: {
      columns: [
        { key: "model", label: "Model" },
        { key: d.level, label: LEVEL_LABEL[d.level] },
        { key: "credit", label: metric.label, unit: metric.unit, format: metric.format },
        { key: "share", label: "Share", unit: "ratio", format: "percent" },
      ],
      rows,
    },
    ...(chart ? { chart: chart as unknown as Record<string, unknown> } : {}),
    provenance: {
      tool: "attribution",
      models: d.models.map((m) => m.model),
      timeRange: d.period,
      definitions: d.provenance[0]?.definitions,
      attribution: d.provenance.map((p) => p.attribution),
      dataFreshness: d.provenance[0]?.dataFreshness,
      sql: d.provenance.map((p) => p.sql),
    },
  };
}

/**
 * fix15e: the credit of touches with no campaign, left out of a campaign ranking, said with its
 * figure so the rows' shares read right.
 * @example "Left out: credit to touches with no campaign (organic, direct, email and untagged traffic): $262,159 (75.6% of all credit) under linear."
 */
function noneLeftOut(d: AttributionToolData, currency: string): string {
  const parts = d.models.flatMap((m) =>
    m.none && m.none.credit > 0
      ? [
          `${d.metric === "revenue" ? formatCurrency(m.none.credit, currency) : formatNumber(m.none.credit, 1)} (${formatNumber(m.none.share * 100, 1)}% of all credit) under ${m.model.replaceAll("_", " ")}`,
        ]
      : [],
  );
  if (!parts.length) return "";
  return `Left out: credit to touches with no ${d.level === "platform" ? "ad platform" : "campaign"} (organic, direct, email and untagged traffic): ${parts.join("; ")}. Ask "including no campaign" to see it as a row.`;
}

/** fix14c: the switch's table (one row per member: both credits and the change) and its bar chart. */
function presentModelSwitch(
  d: AttributionToolData,
  moved: ModelSwitch,
  lines: string[],
  metric: { label: string; unit: "currency" | "count"; format: "currency" | "decimal" },
): Presentation {
  const rows = moved.rows.map((r) => ({
    [d.level]: r.member,
    credit_before: r.before,
    credit_after: r.after,
    change: r.change,
  }));
  const value = { unit: metric.unit, format: metric.format };
  return {
    text: lines.filter(Boolean).join("\n"),
    data: {
      columns: [
        { key: d.level, label: LEVEL_LABEL[d.level] },
        { key: "credit_before", label: `${metric.label}, ${moved.from}`, ...value },
        { key: "credit_after", label: `${metric.label}, ${moved.to}`, ...value },
        { key: "change", label: `Change, ${moved.from} to ${moved.to}`, ...value },
      ],
      rows,
    },
    chart: {
      $schema: "https://vega.github.io/schema/vega-lite/v5.json",
      title: `Change in ${metric.label.toLowerCase()}, ${moved.from} to ${moved.to}, ${d.period.from} to ${d.period.to}`,
      width: "container",
      data: { values: rows },
      mark: { type: "bar", tooltip: true },
      encoding: {
        y: { field: d.level, type: "nominal", title: LEVEL_LABEL[d.level], sort: null },
        x: { field: "change", type: "quantitative", title: `Change, ${moved.from} to ${moved.to}` },
      },
    },
    provenance: {
      tool: "attribution",
      models: d.models.map((m) => m.model),
      timeRange: d.period,
      definitions: d.provenance[0]?.definitions,
      attribution: d.provenance.map((p) => p.attribution),
      dataFreshness: d.provenance[0]?.dataFreshness,
      sql: d.provenance.map((p) => p.sql),
    },
  };
}

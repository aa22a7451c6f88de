/** Presenters of the brief and recommend tools: their own template text, a table and provenance. */
import type { Brief } from "../../briefs/build-brief.ts";
import type { RecommendData } from "../../tools/recommend/execute.ts";
import { formatNumber, formatPeriod, joinList } from "../answer/format.ts";
import { growthLines } from "./scale-and-cut.ts";
import type { Presentation, PresentContext } from "./types.ts";

/** The brief: its narrative, the KPI table, a bar chart of revenue contributions by channel. */
export function presentBrief(b: Brief): Presentation {
  const rows = b.sections.kpis.rows.map((r) => ({
    kpi: r.label,
    current: r.current,
    previous: r.previous,
    changeVsPrevious: r.changeVsPrevious,
    lastYear: r.lastYear,
    changeVsLastYear: r.changeVsLastYear,
  }));
  const movers = b.sections.movers?.contributions ?? [];
  return {
    text: b.narrative,
    data: {
      columns: [
        { key: "kpi", label: "KPI" },
        { key: "current", label: formatPeriod(b.period) },
        { key: "previous", label: formatPeriod(b.period.previous) },
        { key: "changeVsPrevious", label: "Change vs previous", format: "percent" },
        { key: "lastYear", label: formatPeriod(b.period.lastYear) },
        { key: "changeVsLastYear", label: "Change vs last year", format: "percent" },
      ],
      rows,
    },
    ...(movers.length
      ? {
          chart: {
            $schema: "https://vega.github.io/schema/vega-lite/v5.json",
            title: "Revenue change by channel",
            data: { values: movers.map((m) => ({ channel: m.label, contribution: m.contribution })) },
            mark: "bar",
            encoding: {
              y: { field: "channel", type: "nominal", sort: "-x", title: null },
              x: {
                field: "contribution",
                type: "quantitative",
                title: `Contribution (${b.organization.currency})`,
              },
            },
          },
        }
      : {}),
    provenance: {
      tool: "brief",
      period: { from: b.period.from, to: b.period.to, timeZone: b.period.timeZone },
      sections: b.provenance,
      notes: b.notes,
    },
  };
}

/** Ranked recommendations: one line each, the gross margin stated first. */
export function presentRecommendations(d: RecommendData, ctx: PresentContext): Presentation {
  const margin = `${formatNumber(d.grossMargin * 100, 0)}%`;
  const scope = d.platform ?? d.channel;
  const on = scope ? ` on ${scope.label}` : "";
  const head = `Recommended actions${on} for ${formatPeriod(d.period)}, ranked by money at stake (gross margin ${margin}, so a dollar of spend breaks even at a marginal ROAS of ${formatNumber(d.breakEvenRoas, 2)}x):`;
  const lines = d.recommendations.map((r, i) => {
    const decided = r.decision ? ` [${r.decision.decision} by ${r.decision.decidedBy}]` : "";
    return `${i + 1}. ${r.detail} Confidence: ${r.confidence}.${decided}`;
  });
  // "which campaigns can we scale (and which to cut)": the growth half in words, even when empty (scale-and-cut.ts).
  const growth = growthLines(d, ctx.question ?? "");
  // The budget core models channels: a platform's answer says its channel's actions are channel-wide.
  const channelWide =
    d.platform && d.recommendations.some((r) => r.level !== "campaign")
      ? [
          `${d.platform.label} runs in ${joinList(d.platform.channels.map((c) => c.label))}: budget actions on a channel cover all of it, not only the ${d.platform.label} campaigns.`,
        ]
      : [];
  const text = lines.length
    ? [...growth, head, ...lines, ...channelWide].join("\n")
    : scope
      ? `No action on ${scope.label} with money at stake for ${formatPeriod(d.period)}: it and its campaigns are near the spend where the next dollar breaks even (gross margin ${margin}), and its tracking looks normal.`
      : `No action with money at stake for ${formatPeriod(d.period)}: every channel and campaign is near the spend where its next dollar breaks even (gross margin ${margin}), and tracking looks normal.`;
  return {
    text,
    data: {
      columns: [
        { key: "rank", label: "Rank" },
        { key: "action", label: "Action" },
        {
          key: "expectedProfitChange",
          label: "Expected gross profit change",
          unit: "currency",
          format: "currency",
        },
        { key: "moneyAtStake", label: "Money at stake", unit: "currency", format: "currency" },
        { key: "confidence", label: "Confidence" },
        { key: "id", label: "Id" },
      ],
      rows: d.recommendations.map((r) => ({
        rank: r.rank,
        action: r.title,
        expectedProfitChange: r.expectedProfitChange,
        moneyAtStake: r.moneyAtStake,
        confidence: r.confidence,
        id: r.id,
      })),
    },
    provenance: { tool: "recommend", currency: ctx.currency, grossMargin: d.grossMargin, ...d.provenance },
  };
}

/**
 * The planned changes (budget flights, holdout weeks, lasting budget changes) a scan's period and
 * filters cover, each with what it did to the scanned series. A diagnosis ("display spend fell off
 * a cliff in late june, was something broken?") needs them in the answer: the scan skips their
 * days as known-unusual, so without them a planned holdout reads as "no anomalies" and nothing more.
 */
import { type WindowEffect, windowEffect } from "../../core/anomaly/drivers.ts";
import type { DailyValue } from "../../core/anomaly/schemas.ts";
import { type MetricShape, shapeMetrics } from "../../db/analytics/shape.ts";
import type { PlannedChangeRow, PlannedChangeWindow } from "../../db/repositories/planned-changes.ts";
import type { Catalog } from "../../semantic/catalog/types.ts";

/** A planned change in the scanned period and segment. */
export interface PlannedChangeInScan {
  channel: string;
  /** The campaign of a campaign's change; null for a channel-wide one. */
  campaign: string | null;
  from: string;
  /** Last day; null for a lasting change. */
  to: string | null;
  expectedChangePercent: number | null;
  note: string;
  /** Its days against the days before it, per scanned additive metric (overall series). */
  effects: {
    metric: string;
    effect: WindowEffect;
    definition?: { label: string; unit: string; format?: string };
  }[];
}

/** The window fields a filter can name. */
const WINDOW_FIELDS = ["channel", "platform", "campaign"] as const;
type WindowField = (typeof WINDOW_FIELDS)[number];

/** The values an inclusion filter keeps, or undefined for a filter a window cannot be checked against. */
function keptValues(filter: unknown): { field: WindowField; values: string[] } | undefined {
  const f = (filter ?? {}) as { field?: string; op?: string; values?: unknown[]; value?: unknown };
  if (!(WINDOW_FIELDS as readonly string[]).includes(f.field ?? "")) return undefined;
  const field = f.field as WindowField;
  if (f.op === "in" && Array.isArray(f.values)) return { field, values: f.values.map(String) };
  if (f.op === "eq" && f.value !== null && f.value !== undefined) return { field, values: [String(f.value)] };
  return undefined;
}

/**
 * The planned changes overlapping `period` whose channel, platform or campaign the filters keep
 * (a channel-wide change is kept when any of its campaigns is), by start date. A lasting change
 * is in the period when it starts there.
 */
export function plannedChangesInScan(
  changes: readonly PlannedChangeRow[],
  windows: readonly PlannedChangeWindow[],
  period: { from: string; to: string },
  filters: readonly unknown[],
): PlannedChangeRow[] {
  const kept = filters.map(keptValues).filter((k) => k !== undefined);
  return changes.filter((c) => {
    const inPeriod =
      c.to === null
        ? c.from >= period.from && c.from <= period.to
        : c.from <= period.to && c.to >= period.from;
    if (!inPeriod) return false;
    const own = windows.filter(
      (w) =>
        w.channel === c.channel &&
        w.from === c.from &&
        w.to === c.to &&
        (c.campaign === null || w.campaign === c.campaign),
    );
    return kept.every((k) =>
      own.some((w) => {
        const v = w[k.field];
        return v !== null && k.values.includes(v);
      }),
    );
  });
}

/**
 * Each planned change with its effect on each scanned additive metric's overall series: its days
 * (clipped to the period) against the two weeks before it starts.
 */
export function withEffects(
  changes: readonly PlannedChangeRow[],
  series: readonly {
    metric: string;
    overall: readonly DailyValue[];
    definition?: { label: string; unit: string; format?: string };
  }[],
  period: { from: string; to: string },
): PlannedChangeInScan[] {
  return changes.map((c) => {
    const to = c.to === null || c.to > period.to ? period.to : c.to;
    const effects = series.flatMap((s) => {
      const effect = windowEffect(s.overall, c.from, to);
      return effect
        ? [{ metric: s.metric, effect, ...(s.definition ? { definition: s.definition } : {}) }]
        : [];
    });
    return {
      channel: c.channel,
      campaign: c.campaign,
      from: c.from,
      to: c.to,
      expectedChangePercent: c.expectedChangePercent,
      note: c.note,
      effects,
    };
  });
}

/** Tables that hold one channel's own data: a metric read only from them is that channel's alone. */
const CHANNEL_OF_TABLE: Readonly<Record<string, string>> = { email_daily: "email" };

/**
 * The channels the scanned metrics cover, or undefined when one of them is read across channels
 * (spend, sessions, orders: any channel's test can move them). An email rate is read from the
 * email table alone, so a display budget flight or a paid search holdout says nothing about it and
 * is not listed under its scan.
 * @example channelsScanned(standardCatalog, [metricShape(standardCatalog, "email_open_rate")]) // Set { "email" }
 */
export function channelsScanned(catalog: Catalog, shapes: readonly MetricShape[]): Set<string> | undefined {
  const channels = new Set<string>();
  for (const key of shapes.flatMap(shapeMetrics)) {
    const d = catalog.metrics.get(key)?.definition;
    const channel = d?.type === "aggregate" ? CHANNEL_OF_TABLE[d.table] : undefined;
    if (!channel) return undefined;
    channels.add(channel);
  }
  return shapes.length ? channels : undefined;
}

/** The planned changes on the channels scanned (all of them when `channels` is undefined). */
export function onChannelsScanned<T extends { channel: string }>(
  changes: readonly T[],
  channels: ReadonlySet<string> | undefined,
): T[] {
  return channels ? changes.filter((c) => channels.has(c.channel)) : [...changes];
}

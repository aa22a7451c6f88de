"use client";
import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { api } from "@/lib/api";
import { askHref } from "@/lib/ask";
import { formatCell } from "@/lib/format";
import { DataTable } from "./DataTable";
import { useShell } from "./Shell";
import { VegaChart } from "./VegaChart";

interface Kpi {
  key: string;
  label: string;
  unit: string;
  format: string;
  definition: string;
  current: number | null;
  previous: number | null;
  percentChange: number | null;
  assessment: "better" | "worse" | "unchanged" | null;
  question: string;
}
interface OverviewData {
  period: { from: string; to: string; timeZone: string; preset?: string };
  comparisonPeriod: { from: string; to: string };
  attributionModel: string;
  kpis: Kpi[];
  trend: { date: string; spend: number | null; revenue: number | null; orders: number | null }[];
  channels: {
    channel: string;
    label: string;
    spend: number;
    revenue: number;
    roas: number | null;
    orders: number;
    revenueChange: number;
  }[];
  anomalies: {
    metric: string;
    label: string;
    date: string;
    to: string;
    value: number;
    expected: number;
    direction: "up" | "down";
    kind: string;
  }[];
}

const PERIODS = [
  ["last_7_days", "Last 7 days"],
  ["last_30_days", "Last 30 days"],
  ["last_week", "Last week"],
  ["this_month", "This month"],
  ["last_month", "Last month"],
  ["last_quarter", "Last quarter"],
] as const;

function kpiValue(k: Kpi, currency: string): string {
  if (k.current === null) return "–";
  if (k.format === "multiplier") return `${k.current.toFixed(2)}×`;
  return formatCell(k.current, { unit: k.unit }, currency);
}

/**
 * The KPI overview of the signed-in organization (GET /api/v1/overview): headline numbers against
 * the previous period, the daily trend, the channel table and the period's anomalies. Every number
 * links to a chat question that explains it.
 */
export function Overview() {
  const { me } = useShell();
  const [period, setPeriod] = useState("last_30_days");
  const [data, setData] = useState<OverviewData>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    setData(undefined);
    setError(undefined);
    api<OverviewData>(`/api/v1/overview?period=${period}`).then(setData, (e: unknown) => setError(String(e)));
  }, [period]);
  const currency = me.organization.currency;
  const trendSpec = useMemo(
    () =>
      data
        ? {
            $schema: "https://vega.github.io/schema/vega-lite/v6.json",
            title: `Daily revenue and spend (${currency})`,
            data: { values: data.trend },
            transform: [{ fold: ["revenue", "spend"], as: ["series", "value"] }],
            mark: { type: "line", point: false, tooltip: true },
            encoding: {
              x: { field: "date", type: "temporal", title: null },
              y: { field: "value", type: "quantitative", title: currency },
              color: { field: "series", type: "nominal", title: null },
            },
            height: 220,
          }
        : undefined,
    [data, currency],
  );
  const periodLabel = PERIODS.find(([k]) => k === period)?.[1]?.toLowerCase() ?? period;
  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>Overview</h1>
          {data ? (
            <p className="muted small">
              {data.period.from} to {data.period.to} ({data.period.timeZone}) vs {data.comparisonPeriod.from}{" "}
              to {data.comparisonPeriod.to}; channels by {data.attributionModel} attribution
            </p>
          ) : null}
        </div>
        <label className="row">
          <span>Period</span>
          <select value={period} onChange={(e) => setPeriod(e.target.value)} style={{ width: "auto" }}>
            {PERIODS.map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {!data && !error ? <p className="muted">Loading…</p> : null}
      {data ? (
        <>
          <section className="kpis" aria-label="Headline KPIs">
            {data.kpis.map((k) => (
              <Link key={k.key} href={askHref(k.question)} className="kpi" title={k.definition}>
                <div className="label">{k.label}</div>
                <div className="value">{kpiValue(k, currency)}</div>
                <div
                  className={`small ${k.assessment === "better" ? "up" : k.assessment === "worse" ? "down" : "muted"}`}
                >
                  {k.percentChange === null
                    ? "no comparison"
                    : `${k.percentChange >= 0 ? "+" : ""}${(k.percentChange * 100).toFixed(1)}% vs previous`}
                </div>
              </Link>
            ))}
          </section>
          {trendSpec ? (
            <section className="panel">
              <VegaChart spec={trendSpec} label={`Daily revenue and spend, ${periodLabel}`} />
            </section>
          ) : null}
          <section className="panel" aria-labelledby="channels-h">
            <div className="row" style={{ justifyContent: "space-between" }}>
              <h2 id="channels-h">Channels</h2>
              <Link href={askHref(`revenue and ROAS by channel ${periodLabel}`)} className="small">
                Ask about channels
              </Link>
            </div>
            <DataTable
              title="channels"
              currency={currency}
              columns={[
                { key: "label", label: "Channel" },
                { key: "spend", label: "Spend", unit: "currency" },
                { key: "revenue", label: "Revenue", unit: "currency" },
                { key: "roas", label: "ROAS", unit: "ratio" },
                { key: "orders", label: "Orders", unit: "count" },
                { key: "revenueChange", label: "Revenue change", unit: "currency" },
              ]}
              rows={data.channels}
            />
          </section>
          <section className="panel" aria-labelledby="anomalies-h">
            <h2 id="anomalies-h">Anomalies</h2>
            {data.anomalies.length === 0 ? <p className="muted">No anomalies in this period.</p> : null}
            <ul className="list">
              {data.anomalies.map((a) => (
                <li key={`${a.metric}-${a.date}`}>
                  <Link
                    href={askHref(
                      `why did ${a.metric} ${a.direction === "up" ? "rise" : "drop"} on ${a.date}?`,
                    )}
                  >
                    {a.label} {a.direction === "up" ? "above" : "below"} normal on {a.date}
                    {a.to !== a.date ? ` to ${a.to}` : ""}
                  </Link>
                  <span className="muted small">
                    {" "}
                    {formatCell(a.value, {}, currency)} vs expected {formatCell(a.expected, {}, currency)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </div>
  );
}

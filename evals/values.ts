/**
 * Expected values: which figures of a tool result a case checks (chosen from the result's shape,
 * so no number is ever typed by hand), how to read them back from another result, and how to
 * compare them (relative tolerance 1e-6).
 */
import type { ExpectedValue, PathStep } from "./types.ts";

/** Relative tolerance for numeric values. */
export const RELATIVE_TOLERANCE = 1e-6;
/** Rows sampled per result (besides totals). */
const SAMPLE_ROWS = 3;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (v === null || v === undefined ? "" : String(v));
const scalar = (v: unknown): ExpectedValue["value"] =>
  typeof v === "number" || typeof v === "string" || typeof v === "boolean" ? v : null;

/**
 * Follow a path through JSON: a property, an array index, or `{field: value}` for the first array
 * element whose fields equal those values as strings. `found` is false when a step is missing.
 * @example readPath({ rows: [{ channel: "email", spend: 5 }] }, ["rows", { channel: "email" }, "spend"]) // { found: true, value: 5 }
 */
export function readPath(data: unknown, path: readonly PathStep[]): { found: boolean; value: unknown } {
  let cur: unknown = data;
  for (const step of path) {
    if (typeof step === "number") {
      if (!Array.isArray(cur) || step >= cur.length) return { found: false, value: undefined };
      cur = cur[step];
    } else if (typeof step === "string") {
      if (Array.isArray(cur) && step === "length") cur = cur.length;
      else if (isObj(cur) && step in cur) cur = cur[step];
      else return { found: false, value: undefined };
    } else {
      const match = list(cur).find(
        (el) => isObj(el) && Object.entries(step).every(([k, v]) => str(el[k]) === v),
      );
      if (match === undefined) return { found: false, value: undefined };
      cur = match;
    }
  }
  return { found: true, value: cur };
}

/**
 * Equal within the relative tolerance (numbers; numeric strings count as numbers), otherwise
 * strictly equal; a missing actual value equals an expected null.
 * @example valuesMatch(100, 100.00001) // true
 */
export function valuesMatch(expected: unknown, actual: unknown, rtol = RELATIVE_TOLERANCE): boolean {
  if (expected === null) return actual === null || actual === undefined;
  const e = typeof expected === "string" && /^-?\d+(\.\d+)?$/.test(expected) ? Number(expected) : expected;
  const a = typeof actual === "string" && /^-?\d+(\.\d+)?$/.test(actual) ? Number(actual) : actual;
  if (typeof e === "number" && typeof a === "number") {
    if (!Number.isFinite(e) || !Number.isFinite(a)) return e === a;
    return Math.abs(a - e) <= rtol * Math.max(Math.abs(a), Math.abs(e)) + 1e-12;
  }
  return e === a;
}

const at = (data: unknown, path: PathStep[]): ExpectedValue[] => {
  const r = readPath(data, path);
  return r.found ? [{ path, value: scalar(r.value) }] : [];
};

/** Identity of a row by its dimension fields, as strings. */
function rowKey(row: unknown, dims: readonly string[]): Record<string, string> {
  const r = isObj(row) ? row : {};
  return Object.fromEntries(dims.map((d) => [d, str(r[d])]));
}

function queryValues(data: Obj, args: Obj): ExpectedValue[] {
  const dims = list(data.columns)
    .filter((c) => isObj(c) && c.kind === "dimension" && c.key !== "campaign_name")
    .map((c) => String((c as Obj).key));
  const metrics = list(data.columns)
    .filter((c) => isObj(c) && c.kind === "metric")
    .map((c) => String((c as Obj).key));
  const out = metrics.flatMap((m) => at(data, ["totals", m]));
  if (dims.length > 0) {
    out.push(...at(data, ["rows", "length"]));
    for (const row of list(data.rows).slice(0, SAMPLE_ROWS))
      for (const m of metrics) out.push(...at(data, ["rows", rowKey(row, dims), m]));
    if (args.limit !== undefined || args.orderBy !== undefined) out.push(...at(data, ["rows", 0, dims[0]!]));
  }
  if (isObj(data.comparison))
    for (const m of metrics) out.push(...at(data, ["comparison", "totals", m, "previous"]));
  return out;
}

function compareValues(data: Obj, args: Obj): ExpectedValue[] {
  const out: ExpectedValue[] = [];
  for (const t of list(data.totals)) {
    const metric = str(isObj(t) ? t.metric : "");
    for (const f of ["current", "previous", "percentChange"])
      out.push(...at(data, ["totals", { metric }, f]));
  }
  const dims = list(args.dimensions).map(str);
  if (dims.length > 0) {
    const metrics = list(args.metrics).map(str);
    for (const row of list(data.rows).slice(0, SAMPLE_ROWS))
      for (const m of metrics)
        for (const f of ["current", "previous"]) out.push(...at(data, ["rows", rowKey(row, dims), m, f]));
  }
  return out;
}

function attributionValues(data: Obj): ExpectedValue[] {
  return list(data.models).flatMap((m) => {
    const model = str(isObj(m) ? m.model : "");
    const rows = list(isObj(m) ? m.rows : []).slice(0, SAMPLE_ROWS);
    return [
      ...at(data, ["models", { model }, "total"]),
      ...rows.flatMap((r) =>
        at(data, ["models", { model }, "rows", { key: str(isObj(r) ? r.key : "") }, "credit"]),
      ),
    ];
  });
}

function explainValues(data: Obj): ExpectedValue[] {
  const changes = list(data.byDimension).flatMap((d) => {
    const dimension = str(isObj(d) ? d.dimension : "");
    const base: PathStep[] = ["byDimension", { dimension }];
    return [
      ...["base", "current", "change"].flatMap((f) => at(data, [...base, f])),
      ...at(data, [...base, "contributions", 0, "member"]),
      ...at(data, [...base, "contributions", 0, "contribution"]),
    ];
  });
  // fix7d: when a ratio broke (its window and size), when the tool found one.
  return [
    ...changes,
    ...at(data, ["breakWindow", "from"]),
    ...at(data, ["breakWindow", "to"]),
    ...at(data, ["breakWindow", "relativeChange"]),
  ];
}

function anomalyValues(data: Obj): ExpectedValue[] {
  return [
    ...at(data, ["flaggedDays"]),
    ...list(data.metrics).flatMap((m) =>
      at(data, ["metrics", { metric: str(isObj(m) ? m.metric : "") }, "series", "length"]),
    ),
    // Days tracking broke under the scanned site metrics (present only when some did).
    ...at(data, ["trackingGaps", "length"]),
  ];
}

function budgetValues(data: Obj): ExpectedValue[] {
  const channels = list(isObj(data.report) ? data.report.channels : []).slice(0, SAMPLE_ROWS);
  return [
    ...at(data, ["totalBudget"]),
    ...at(data, ["report", "recommendedTotal"]),
    ...at(data, ["report", "totals", "expectedRevenue"]),
    ...channels.flatMap((c) =>
      at(data, ["report", "channels", { channel: str(isObj(c) ? c.channel : "") }, "recommendedSpend"]),
    ),
  ];
}

function journeyValues(data: Obj): ExpectedValue[] {
  const paths = list(data.topPaths).slice(0, SAMPLE_ROWS);
  const assists = list(data.assists).slice(0, SAMPLE_ROWS);
  return [
    ...at(data, ["orders"]),
    ...at(data, ["revenue"]),
    ...paths.flatMap((p) => at(data, ["topPaths", { path: str(isObj(p) ? p.path : "") }, "orders"])),
    ...at(data, ["pathLength", "averageTouches"]),
    ...at(data, ["pathLength", "singleTouchShare"]),
    ...at(data, ["timeToConvert", "overall", "medianDays"]),
    ...at(data, ["timeToConvert", "overall", "p90Days"]),
    ...assists.flatMap((a) =>
      at(data, ["assists", { channel: str(isObj(a) ? a.channel : "") }, "assistedConversions"]),
    ),
    ...at(data, ["customer", "orders", "length"]),
    // fix7d: the share of converting paths with the first and/or last channel asked about.
    ...at(data, ["firstLast", "pathShare", "orders"]),
    ...at(data, ["firstLast", "pathShare", "share"]),
    // fix6c: the first touches asked about, side by side.
    ...list(isObj(data.timeToConvert) ? data.timeToConvert.byFirstTouch : undefined).flatMap((g) =>
      at(data, [
        "timeToConvert",
        "byFirstTouch",
        { key: str(isObj(g) ? g.key : "") },
        "summary",
        "medianDays",
      ]),
    ),
  ];
}

function overviewValues(data: Obj): ExpectedValue[] {
  return ["spend", "revenue", "mer", "paid_roas", "orders", "cac"].flatMap((key) => [
    ...at(data, ["kpis", { key }, "current"]),
    ...at(data, ["kpis", { key }, "previous"]),
  ]);
}

function briefValues(data: Obj): ExpectedValue[] {
  const kpi = (key: string) => at(data, ["sections", "kpis", "rows", { key }, "current"]);
  return [
    ...kpi("mer"),
    ...kpi("paid_roas"),
    ...kpi("spend"),
    ...kpi("revenue"),
    ...kpi("orders"),
    ...kpi("cac"),
    ...at(data, ["sections", "movers", "change"]),
    ...at(data, ["sections", "budget", "totalBudget"]),
    ...at(data, ["sections", "insights", "length"]),
  ];
}

function recommendValues(data: Obj): ExpectedValue[] {
  return [
    ...at(data, ["grossMargin"]),
    ...at(data, ["recommendations", 0, "id"]),
    ...at(data, ["recommendations", 0, "moneyAtStake"]),
    ...at(data, ["recommendations", "length"]),
  ];
}

function funnelValues(data: Obj): ExpectedValue[] {
  const steps = list(isObj(data.funnel) ? data.funnel.steps : []);
  const channels = list(data.byChannel).slice(0, SAMPLE_ROWS);
  return [
    ...steps.flatMap((s) => at(data, ["funnel", "steps", { step: str(isObj(s) ? s.step : "") }, "count"])),
    ...at(data, ["funnel", "biggestDrop", "to"]),
    ...at(data, ["funnel", "biggestDrop", "dropRate"]),
    ...at(data, ["funnel", "cartAbandonmentRate"]),
    ...at(data, ["funnel", "checkoutAbandonmentRate"]),
    ...channels.flatMap((c) => {
      const key = { channel: str(isObj(c) ? c.channel : "") };
      return [
        ...at(data, ["byChannel", key, "counts", "addToCarts"]),
        ...at(data, ["byChannel", key, "counts", "orders"]),
      ];
    }),
  ];
}

function cohortValues(data: Obj): ExpectedValue[] {
  const rows = list(data.rows).slice(0, SAMPLE_ROWS);
  const days = str(data.ltvDays);
  return [
    ...at(data, ["total", "customers"]),
    ...at(data, ["total", "repeatRate"]),
    ...at(data, ["total", "horizons", { days }, "revenuePerCustomer"]),
    ...rows.flatMap((r) => {
      const cohort = { cohort: str(isObj(r) ? r.cohort : "") };
      return [
        ...at(data, ["rows", cohort, "customers"]),
        ...at(data, ["rows", cohort, "horizons", { days }, "revenuePerCustomer"]),
      ];
    }),
    ...list(data.ltvToCac)
      .slice(0, SAMPLE_ROWS)
      .flatMap((r) => at(data, ["ltvToCac", { channel: str(isObj(r) ? r.channel : "") }, "ltvToCac"])),
    // fix6c: order frequency (show "frequency"): the counts the answer leads with.
    ...(["customers", "atLeast", "oneTime", "atLeastRevenue"] as const).flatMap((k) =>
      at(data, ["frequency", k]),
    ),
  ];
}

/** fix6a: the campaign list's count and budgets, or pacing's totals and a few campaigns' budgets. */
function campaignsValues(data: Obj): ExpectedValue[] {
  const campaigns = list(data.campaigns).slice(0, SAMPLE_ROWS);
  const pacing = list(isObj(data.pacing) ? data.pacing.campaigns : []).slice(0, SAMPLE_ROWS);
  return [
    ...at(data, ["counts", "total"]),
    ...campaigns.flatMap((c) => at(data, ["campaigns", { id: str(isObj(c) ? c.id : "") }, "dailyBudget"])),
    ...at(data, ["totals", "spend"]),
    ...at(data, ["totals", "budget"]),
    ...at(data, ["totals", "campaignsOverOnSomeDay"]),
    ...at(data, ["change", "changeDate"]),
    ...at(data, ["change", "before", "spend"]),
    ...at(data, ["change", "after", "revenue"]),
    ...at(data, ["change", "marginalRoas"]),
    // fix7b: a holdout's week against comparable weeks.
    ...at(data, ["holdouts", 0, "revenue", "holdout"]),
    ...at(data, ["holdouts", 0, "revenue", "average"]),
    ...at(data, ["holdouts", 0, "orders", "holdout"]),
    ...pacing.flatMap((c) => {
      const key = { id: str(isObj(c) ? c.id : "") };
      return [
        ...at(data, ["pacing", "campaigns", key, "budget"]),
        ...at(data, ["pacing", "campaigns", key, "daysOverBudget"]),
      ];
    }),
  ];
}

/**
 * The figures a case checks in one tool's successful result, chosen from the result's shape:
 * totals, a few rows keyed by their dimension values, the first row of a ranking, model credits,
 * change contributions, flagged-day counts, budget totals, a definition's key and unit.
 */
export function selectValues(tool: string, data: unknown, args: Record<string, unknown>): ExpectedValue[] {
  if (!isObj(data)) return [];
  switch (tool) {
    case "query_metrics":
      return queryValues(data, args);
    case "compare_periods":
      return compareValues(data, args);
    case "attribution":
      return attributionValues(data);
    case "explain_change":
      return explainValues(data);
    case "detect_anomalies":
      return anomalyValues(data);
    case "recommend_budget":
      return budgetValues(data);
    case "journeys":
      return journeyValues(data);
    case "overview":
      return overviewValues(data);
    case "brief":
      return briefValues(data);
    case "recommend":
      return recommendValues(data);
    case "funnel":
      return funnelValues(data);
    case "cohorts":
      return cohortValues(data);
    case "campaigns":
      return campaignsValues(data);
    case "describe_metric":
      return [...at(data, ["key"]), ...at(data, ["unit"])];
    case "list_dimension_values":
      return [...at(data, ["dimension"]), ...at(data, ["values", "length"])];
    default:
      return [];
  }
}

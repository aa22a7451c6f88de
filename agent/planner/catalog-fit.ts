/**
 * A frame checked against what the catalog can compute before it becomes a query: a metric asked
 * by a breakdown or with a filter it does not support ("sessions from instagram": site sessions
 * carry no ad platform) would come back from the metric layer as a validation error, which must
 * never be the answer. What does not fit is left out with a sentence that says so; when nothing
 * asked fits, the nearest measures that do are answered instead (said in words), and when none
 * exists the answer says plainly what cannot be combined and what can.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { oneLevelChanges } from "./budget-mixed.ts";
import type { Frame, Plan } from "./types.ts";

/** Intents answered by query_metrics or compare_periods over the frame's metrics, breakdowns and filters. */
const QUERY_INTENTS: ReadonlySet<string> = new Set(["query", "trend", "rank", "compare"]);

/**
 * The nearest measures to a metric that cannot be split the way the question asks, in order of
 * closeness: customer counts are kept per date only, so new customers, orders and order value stand
 * in for them per channel or campaign; site sessions carry no ad platform, so ad clicks are the
 * nearest traffic measure per platform.
 */
const NEAREST: Readonly<Record<string, readonly string[]>> = {
  customers: ["new_customers", "orders", "average_order_value"],
  revenue_per_customer: ["average_order_value", "revenue"],
  sessions: ["clicks"],
  users: ["clicks"],
  engaged_sessions: ["clicks"],
  cost_per_session: ["cpc"],
  conversion_rate: ["platform_conversion_rate"],
  revenue_per_session: ["roas"],
  mer: ["roas"],
};

/**
 * Site visits are counted per channel, not per source. Within one channel ("which referral sites
 * send the most traffic") the channel's total answers nothing, so the nearest measures by source
 * are what those visits became (orders and revenue, by the last touch's source).
 */
const TRAFFIC = new Set(["sessions", "users", "engaged_sessions", "email_sends"]);
const BY_SOURCE = new Set(["source", "source_medium"]);
function nearestOf(frame: Frame, metric: string, badFields: readonly string[]): readonly string[] {
  const withinChannel = frame.filters.some((f) => f.field === "channel" && f.op === "in");
  return withinChannel &&
    TRAFFIC.has(metric) &&
    badFields.length > 0 &&
    badFields.every((f) => BY_SOURCE.has(f))
    ? ["orders", "revenue"]
    : (NEAREST[metric] ?? []);
}

/** A breakdown a metric may lack, and the coarser one that holds it. */
const COARSER: Readonly<Record<string, string>> = { source_medium: "channel", source: "channel" };

/** What a named email send (or a breakdown by email) can be measured on. */
const EMAIL_MEASURES = ["email_sends", "email_opens", "email_clicks", "email_open_rate", "email_click_rate"];

/** The fields a frame splits or filters by (dates always fit). */
function fieldsOf(frame: Frame): string[] {
  const dims = frame.intent === "compare" ? frame.dimensions.filter((d) => d !== "date") : frame.dimensions;
  return [...new Set([...dims, ...frame.filters.map((f) => f.field)])].filter((d) => d !== "date");
}

/** The fields of `fields` a metric cannot be split or filtered by. */
function misfits(catalog: Catalog, metric: string, fields: readonly string[]): string[] {
  const m = catalog.metrics.get(metric);
  if (!m) return [];
  const supported = new Set(m.supportedDimensions ?? []);
  return fields.filter((f) => !supported.has(f));
}

/** A metric's label inside a sentence: "sessions", but "ROAS" and "CAC" stay as written. */
function metricName(catalog: Catalog, key: string): string {
  const label = catalog.metrics.get(key)?.label ?? key.replace(/_/g, " ");
  return /^[A-Z]{2}/.test(label) ? label : label.replace(/^\w/, (c) => c.toLowerCase());
}
const fieldName = (catalog: Catalog, key: string) =>
  (catalog.dimensions.get(key)?.label ?? key.replace(/_/g, " ")).toLowerCase();

/** "a, b and c". */
function listed(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/** "by campaign" or "for one platform": how a field is used in the frame. */
function usage(catalog: Catalog, frame: Frame, field: string): string {
  const filtered = frame.filters.some((f) => f.field === field);
  const split = frame.dimensions.includes(field);
  const name = fieldName(catalog, field);
  return filtered && !split ? `for a single ${name}` : `by ${name}`;
}

/** Why a metric is left out, in a marketer's words. */
function cannotSplit(
  catalog: Catalog,
  frame: Frame,
  metrics: readonly string[],
  fields: readonly string[],
): string {
  const names = listed(metrics.map((m) => metricName(catalog, m)));
  const how = listed(fields.map((f) => usage(catalog, frame, f)));
  return `Your data can't give ${names} ${how}`;
}

/** The frame without an "email" channel filter (implied by a named send). */
function withoutEmailChannel(frame: Frame): Frame {
  const filters = frame.filters.filter(
    (f) => !(f.field === "channel" && f.values.length > 0 && f.values.every((v) => v === "email")),
  );
  return { ...frame, filters };
}

/** A frame with the metric list replaced, its ranking moved to the first metric kept. */
function withMetrics(frame: Frame, metrics: string[]): Frame {
  const order =
    frame.order && !metrics.includes(frame.order.field) && frame.metrics.includes(frame.order.field)
      ? { ...frame.order, field: metrics[0] ?? frame.order.field }
      : frame.order;
  return { ...frame, metrics, order };
}

/**
 * fix15b: "now only new customers" after orders and CPA: ad spend has no customer type, so CPA
 * cannot be filtered to new customers, but its new-customer form exists unfiltered: customer
 * acquisition cost (ad spend over new customers), beside new customers (first orders). When every
 * metric has such a form, they stand in for the filter (each said in words), not CPA left out.
 */
const NEW_CUSTOMER_FORM: Readonly<Record<string, string>> = {
  orders: "new_customers",
  new_customers: "new_customers",
  cpa: "cac",
  paid_cpa: "cac",
  cac: "cac",
};

function newCustomerForms(frame: Frame, catalog: Catalog): Fitted | undefined {
  const type = frame.filters.filter((f) => f.field === "customer_type");
  const only = type.length === 1 && type[0]!.op === "in" && type[0]!.values.length === 1;
  if (!only || String(type[0]!.values[0]) !== "new") return undefined;
  if (!frame.metrics.length || !frame.metrics.every((m) => NEW_CUSTOMER_FORM[m])) return undefined;
  const fields = fieldsOf(frame);
  if (frame.metrics.every((m) => !misfits(catalog, m, fields).length)) return undefined;
  const metrics = [...new Set(frame.metrics.map((m) => NEW_CUSTOMER_FORM[m]!))];
  const filters = frame.filters.filter((f) => f.field !== "customer_type");
  const rest = fieldsOf({ ...frame, filters });
  if (metrics.some((m) => !catalog.metrics.has(m) || misfits(catalog, m, rest).length)) return undefined;
  const note = `New customers only: ${listed(metrics.map((m) => metricName(catalog, m)))} (ad spend has no customer type, so the cost of a new customer is all ad spend over new customers).`;
  return { frame: withMetrics({ ...frame, filters }, metrics), notes: [note] };
}

/** What a frame becomes once checked against the catalog. */
export type Fitted = { frame: Frame; notes: string[] } | { plan: Plan };

/**
 * Check a frame's metrics against its breakdowns and filters.
 * @example fitFrame({ ...frame, metrics: ["revenue", "sessions"], filters: [platform meta_ads] }, catalog)
 * // { frame: { metrics: ["revenue"] ... }, notes: ["Your data can't give Sessions for a single platform ..."] }
 */
export function fitFrame(frame: Frame, catalog: Catalog): Fitted {
  if (frame.intent === "budget") return oneLevelChanges(frame);
  if (!QUERY_INTENTS.has(frame.intent) || !frame.metrics.length) return { frame, notes: [] };
  const fields = fieldsOf(frame);
  if (!fields.length) return { frame, notes: [] };
  const newForms = newCustomerForms(frame, catalog);
  if (newForms) return newForms;
  const fits = (m: string) => catalog.metrics.has(m) && misfits(catalog, m, fields).length === 0;
  const kept = frame.metrics.filter((m) => fits(m) || !catalog.metrics.has(m));
  const dropped = frame.metrics.filter((m) => !kept.includes(m));
  if (!dropped.length) return { frame, notes: [] };
  const badFields = [...new Set(dropped.flatMap((m) => misfits(catalog, m, fields)))];
  const why = cannotSplit(catalog, frame, dropped, badFields);
  if (kept.length) {
    // fix6a: "cvr and cpa for one campaign": the nearest measure that fits stands in, said in words.
    const stand = [...new Set(dropped.flatMap((m) => NEAREST[m] ?? []))].filter(
      (m) => fits(m) && !kept.includes(m),
    );
    if (stand.length)
      return {
        frame: withMetrics(frame, [...kept, ...stand]),
        notes: [
          `${why}; the nearest measure it has is ${listed(stand.map((m) => metricName(catalog, m)))}, given instead.`,
        ],
      };
    return { frame: withMetrics(frame, kept), notes: [`${why}, so I left them out.`] };
  }

  // Nothing asked fits: the nearest measures that do, said in words.
  const emailField = badFields.includes("email_campaign");
  // A send's measures carry no channel: the "email" channel filter is implied by the send.
  const base = emailField ? withoutEmailChannel(frame) : frame;
  const fitsBase = (m: string) => catalog.metrics.has(m) && misfits(catalog, m, fieldsOf(base)).length === 0;
  const nearest = (
    emailField ? EMAIL_MEASURES : dropped.flatMap((m) => nearestOf(frame, m, badFields))
  ).filter(fitsBase);
  const stand = [...new Set(nearest)];
  if (stand.length) {
    const names = listed(stand.map((m) => metricName(catalog, m)));
    const reason = emailField
      ? "; email sends are measured on sends, opens and clicks"
      : "; the nearest measures it has are below";
    return {
      frame: withMetrics(base, stand),
      notes: [`${why}${reason}: ${names}.`],
    };
  }

  // A breakdown that does not fit can be left out (the total still answers); a filter cannot.
  const badFilter = badFields.some((f) => frame.filters.some((x) => x.field === f));
  if (!badFilter) {
    // "sessions by source": site analytics keep the channel a visit came from, not its source / medium.
    const coarse = badFields.map((f) => COARSER[f]);
    if (coarse.every((c): c is string => !!c && dropped.every((m) => !misfits(catalog, m, [c]).length))) {
      const dimensions = [...new Set(frame.dimensions.map((d) => COARSER[d] ?? d))];
      const by = listed([...new Set(coarse)].map((d) => fieldName(catalog, d)));
      return { frame: { ...frame, dimensions }, notes: [`${why}, so this is by ${by}.`] };
    }
    const dimensions = frame.dimensions.filter((d) => !badFields.includes(d));
    return {
      frame: { ...frame, dimensions, order: dimensions.length ? frame.order : undefined },
      notes: [`${why}, so this is the total.`],
    };
  }
  const supported = [
    ...new Set(dropped.flatMap((m) => catalog.metrics.get(m)?.supportedDimensions ?? [])),
  ].filter((d) => d !== "date");
  // Measures that can be given the way the question asks, in catalog order (spend, clicks, ...).
  const others = [...catalog.metrics.values()]
    .filter((m) => badFields.every((f) => (m.supportedDimensions ?? []).includes(f)))
    .slice(0, 3)
    .map((m) => metricName(catalog, m.key));
  const instead = others.length
    ? `, or ${listed(others)} ${listed(badFields.map((f) => usage(catalog, frame, f)))}`
    : "";
  const offer = supported.length
    ? ` I can show ${listed(dropped.map((m) => metricName(catalog, m)))} overall or by ${listed(supported.map((d) => fieldName(catalog, d)))}${instead}.`
    : "";
  return { plan: { kind: "decline", message: `${why}: that combination isn't in the data.${offer}` } };
}

/** Standard email and attribution-model metrics. */
import type { MetricInput } from "./types.ts";

const formula = (f: string) => ({ type: "formula" as const, formula: f });
const emailSum = (column: string) => ({
  type: "aggregate" as const,
  table: "email_daily" as const,
  aggregation: "sum" as const,
  column,
});

/** Email program volume and engagement rates (rates are ratios of sums over sends/opens). */
export const EMAIL_METRICS: readonly MetricInput[] = [
  {
    key: "email_sends",
    label: "Email sends",
    description: "Emails sent.",
    synonyms: ["emails sent", "sends", "email volume", "delivered emails", "mails sent"],
    unit: "count",
    format: "integer",
    definition: emailSum("sends"),
  },
  {
    key: "email_opens",
    label: "Email opens",
    description: "Emails opened.",
    synonyms: ["opens", "emails opened", "email views"],
    unit: "count",
    format: "integer",
    definition: emailSum("opens"),
  },
  {
    key: "email_clicks",
    label: "Email clicks",
    description: "Clicks on links in emails.",
    synonyms: ["email link clicks", "newsletter clicks", "clicks in emails"],
    unit: "count",
    format: "integer",
    definition: emailSum("clicks"),
  },
  {
    key: "email_unsubscribes",
    label: "Email unsubscribes",
    description: "Recipients who unsubscribed.",
    synonyms: ["unsubscribes", "unsubs", "opt outs", "opt-outs", "unsubscribed"],
    unit: "count",
    format: "integer",
    definition: emailSum("unsubscribes"),
    higherIsBetter: false,
  },
  {
    key: "email_open_rate",
    label: "Email open rate",
    description: "Email opens divided by sends.",
    synonyms: ["open rate", "OR", "email OR", "opens rate", "percent opened"],
    unit: "percent",
    format: "percent",
    definition: formula("email_opens / email_sends"),
  },
  {
    key: "email_click_rate",
    label: "Email click rate",
    description: "Email clicks divided by sends.",
    synonyms: ["email ctr", "email click through rate", "newsletter ctr", "email click-through rate"],
    unit: "percent",
    format: "percent",
    definition: formula("email_clicks / email_sends"),
  },
  {
    key: "email_click_to_open_rate",
    label: "Email click-to-open rate",
    description: "Email clicks divided by email opens.",
    synonyms: ["CTOR", "click to open rate", "click-to-open", "clicks per open"],
    unit: "percent",
    format: "percent",
    definition: formula("email_clicks / email_opens"),
  },
  {
    key: "email_unsubscribe_rate",
    label: "Email unsubscribe rate",
    description: "Unsubscribes divided by sends.",
    synonyms: ["unsubscribe rate", "unsub rate", "opt out rate", "churn from emails"],
    unit: "percent",
    format: "percent",
    definition: formula("email_unsubscribes / email_sends"),
    higherIsBetter: false,
  },
  {
    key: "email_revenue",
    label: "Revenue credited to Email",
    description:
      "Revenue the attribution model credits to the Email channel (the organization's default model unless the query names one). Orders are credited to the channel as a whole: the email data has no order link per email campaign.",
    // No synonyms: "email revenue" stays revenue filtered to the Email channel (one reading for
    // breakdowns and comparisons); this metric serves revenue per send and the email ROI answer.
    synonyms: [],
    unit: "currency",
    format: "currency",
    definition: {
      type: "aggregate",
      table: "attribution_results",
      aggregation: "sum",
      column: "revenue",
      where: { column: "channel", equals: "email" },
    },
  },
  {
    key: "email_revenue_per_send",
    label: "Email revenue per send",
    description:
      "Email revenue divided by emails sent: what the program returns per email when no email cost is recorded (ROI needs a cost).",
    synonyms: ["revenue per email", "revenue per send", "rps", "revenue per email sent"],
    unit: "currency",
    format: "currency",
    definition: formula("email_revenue / email_sends"),
  },
];

/** Metrics that always use an attribution model (the query's, else the organization's default). */
export const ATTRIBUTED_METRICS: readonly MetricInput[] = [
  {
    key: "attributed_revenue",
    label: "Attributed revenue",
    description: "Order revenue credited to channels and campaigns by an attribution model.",
    synonyms: [
      "attributed sales",
      "model revenue",
      "credited revenue",
      "revenue credit",
      "attribution revenue",
    ],
    unit: "currency",
    format: "currency",
    definition: { type: "aggregate", table: "attribution_results", aggregation: "sum", column: "revenue" },
  },
  {
    key: "attributed_conversions",
    label: "Attributed conversions",
    description: "Orders credited to channels and campaigns by an attribution model (fractional credit).",
    synonyms: ["attributed orders", "credited conversions", "conversion credit", "attribution conversions"],
    unit: "count",
    format: "decimal",
    definition: { type: "aggregate", table: "attribution_results", aggregation: "sum", column: "credit" },
  },
  {
    key: "attributed_roas",
    label: "Attributed ROAS",
    description: "Attributed revenue divided by ad spend.",
    synonyms: ["attributed return on ad spend", "model roas", "attribution roas", "credited roas"],
    unit: "ratio",
    format: "multiplier",
    definition: formula("attributed_revenue / spend"),
  },
  {
    key: "attributed_cpa",
    label: "Attributed CPA",
    description: "Ad spend divided by attributed conversions.",
    synonyms: ["attributed cost per acquisition", "model cpa", "attributed cost per conversion"],
    unit: "currency",
    format: "currency",
    definition: formula("spend / attributed_conversions"),
    higherIsBetter: false,
  },
  {
    key: "attributed_average_order_value",
    label: "Attributed average order value",
    description: "Attributed revenue divided by attributed conversions.",
    synonyms: ["attributed aov", "model aov"],
    unit: "currency",
    format: "currency",
    definition: formula("attributed_revenue / attributed_conversions"),
  },
];

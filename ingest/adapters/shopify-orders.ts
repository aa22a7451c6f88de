/**
 * Shopify orders export (Orders > Export > CSV for Excel, numbers, or plain CSV). One row per line
 * item: the order's own fields ("Financial Status", "Currency", "Total", "Refunded Amount",
 * "Created at", ...) are filled on its first row only, later rows repeat "Name" and "Email" and
 * carry the next line item; such rows are skipped here. "Created at" is the shop's local time with
 * its UTC offset ("2026-03-01 10:15:22 -0500"). Columns as in Shopify's export: "Name", "Email",
 * "Financial Status", "Paid at", "Currency", "Subtotal", "Shipping", "Taxes", "Total",
 * "Discount Code", "Discount Amount", "Created at", "Lineitem quantity", "Lineitem name",
 * "Lineitem price", "Cancelled at", "Refunded Amount", "Id", "Source".
 *
 * An order counts when it is paid (paid, partially_paid, partially_refunded) and not cancelled;
 * its revenue is Total minus Refunded Amount. The order id is Shopify's numeric "Id" (the same id a
 * storefront tracking pixel reports, so one order from both sources is one conversion), or "Name"
 * when the export lacks the column. The buyer is their e-mail, lower-cased.
 */
import { column, currency, num, text, timestamp } from "./read-cell.ts";
import type { PlatformAdapter } from "./types.ts";

const COUNTED = new Set(["paid", "partially_paid", "partially_refunded"]);

export const shopifyOrders: PlatformAdapter = {
  kind: "shopify_orders",
  label: "Shopify orders export (CSV)",
  isHeader: (h) =>
    h.includes("name") && h.includes("financial status") && h.includes("total") && h.includes("created at"),
  requiredColumns: () => ["name", "financial status", "total", "created at"],
  toFacts(row, format, h) {
    if ((row.total ?? "").trim() === "" && (row["financial status"] ?? "").trim() === "") return null; // line-item row
    const status = text(row, "financial status").toLowerCase();
    if (!COUNTED.has(status)) return null;
    if (column(h, "cancelled at") && (row["cancelled at"] ?? "").trim() !== "") return null;
    const revenue =
      num(row, "total", format.decimal) - num(row, column(h, "refunded amount"), format.decimal);
    const email = column(h, "email") ? text(row, "email", false).toLowerCase() : "";
    return [
      {
        type: "order",
        orderId: column(h, "id") && (row.id ?? "").trim() !== "" ? text(row, "id") : text(row, "name"),
        customerKey: email === "" ? null : email,
        ts: timestamp(row, "created at"),
        date: (row["created at"] ?? "").trim().slice(0, 10),
        revenue,
        currency: currency(row, column(h, "currency")),
      },
    ];
  },
};

/**
 * Klaviyo campaign export (Campaigns > Export Analytics, CSV; help.klaviyo.com "Review Campaign
 * Analytics"). One row per sent campaign with "Campaign Name", "Send Time" (account time zone,
 * "2026-03-02 09:00:00"), "Total Recipients", "Unique Opens", "Open Rate" ("45.20%"), "Unique
 * Clicks", "Unsubscribes", "Campaign ID" and "Campaign Channel" (Email or SMS; SMS sends are not
 * e-mail and are skipped). Sends are the recipients, opens and clicks the unique ones (each person
 * once), as the email_daily table counts them.
 */

import { datePart } from "./cells.ts";
import { column, count, text } from "./read-cell.ts";
import { type PlatformAdapter, RowError } from "./types.ts";

export const klaviyoCampaigns: PlatformAdapter = {
  kind: "klaviyo_campaigns",
  label: "Klaviyo campaign export (CSV)",
  isHeader: (h) =>
    h.includes("campaign name") &&
    h.includes("send time") &&
    (h.includes("total recipients") || h.includes("recipients")),
  requiredColumns: () => ["campaign name", "send time"],
  toFacts(row, format, h) {
    const channelCol = column(h, "campaign channel", "send channel");
    if (channelCol && !/^e-?mail$/i.test((row[channelCol] ?? "").trim())) return null;
    const date = datePart(row["send time"]);
    if (!date) throw new RowError("send time", "a time such as 2026-03-02 09:00:00", row["send time"]);
    return [
      {
        type: "email",
        date,
        campaign: text(row, "campaign name"),
        sends: count(row, column(h, "total recipients", "recipients"), format.decimal),
        opens: count(row, column(h, "unique opens", "opens unique"), format.decimal),
        clicks: count(row, column(h, "unique clicks", "clicks unique"), format.decimal),
        unsubscribes: count(row, column(h, "unsubscribes", "unique unsubscribes"), format.decimal),
      },
    ];
  },
};

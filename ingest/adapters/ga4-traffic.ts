/**
 * GA4 Traffic acquisition report by "Session source / medium", with "Date" as a second dimension,
 * downloaded as CSV (Share this report > Download file). The download starts with "#" comment lines
 * (report name, account, property, "Start date: 20260301", "End date: ...") before the header;
 * dates are written YYYYMMDD; metrics as GA4 names them ("Users" or "Total users", "Sessions",
 * "Engaged sessions", "Engagement rate", ...). A row with no source / medium is the totals row.
 *
 * GA4 has no bounce count, only engaged sessions: a bounce is a session that was not engaged
 * (GA4's definition of bounce rate), so bounces = Sessions - Engaged sessions. Each source / medium
 * is classified with the organization's channel rules and GA4's default grouping (ingest/channels),
 * and rows of one day and channel are summed (users too, so a person arriving from two sources in a
 * day counts twice, as adding GA4's rows always does).
 */
import { column, count, day } from "./read-cell.ts";
import { type PlatformAdapter, RowError } from "./types.ts";

export const ga4Traffic: PlatformAdapter = {
  kind: "ga4_traffic",
  label: "GA4 traffic acquisition export by session source / medium (CSV)",
  isHeader: (h) => h.includes("session source / medium") && h.includes("sessions"),
  requiredColumns: () => ["session source / medium", "date", "sessions", "engaged sessions"],
  toFacts(row, format, h) {
    const sm = (row["session source / medium"] ?? "").trim();
    if (sm === "" || sm.startsWith("#") || /^(grand )?total/i.test(sm)) return null;
    const cut = sm.lastIndexOf(" / ");
    if (cut < 0) throw new RowError("session source / medium", "source / medium, e.g. google / cpc", sm);
    const sessions = count(row, "sessions", format.decimal);
    const engaged = count(row, "engaged sessions", format.decimal);
    if (engaged > sessions)
      throw new RowError("engaged sessions", `at most Sessions (${sessions})`, row["engaged sessions"]);
    return [
      {
        type: "sessions",
        date: day(row, "date", format.dateOrder),
        source: sm.slice(0, cut).trim(),
        medium: sm.slice(cut + 3).trim(),
        sessions,
        users: count(row, column(h, "users", "total users", "active users"), format.decimal),
        bounces: sessions - engaged,
      },
    ];
  },
};

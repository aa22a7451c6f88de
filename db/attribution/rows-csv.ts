/** CSV encoding of credit rows for COPY into `attribution_results` (no header, RFC 4180 quoting). */
import type { CreditRow } from "../../core/attribution/credit.ts";

/** Quote a text field only when it needs it. */
function field(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One CSV line per row in `ATTRIBUTION_COLUMNS` order; numbers keep full double precision.
 * @example creditRowsCsv(1, rows) // "1,linear,o1,2024-01-01T00:00:00.000Z,email,0,1,50\n"
 */
export function creditRowsCsv(organizationId: number, rows: readonly CreditRow[]): string {
  const lines: string[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    lines[i] =
      `${organizationId},${field(r.model)},${field(r.orderId)},${new Date(r.conversionTs).toISOString()},` +
      `${field(r.channel)},${r.campaignId},${r.credit},${r.revenue}\n`;
  }
  return lines.join("");
}

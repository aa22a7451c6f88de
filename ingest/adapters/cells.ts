/**
 * Reading the cells of platform exports: numbers as marketers' tools write them ("1,234.56",
 * "$1,234.56", "1.234,56 €", "--", "12.5%", quoted or not) and dates in the formats they use
 * ("2026-03-01", "20260301", "Mar 1, 2026", "03/01/2026", "01.03.2026"). Every parser returns
 * undefined for a cell it cannot read, and the caller names the column in its error.
 */

/** How a file writes decimals: "1,234.56" (dot) or "1.234,56" (comma, most of Europe). */
export type DecimalMark = "." | ",";

const ZERO_MARKS = new Set(["", "--", "-", "—", "–", "n/a", "N/A", "(not set)"]);

/**
 * A number cell: currency symbols and codes, spaces (also non-breaking), percent signs and
 * thousands separators removed; "--" and empty mean 0 (Google Ads writes "--" where there is
 * nothing to count). With `decimal` unset a cell holding both marks takes the last one as the
 * decimal mark, and a lone comma followed by exactly three digits is a thousands separator.
 *
 * @example parseNumber("$1,234.56") // 1234.56
 * @example parseNumber("1.234,56 €", ",") // 1234.56
 */
export function parseNumber(cell: string | undefined, decimal?: DecimalMark): number | undefined {
  if (cell === undefined) return 0;
  let s = cell.trim();
  if (ZERO_MARKS.has(s)) return 0;
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true; // accounting style (1,234.00)
    s = s.slice(1, -1);
  }
  s = s.replace(/[\s\u00a0\u202f]/g, "").replace(/%$/, "");
  s = s.replace(/^[A-Z]{3}(?=[\d.,-])/, "").replace(/(?<=[\d.,])[A-Z]{3}$/, "");
  s = s.replace(/[$€£¥₹]|US\$|CA\$|A\$|R\$|kr|zł|CHF/g, "");
  if (s.startsWith("-")) {
    negative = !negative;
    s = s.slice(1);
  }
  if (!/^[\d.,]+$/.test(s)) return undefined;
  const mark = decimal ?? guessDecimalMark(s);
  const thousands = mark === "." ? "," : ".";
  s = s.split(thousands).join("");
  if (mark === ",") s = s.replace(",", ".");
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(s)) return undefined;
  const n = Number(s);
  return negative ? -n : n;
}

function guessDecimalMark(s: string): DecimalMark {
  const dot = s.lastIndexOf(".");
  const comma = s.lastIndexOf(",");
  if (dot >= 0 && comma >= 0) return dot > comma ? "." : ",";
  if (comma >= 0) {
    // "1,234" and "1,234,567" are thousands; "12,5" and "1234,56" are decimals.
    return /^\d{1,3}(,\d{3})+$/.test(s) ? "." : ",";
  }
  return ".";
}

/** A count cell (impressions, clicks, sessions): a whole number, "--" and empty as 0. */
export function parseCount(cell: string | undefined, decimal?: DecimalMark): number | undefined {
  const n = parseNumber(cell, decimal);
  return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** How a file writes slashed dates: "03/01/2026" is 1 March in the US (mdy) and 3 January elsewhere (dmy). */
export type DateOrder = "mdy" | "dmy";

const iso = (y: number, m: number, d: number): string | undefined => {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
};

/**
 * A calendar-date cell as YYYY-MM-DD, or undefined. Accepts "2026-03-01", "20260301" (GA4),
 * "Mar 1, 2026" and "1 Mar 2026" (Google Ads in English), "03/01/2026" (by `order`, US by
 * default), "01.03.2026" (day first, as German exports write it).
 *
 * @example parseDate("Mar 1, 2026") // "2026-03-01"
 */
export function parseDate(cell: string | undefined, order: DateOrder = "mdy"): string | undefined {
  if (cell === undefined) return undefined;
  const s = cell.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /^([A-Za-z]{3,9})\.? (\d{1,2}), (\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS[m[1]!.slice(0, 3).toLowerCase()];
    return month ? iso(+m[3]!, month, +m[2]!) : undefined;
  }
  m = /^(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS[m[2]!.slice(0, 3).toLowerCase()];
    return month ? iso(+m[3]!, month, +m[1]!) : undefined;
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) return order === "mdy" ? iso(+m[3]!, +m[1]!, +m[2]!) : iso(+m[3]!, +m[2]!, +m[1]!);
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (m) return iso(+m[3]!, +m[2]!, +m[1]!);
  return undefined;
}

/**
 * A timestamp with an explicit UTC offset, as Shopify writes it ("2026-03-01 10:15:22 -0500"), or
 * ISO 8601 with "Z" or an offset, to an ISO UTC string.
 *
 * @example parseTimestamp("2026-03-01 10:15:22 -0500") // "2026-03-01T15:15:22.000Z"
 */
export function parseTimestamp(cell: string | undefined): string | undefined {
  if (cell === undefined) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)? ?(Z|[+-]\d{2}:?\d{2})$/.exec(
    cell.trim(),
  );
  if (!m) return undefined;
  const offset = m[3] === "Z" ? "Z" : `${m[3]!.slice(0, 3)}:${m[3]!.slice(-2)}`;
  const time = m[2]!.length === 5 ? `${m[2]}:00` : m[2];
  const t = new Date(`${m[1]}T${time}${offset}`);
  return Number.isNaN(t.getTime()) ? undefined : t.toISOString();
}

/**
 * A local wall-clock time without offset ("2026-03-01 09:00:00", Klaviyo's Send Time) as the
 * calendar date it falls on: the date part, since the export is already in the account's zone.
 */
export function datePart(cell: string | undefined): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$/.exec((cell ?? "").trim());
  return m ? parseDate(m[1]) : parseDate(cell);
}

/**
 * Money as the export writes it: 2 decimals. Rounded on the cent half away from zero (plain
 * toFixed rounds 1.005 down because 1.005 is stored as 1.00499...), since converted amounts land
 * on such halves.
 */
export function money(n: number): string {
  const cents = Math.round(Math.abs(n) * 100 + 1e-9) * Math.sign(n);
  return (cents / 100).toFixed(2);
}

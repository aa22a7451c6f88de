/** Display formatting for numbers in tables (the values themselves come from the core, unchanged). */
export function formatCell(
  value: unknown,
  col: { unit?: string; format?: string },
  currency = "USD",
): string {
  if (value === null || value === undefined) return "–";
  if (typeof value !== "number") return String(value);
  if (col.format === "percent" || col.unit === "percent") return `${(value * 100).toFixed(1)}%`;
  if (col.unit === "currency")
    return new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 2 }).format(
      value,
    );
  if (col.unit === "ratio") return value.toFixed(2);
  return new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }).format(value);
}

/** One CSV field (RFC 4180 quoting; a leading = + - @ is neutralised against formula injection). */
export function csvField(value: unknown): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@]/.test(s) && Number.isNaN(Number(s))) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(columns: { key: string; label: string }[], rows: Record<string, unknown>[]): string {
  const lines = [columns.map((c) => csvField(c.label)).join(",")];
  for (const r of rows) lines.push(columns.map((c) => csvField(r[c.key])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

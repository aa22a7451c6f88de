/**
 * Builds daily series for anomaly detection from rows broken down by a dimension: per member, or
 * overall. Ratio metrics are summed as numerators and denominators first and divided after (a
 * ratio of sums), never averaged across members.
 */
import { AppError } from "../../lib/errors.ts";

/** A daily row of one dimension member, for an additive or a ratio metric. */
export type MemberRow =
  | { member: string; date: string; value: number }
  | { member: string; date: string; numerator: number; denominator: number };

/** Daily series of one member, or of everything when `member` is null. */
export interface MemberSeries {
  member: string | null;
  series: { date: string; value: number }[] | { date: string; numerator: number; denominator: number }[];
}

/**
 * One series per member plus the overall series (member null), each sorted by date.
 * @example
 * seriesByMember([{ member: "a", date: "2024-01-01", value: 2 }, { member: "b", date: "2024-01-01", value: 3 }]);
 * // [{ member: null, series: [{ date: "2024-01-01", value: 5 }] }, { member: "a", ... }, { member: "b", ... }]
 */
export function seriesByMember(rows: readonly MemberRow[]): MemberSeries[] {
  const groups = new Map<string | null, Map<string, { v: number; n: number; d: number }>>();
  const isRatio = rows.length > 0 && "numerator" in rows[0]!;
  const add = (key: string | null, row: MemberRow) => {
    let g = groups.get(key);
    if (!g) {
      g = new Map();
      groups.set(key, g);
    }
    const cell = g.get(row.date) ?? { v: 0, n: 0, d: 0 };
    if ("value" in row) cell.v += row.value;
    else {
      cell.n += row.numerator;
      cell.d += row.denominator;
    }
    g.set(row.date, cell);
  };
  for (const row of rows) {
    if ("numerator" in row !== isRatio) {
      throw new AppError(
        "core.invalid_input",
        `rows: member ${row.member} on ${row.date} mixes values with numerator/denominator rows`,
      );
    }
    add(null, row);
    add(row.member, row);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === null ? -1 : b === null ? 1 : a.localeCompare(b)));
  return keys.map((member) => {
    const cells = [...groups.get(member)!].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return {
      member,
      series: isRatio
        ? cells.map(([date, c]) => ({ date, numerator: c.n, denominator: c.d }))
        : cells.map(([date, c]) => ({ date, value: c.v })),
    };
  });
}

"use client";
import { useMemo, useState } from "react";
import { formatCell, toCsv } from "@/lib/format";

interface Column {
  key: string;
  label: string;
  unit?: string;
  format?: string;
}

/**
 * A sortable table of an answer's rows with a CSV download. Each cell keeps the exact value in
 * `data-value` (the browser tests compare it with /agents/query's JSON).
 */
export function DataTable(props: {
  columns: Column[];
  rows: Record<string, unknown>[];
  currency: string;
  title: string;
}) {
  const [sort, setSort] = useState<{ key: string; dir: 1 | -1 } | undefined>();
  const rows = useMemo(() => {
    if (!sort) return props.rows;
    return [...props.rows].sort((a, b) => {
      const x = a[sort.key];
      const y = b[sort.key];
      if (typeof x === "number" && typeof y === "number") return (x - y) * sort.dir;
      return String(x ?? "").localeCompare(String(y ?? "")) * sort.dir;
    });
  }, [props.rows, sort]);
  if (props.columns.length === 0 || props.rows.length === 0) return null;

  const download = () => {
    const blob = new Blob([toCsv(props.columns, rows)], { type: "text/csv" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = `${props.title.replace(/[^\w-]+/g, "-").slice(0, 60) || "answer"}.csv`;
    a.click();
    URL.revokeObjectURL(a.href);
  };

  return (
    <div className="table-wrap">
      <div className="table-tools">
        <span className="muted">{props.rows.length} rows</span>
        <button type="button" className="btn small" onClick={download}>
          Download CSV
        </button>
      </div>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              {props.columns.map((c) => {
                const active = sort?.key === c.key;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    aria-sort={active ? (sort.dir === 1 ? "ascending" : "descending") : "none"}
                  >
                    <button
                      type="button"
                      className="th-sort"
                      onClick={() => setSort({ key: c.key, dir: active && sort.dir === 1 ? -1 : 1 })}
                    >
                      {c.label}
                      <span aria-hidden="true">{active ? (sort.dir === 1 ? " ▲" : " ▼") : ""}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; order is stable per sort
              <tr key={i}>
                {props.columns.map((c) => {
                  const v = r[c.key];
                  return (
                    <td
                      key={c.key}
                      data-key={c.key}
                      data-value={v === null || v === undefined ? "" : String(v)}
                      className={typeof v === "number" ? "num" : undefined}
                    >
                      {formatCell(v, c, props.currency)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
